import type { AppDB } from './app-db';
import { checkRecords } from './read';
import { reportFileSchema, type ReportFile } from './schema';

/** The same file (same SHA-256) was already read for this vendor: it is not added twice. */
export class DuplicateReportError extends Error {
  constructor(readonly existing: ReportFile) {
    super(
      `${existing.fileName} was already read for this vendor on ${new Date(existing.readAt).toLocaleDateString('en-GB')} (same file).`,
    );
    this.name = 'DuplicateReportError';
  }
}

/** A vendor's report readings as stored: validated (an unreadable one is counted, kept), newest first. */
export function checkReportFiles(rows: readonly unknown[]) {
  const checked = checkRecords(reportFileSchema, rows);
  checked.records.sort((a, b) => b.readAt - a.readAt);
  return checked;
}

/** Facts read from SOC report PDFs. Only the review service writes (inside its transaction). */
export function createReportFilesRepo(db: AppDB) {
  return {
    async add(file: ReportFile): Promise<ReportFile> {
      const record = reportFileSchema.parse(file);
      const existing = await db.reportFiles
        .where('[vendorId+sha256]')
        .equals([record.vendorId, record.sha256])
        .first();
      if (existing) throw new DuplicateReportError(existing);
      await db.reportFiles.add(record);
      return record;
    },
    remove: (id: string) => db.reportFiles.delete(id),
    /** Deleting a vendor deletes what was read from its reports (they are under NDA). */
    removeForVendor: (vendorId: string) => db.reportFiles.where('vendorId').equals(vendorId).delete(),
    /** A merge moves the other vendor's readings to the kept one. */
    moveToVendor: (fromId: string, toId: string) =>
      db.reportFiles.where('vendorId').equals(fromId).modify({ vendorId: toId }),
  };
}
