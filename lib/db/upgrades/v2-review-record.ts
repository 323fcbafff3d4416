import type { Transaction } from 'dexie';
import { fillV2AssessmentFields, fillV2VendorFields } from './v2-defaults';

/**
 * v1 → v2: adds the fields the review needs with neutral values (the same defaults an old backup file
 * gets on import). Nothing is dropped or rewritten: notes, answers and vendors keep every field they
 * had. A failure aborts the upgrade transaction, so the database stays at v1 with its data intact.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('vendors').toCollection().modify(fillV2VendorFields);
  await tx.table('assessments').toCollection().modify(fillV2AssessmentFields);
}
