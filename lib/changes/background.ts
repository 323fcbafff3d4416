import type { Detection } from '../detection/schema';
import type { ReviewService } from '../review/service';
import { snapshotOf } from './diff';

/**
 * A trust page was recognised (already validated, with its registrable domain): if it belongs to a
 * vendor on record, compare it with what was recorded and mark the vendor when it changed.
 */
export function noteRevisit(
  reviews: ReviewService,
  detection: Detection,
  now: () => number = Date.now,
): Promise<'baseline' | 'changed' | 'unchanged' | 'unknown-vendor'> {
  return reviews.recordVisit(detection, snapshotOf(detection, now()));
}
