import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { createReportFilesRepo } from '../db/report-files-repo';
import type { ReportFile } from '../db/schema';

const repo = createReportFilesRepo(db);
const NONE: ReportFile[] = [];

/** What was read from a vendor's SOC report PDFs, newest first, live and validated. */
export function useReportFiles(vendorId: string | null): ReportFile[] {
  return (
    useLiveQuery(async () => (vendorId ? (await repo.forVendor(vendorId)).records : NONE), [vendorId]) ?? NONE
  );
}
