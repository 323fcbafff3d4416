import type { Detection } from '../detection/schema';
import type { AppDB } from './app-db';
import { latestAssessmentRow, rowId, sortedBy } from './orderings';
import { checkRecord, checkRecords } from './read';
import { checkReportFiles } from './report-files-repo';
import { emptyReviewRows, type ReviewRows } from './review-rows';
import {
  answerHistorySchema,
  answerSchema,
  assessmentSchema,
  noteSchema,
  reminderSchema,
  vendorSchema,
  type Answer,
  type AnswerHistory,
  type Assessment,
  type Note,
  type Reminder,
  type ReportFile,
  type Vendor,
} from './schema';
import { findVendorForDetection } from './vendors-repo';

export interface ReviewData {
  vendor: Vendor | null;
  assessment: Assessment | null;
  note: Note | null;
  /** Further notes of the review (a restore from another device that did not fit in one): shown too. */
  otherNotes: Note[];
  answers: Answer[];
  history: AnswerHistory[];
  /** The vendor's report reminder rows. */
  reminders: Reminder[];
  /** What was read from the vendor's SOC report PDFs, newest first. */
  reportFiles: ReportFile[];
  /** Stored records of this review that failed validation and are not shown (kept in the database). */
  unreadable: number;
}

/** A review with nothing in it: what a vendor with no record, or no review yet, reads as. */
export const EMPTY_REVIEW: ReviewData = {
  vendor: null,
  assessment: null,
  note: null,
  otherNotes: [],
  answers: [],
  history: [],
  reminders: [],
  reportFiles: [],
  unreadable: 0,
};

/** What hangs off a vendor's id alone, read together. */
async function readVendorRows(db: AppDB, vendorId: string) {
  const [assessments, reminders, reportFiles] = await Promise.all([
    db.assessments.where('vendorId').equals(vendorId).toArray(),
    db.reminders.where('vendorId').equals(vendorId).toArray(),
    db.reportFiles.where('vendorId').equals(vendorId).toArray(),
  ]);
  return { assessments, reminders, reportFiles };
}

/** What hangs off the review's id, read together. */
async function readAssessmentRows(db: AppDB, assessmentId: string | undefined) {
  if (!assessmentId) return { notes: [], answers: [], history: [] };
  const [notes, answers, history] = await Promise.all([
    db.notes.where('assessmentId').equals(assessmentId).toArray(),
    db.answers.where('assessmentId').equals(assessmentId).toArray(),
    db.answerHistory.where('assessmentId').equals(assessmentId).toArray(),
  ]);
  return { notes, answers, history };
}

/**
 * The review the rows hold, every record validated (lib/db/read.ts): a missing or deleted vendor reads
 * as no review; a record that fails validation is counted in `unreadable`, not shown, and kept.
 */
export function reviewFromRows(rows: ReviewRows): ReviewData {
  const found = checkRecord(vendorSchema, rows.vendor);
  const vendor = found.record && found.record.deletedAt === null ? found.record : null;
  if (!vendor) return { ...EMPTY_REVIEW, unreadable: found.unreadable };
  const latest = checkRecord(assessmentSchema, latestAssessmentRow(rows.assessments));
  const reminders = checkRecords(reminderSchema, rows.reminders);
  const files = checkReportFiles(rows.reportFiles);
  const vendorParts = {
    vendor,
    reminders: reminders.records,
    reportFiles: files.records,
    unreadable: latest.unreadable + reminders.unreadable + files.unreadable,
  };
  if (!latest.record) return { ...EMPTY_REVIEW, ...vendorParts };
  const notes = checkRecords(noteSchema, sortedBy(rows.notes, 'createdAt'));
  const answers = checkRecords(answerSchema, rows.answers);
  const history = checkRecords(answerHistorySchema, sortedBy(rows.history, 'changedAt', 'desc'));
  const [note, ...otherNotes] = notes.records;
  return {
    ...vendorParts,
    assessment: latest.record,
    note: note ?? null,
    otherNotes,
    answers: answers.records,
    history: history.records,
    unreadable: vendorParts.unreadable + notes.unreadable + answers.unreadable + history.unreadable,
  };
}

/**
 * Everything the panel shows of one review: an explicit vendor, or the vendor matching the tab's
 * detection. Reads run side by side, in two rounds at most (what the vendor's id finds, then what its
 * latest assessment's id finds), because the panel is not usable until all of it is in.
 */
export async function readReview(
  db: AppDB,
  vendorId: string | null,
  detection: Detection | null,
): Promise<ReviewData> {
  let vendor: unknown;
  let vendorRows: Awaited<ReturnType<typeof readVendorRows>> | undefined;
  if (vendorId)
    [vendor, vendorRows] = await Promise.all([db.vendors.get(vendorId), readVendorRows(db, vendorId)]);
  else if (detection) vendor = await findVendorForDetection(db, detection);
  const id = rowId(vendor);
  if (!id) return reviewFromRows({ ...emptyReviewRows(), vendor });
  vendorRows ??= await readVendorRows(db, id);
  const assessmentRows = await readAssessmentRows(db, rowId(latestAssessmentRow(vendorRows.assessments)));
  return reviewFromRows({ vendor, ...vendorRows, ...assessmentRows });
}
