import type { Detection } from '../detection/schema';
import { checkRecord } from './read';
import { readReview, type ReviewData } from './read-review';
import { vendorSchema, type Vendor } from './schema';
import { useLive } from './use-live';

export type { ReviewData };

/**
 * The review the panel shows (lib/db/read-review.ts), live. `undefined` means loading; a null vendor
 * means the page's vendor has no record yet. `initial`: the same review, read as the panel opened.
 */
export function useReview(
  vendorId: string | null,
  detection: Detection | null,
  initial?: ReviewData,
): ReviewData | undefined {
  return useLive(
    ({ db }) => readReview(db, vendorId, detection),
    [vendorId, detection?.url, detection?.vendor?.domain, detection?.vendor?.host],
    initial,
  );
}

/**
 * The vendor on record a page on shared hosting says it belongs to, while the reviewer has not linked
 * them (a hint to show, never a match); null when there is none. `undefined` while loading.
 */
export function useClaimedVendor(detection: Detection | null): Vendor | null | undefined {
  return useLive(
    async ({ vendorsRepo }) => {
      if (!detection?.site?.tenant) return null;
      if (await vendorsRepo.findForDetection(detection)) return null;
      return checkRecord(vendorSchema, await vendorsRepo.claimedVendor(detection)).record ?? null;
    },
    [detection?.url, detection?.site?.tenant, detection?.vendor?.domain],
  );
}
