import type { AppDB } from '../db/app-db';
import { createVendorsRepo } from '../db/vendors-repo';
import type { Detection } from '../detection/schema';
import { snapshotOf } from './diff';

/**
 * A trust page was recognised (already validated, with its registrable domain): if it belongs to a
 * vendor on record, compare it with what was recorded and mark the vendor when it changed.
 */
export async function noteRevisit(
  db: AppDB,
  detection: Detection,
  now: () => number = Date.now,
): Promise<'baseline' | 'changed' | 'unchanged' | 'unknown-vendor'> {
  const vendors = createVendorsRepo(db, now);
  const vendor = await vendors.findForDetection(detection);
  if (!vendor) return 'unknown-vendor';
  return vendors.recordVisit(vendor.id, snapshotOf(detection, now()));
}
