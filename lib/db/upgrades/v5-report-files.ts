import type { Transaction } from 'dexie';

/**
 * v4 → v5 adds the reportFiles table (empty: report facts exist once a reviewer adds a report) and the
 * meta counter of vendor-list rows, counted once here and kept by every write from then on.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const count = await tx.table('vendorRows').count();
  await tx.table('meta').put({ id: 'vendorRows', count });
}
