import type { Transaction } from 'dexie';

/**
 * v4 → v5 adds the reportFiles table and moves no data: report facts exist only once a reviewer adds
 * a report. Kept as a function so the version has its upgrade step and test like every other.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  // Nothing to derive; touch the new table so a broken store definition fails the upgrade, not later.
  await tx.table('reportFiles').count();
}
