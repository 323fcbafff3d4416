import { useLiveQuery } from 'dexie-react-hooks';
import type { Detection } from '../detection/schema';
import { assessmentsRepo, notesRepo, vendorsRepo } from './repos';
import type { Assessment, Note, Vendor } from './schema';

export interface ReviewData {
  vendor: Vendor | null;
  assessment: Assessment | null;
  note: Note | null;
}

/**
 * The review the panel shows: an explicit vendor, or the vendor matching the tab's detection.
 * `undefined` means loading; a null vendor means the page's vendor has no record yet.
 */
export function useReview(vendorId: string | null, detection: Detection | null): ReviewData | undefined {
  return useLiveQuery(async () => {
    const vendor = vendorId
      ? ((await vendorsRepo.get(vendorId)) ?? null)
      : detection
        ? ((await vendorsRepo.findForDetection(detection)) ?? null)
        : null;
    if (!vendor) return { vendor: null, assessment: null, note: null };
    const assessment = (await assessmentsRepo.latestFor(vendor.id)) ?? null;
    const note = assessment ? ((await notesRepo.forAssessment(assessment.id)) ?? null) : null;
    return { vendor, assessment, note };
  }, [vendorId, detection?.url, detection?.vendor?.domain, detection?.vendor?.host]);
}

export function useVendors(): Vendor[] | undefined {
  return useLiveQuery(() => vendorsRepo.list(), []);
}
