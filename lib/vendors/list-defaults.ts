/**
 * The vendor list's sorts and first page, in a module of plain values: the panel's first-view reader
 * (lib/panel/first-view-read.ts) reads that page before the panel's code (and Zod) has loaded.
 */

export type VendorSort = 'name' | 'next-stale' | 'verdict';
export type VendorFilter = 'all' | 'attention' | 'changed';

/** Rows the vendor list reads and shows at first. */
export const VENDOR_PAGE = 25;

/** The list a panel opens on: every vendor, by name. */
export const FIRST_SORT: VendorSort = 'name';

/** The vendorRows index each sort reads in order. */
export const SORT_INDEX: Record<VendorSort, 'nameKey' | 'staleKey' | 'verdictKey'> = {
  name: 'nameKey',
  'next-stale': 'staleKey',
  verdict: 'verdictKey',
};
