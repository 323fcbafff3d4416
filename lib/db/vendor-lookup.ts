/**
 * Which stored vendor a page belongs to: on shared hosting, the vendor linked to its tenant; elsewhere,
 * the vendor of its registrable domain. Works on a detection as stored (unvalidated) as well as a
 * validated one, so both readers of a page's review (lib/db/vendors-repo.ts through Dexie, and
 * lib/panel/first-view-read.ts before the panel's code has loaded) look up the same vendor.
 */
export interface VendorLookup {
  index: 'tenants' | 'domain';
  key: string;
}

export function vendorLookup(detection: unknown): VendorLookup | null {
  const site =
    detection !== null && typeof detection === 'object' ? (detection as { site?: unknown }).site : null;
  if (site === null || typeof site !== 'object') return null;
  const { tenant, domain } = site as { tenant?: unknown; domain?: unknown };
  if (typeof tenant === 'string' && tenant) return { index: 'tenants', key: tenant };
  if (typeof domain === 'string' && domain) return { index: 'domain', key: domain };
  return null;
}

/** A vendor the reviewer has not deleted (deleted ones stay stored, for undo). */
export const isLiveVendorRow = (row: unknown): boolean =>
  row !== null && typeof row === 'object' && (row as { deletedAt?: unknown }).deletedAt === null;
