import type { Transaction } from 'dexie';
import { vendorRow } from '../../vendors/list-row';
import type { Vendor, VendorRow } from '../schema';

/**
 * v3 → v4: one vendor-list row for every live vendor already stored, from its record as it is (the
 * summary is already derived). Reads only; the one write is the new table. A failure aborts the
 * upgrade and leaves v3 and its data as they were.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const vendors = (await tx.table('vendors').toArray()) as Vendor[];
  const rows = vendors.map(vendorRow).filter((r): r is VendorRow => r !== null);
  await tx.table('vendorRows').bulkAdd(rows);
}
