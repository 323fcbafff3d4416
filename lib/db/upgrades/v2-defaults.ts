import type { Assessment, Vendor } from '../schema';

/**
 * The values v1 records get for the fields v2 added. Shared by the Dexie upgrade (v2-review-record.ts)
 * and the backup import of old files, so an old backup and an old database end up identical. The functions mutate in place because Dexie's `modify()` callbacks must;
 * `??=` keeps any value a record already has, exactly like the upgrade.
 */

export type V2VendorFields = Pick<Vendor, 'deletedAt' | 'nextStaleOn' | 'summary'>;
export type V2AssessmentFields = Pick<Assessment, 'reviewDate' | 'signedOffBy' | 'signedOffAt' | 'dismissed'>;

/** Fills the v2 vendor fields a record lacks: not deleted, no stale date, no summary yet. */
export function fillV2VendorFields<T extends Partial<V2VendorFields>>(v: T): asserts v is T & V2VendorFields {
  v.deletedAt ??= null;
  v.nextStaleOn ??= null;
  v.summary ??= null;
}

/** Fills the v2 assessment fields a record lacks: not reviewed, not signed off, nothing dismissed. */
export function fillV2AssessmentFields<T extends Partial<V2AssessmentFields>>(
  a: T,
): asserts a is T & V2AssessmentFields {
  a.reviewDate ??= null;
  a.signedOffBy ??= null;
  a.signedOffAt ??= null;
  // A fresh array per record: a shared one would alias across records in memory.
  a.dismissed ??= [];
}
