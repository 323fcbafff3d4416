import { db } from '../db/db';
import { createReportFilesRepo } from '../db/report-files-repo';
import type { ReportFile } from '../db/schema';
import { useLive } from '../db/use-live';

const repo = createReportFilesRepo(db);
const NONE: ReportFile[] = [];

/** What was read from a vendor's SOC report PDFs, newest first, live and validated. */
export function useReportFiles(vendorId: string | null): ReportFile[] {
  return (
    useLive(async () => (vendorId ? (await repo.forVendor(vendorId)).records : NONE), [vendorId]) ?? NONE
  );
}
