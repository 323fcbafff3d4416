import { loadPageData } from '../db/load-page-data';
import { checkRecords } from '../db/read';
import { vendorSchema, type Vendor } from '../db/schema';
import { findVendorRows, queryVendorRows, type VendorListPage, type VendorListQuery } from './list-query';
import { useLive } from '../db/use-live';

/**
 * The vendor list page the panel shows, live: `undefined` while the first read runs, unless `initial`
 * (the same page, read as the panel opened) stands in for it.
 */
export function useVendorList(q: VendorListQuery, initial?: VendorListPage): VendorListPage | undefined {
  return useLive(
    ({ db }) => queryVendorRows(db, q),
    [q.text, q.sort, q.filter, q.today, q.dueDays, q.limit],
    initial,
  );
}

/** Vendors to merge into `exceptId`, found by the words typed (name or domain), at most 50. */
export async function findMergeCandidates(exceptId: string, text: string) {
  const { db } = await loadPageData();
  const rows = await findVendorRows(db, text, 51);
  return rows
    .filter((r) => r.id !== exceptId)
    .slice(0, 50)
    .map(({ id, name, domain }) => ({ id, name, domain }));
}

/** Every live vendor, validated, for a full export (CSV); read on demand, never to open the panel. */
export async function liveVendors(): Promise<Vendor[]> {
  const { vendorsRepo } = await loadPageData();
  return checkRecords(vendorSchema, await vendorsRepo.list()).records;
}
