import type { Detection } from '../detection/schema';
import type { AppDB } from './app-db';
import { createAnswersRepo } from './answers-repo';
import { latestAssessment } from './assessments-repo';
import { createNotesRepo } from './notes-repo';
import { checkRecord, checkRecords } from './read';
import { createRemindersRepo } from './reminders-repo';
import { createReportFilesRepo } from './report-files-repo';
import {
  answerHistorySchema,
  answerSchema,
  assessmentSchema,
  noteSchema,
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

/** What hangs off a vendor's id alone, read together: its latest review, reminder rows and report readings. */
function readVendorParts(db: AppDB, vendorId: string) {
  return Promise.all([
    latestAssessment(db, vendorId),
    createRemindersRepo(db).forVendor(vendorId),
    createReportFilesRepo(db).forVendor(vendorId),
  ]);
}

/**
 * Everything the panel shows of one review: an explicit vendor, or the vendor matching the tab's
 * detection. Reads run side by side, in two rounds at most (what the vendor's id finds, then what its
 * review's id finds), because the panel is not usable until all of it is in. Every record is
 * validated (lib/db/read.ts); a null vendor means the page's vendor has no record yet.
 */
export async function readReview(
  db: AppDB,
  vendorId: string | null,
  detection: Detection | null,
): Promise<ReviewData> {
  let raw: unknown;
  let parts: Awaited<ReturnType<typeof readVendorParts>> | undefined;
  if (vendorId) [raw, parts] = await Promise.all([db.vendors.get(vendorId), readVendorParts(db, vendorId)]);
  else if (detection) raw = await findVendorForDetection(db, detection);
  const found = checkRecord(vendorSchema, raw);
  const vendor = found.record && found.record.deletedAt === null ? found.record : null;
  if (!vendor) return { ...EMPTY_REVIEW, unreadable: found.unreadable };
  const [rawAssessment, reminders, files] = parts ?? (await readVendorParts(db, vendor.id));
  const latest = checkRecord(assessmentSchema, rawAssessment);
  const assessment = latest.record ?? null;
  const vendorParts = {
    vendor,
    reminders: reminders.records,
    reportFiles: files.records,
    unreadable: latest.unreadable + reminders.unreadable + files.unreadable,
  };
  if (!assessment) return { ...EMPTY_REVIEW, ...vendorParts };
  const notesRepo = createNotesRepo(db);
  const answersRepo = createAnswersRepo(db);
  const [notes, answers, history] = await Promise.all([
    notesRepo.allForAssessment(assessment.id).then((n) => checkRecords(noteSchema, n)),
    answersRepo.forAssessment(assessment.id).then((a) => checkRecords(answerSchema, a)),
    answersRepo.history(assessment.id).then((h) => checkRecords(answerHistorySchema, h)),
  ]);
  const [note, ...otherNotes] = notes.records;
  return {
    ...vendorParts,
    assessment,
    note: note ?? null,
    otherNotes,
    answers: answers.records,
    history: history.records,
    unreadable: vendorParts.unreadable + notes.unreadable + answers.unreadable + history.unreadable,
  };
}
