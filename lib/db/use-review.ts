import { useLiveQuery } from 'dexie-react-hooks';
import type { Detection } from '../detection/schema';
import { answersRepo, assessmentsRepo, notesRepo, vendorsRepo } from './repos';
import type { Answer, AnswerHistory, Assessment, Note, Vendor } from './schema';

export interface ReviewData {
  vendor: Vendor | null;
  assessment: Assessment | null;
  note: Note | null;
  answers: Answer[];
  history: AnswerHistory[];
}

const EMPTY: ReviewData = { vendor: null, assessment: null, note: null, answers: [], history: [] };

/**
 * The review the panel shows: an explicit vendor, or the vendor matching the tab's detection.
 * `undefined` means loading; a null vendor means the page's vendor has no record yet.
 */
export function useReview(vendorId: string | null, detection: Detection | null): ReviewData | undefined {
  return useLiveQuery(async () => {
    const found = vendorId
      ? await vendorsRepo.get(vendorId)
      : detection
        ? await vendorsRepo.findForDetection(detection)
        : undefined;
    const vendor = found && found.deletedAt === null ? found : null;
    if (!vendor) return EMPTY;
    const assessment = (await assessmentsRepo.latestFor(vendor.id)) ?? null;
    if (!assessment) return { ...EMPTY, vendor };
    const [note, answers, history] = await Promise.all([
      notesRepo.forAssessment(assessment.id),
      answersRepo.forAssessment(assessment.id),
      answersRepo.history(assessment.id),
    ]);
    return { vendor, assessment, note: note ?? null, answers, history };
  }, [vendorId, detection?.url, detection?.vendor?.domain, detection?.vendor?.host]);
}

export function useVendors(): Vendor[] | undefined {
  return useLiveQuery(() => vendorsRepo.list(), []);
}
