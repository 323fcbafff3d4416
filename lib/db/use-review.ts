import type { Detection } from '../detection/schema';
import { checkRecord, checkRecords } from './read';
import { answersRepo, assessmentsRepo, notesRepo, vendorsRepo } from './repos';
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
  type Vendor,
} from './schema';
import { useLive } from './use-live';

export interface ReviewData {
  vendor: Vendor | null;
  assessment: Assessment | null;
  note: Note | null;
  /** Further notes of the review (a restore from another device that did not fit in one): shown too. */
  otherNotes: Note[];
  answers: Answer[];
  history: AnswerHistory[];
  /** Stored records of this review that failed validation and are not shown (kept in the database). */
  unreadable: number;
}

const EMPTY: ReviewData = {
  vendor: null,
  assessment: null,
  note: null,
  otherNotes: [],
  answers: [],
  history: [],
  unreadable: 0,
};

/**
 * The review the panel shows: an explicit vendor, or the vendor matching the tab's detection.
 * `undefined` means loading; a null vendor means the page's vendor has no record yet. Everything
 * read is validated (lib/db/read.ts).
 */
export function useReview(vendorId: string | null, detection: Detection | null): ReviewData | undefined {
  return useLive(async () => {
    const found = checkRecord(
      vendorSchema,
      vendorId
        ? await vendorsRepo.get(vendorId)
        : detection
          ? await vendorsRepo.findForDetection(detection)
          : undefined,
    );
    const vendor = found.record && found.record.deletedAt === null ? found.record : null;
    if (!vendor) return { ...EMPTY, unreadable: found.unreadable };
    const latest = checkRecord(assessmentSchema, await assessmentsRepo.latestFor(vendor.id));
    const assessment = latest.record ?? null;
    if (!assessment) return { ...EMPTY, vendor, unreadable: latest.unreadable };
    const [notes, answers, history] = await Promise.all([
      notesRepo.allForAssessment(assessment.id).then((n) => checkRecords(noteSchema, n)),
      answersRepo.forAssessment(assessment.id).then((a) => checkRecords(answerSchema, a)),
      answersRepo.history(assessment.id).then((h) => checkRecords(answerHistorySchema, h)),
    ]);
    const [note, ...otherNotes] = notes.records;
    return {
      vendor,
      assessment,
      note: note ?? null,
      otherNotes,
      answers: answers.records,
      history: history.records,
      unreadable: notes.unreadable + answers.unreadable + history.unreadable,
    };
  }, [vendorId, detection?.url, detection?.vendor?.domain, detection?.vendor?.host]);
}

/**
 * The vendor on record a page on shared hosting says it belongs to, while the reviewer has not linked
 * them (a hint to show, never a match); null when there is none. `undefined` while loading.
 */
export function useClaimedVendor(detection: Detection | null): Vendor | null | undefined {
  return useLive(async () => {
    if (!detection?.site?.tenant) return null;
    if (await vendorsRepo.findForDetection(detection)) return null;
    return checkRecord(vendorSchema, await vendorsRepo.claimedVendor(detection)).record ?? null;
  }, [detection?.url, detection?.site?.tenant, detection?.vendor?.domain]);
}
