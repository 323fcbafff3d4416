import type { Transaction } from 'dexie';

/**
 * v1 → v2: adds the fields the review needs with neutral values. Nothing is dropped or rewritten:
 * notes, answers and vendors keep every field they had. A failure aborts the upgrade transaction, so
 * the database stays at v1 with its data intact (Dexie rolls back the versionchange).
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('vendors')
    .toCollection()
    .modify((v: Record<string, unknown>) => {
      v.deletedAt ??= null;
      v.nextStaleOn ??= null;
      v.summary ??= null;
    });
  await tx
    .table('assessments')
    .toCollection()
    .modify((a: Record<string, unknown>) => {
      a.reviewDate ??= null;
      a.signedOffBy ??= null;
      a.signedOffAt ??= null;
      a.dismissed ??= [];
    });
}
