import type { AppDB } from '../db/app-db';
import { checkRecord, checkRecords } from '../db/read';
import { metaCountSchema, vendorRowSchema, type VendorRow } from '../db/schema';
import { addDays } from '../staleness/calendar';
import { SORT_INDEX, type VendorFilter, type VendorSort } from './list-defaults';
import { searchWords } from './list-row';

export type { VendorFilter, VendorSort };

export interface VendorListQuery {
  /** Words typed in the search box; each must start a word of the vendor's name or domain. */
  text: string;
  sort: VendorSort;
  filter: VendorFilter;
  /** The reviewer's local date, and the longest lead time: "due" starts that many days before. */
  today: string;
  dueDays: number;
  /** How many rows to return (the list shows more on request). */
  limit: number;
}

export interface VendorListPage {
  rows: VendorRow[];
  /** Live vendors matching the query; `capped` when a filtered count stopped at MAX_MATCHES. */
  matching: number;
  capped: boolean;
  /** Live vendors on record. */
  total: number;
  /** Stored rows that failed validation and are not shown (kept in the database). */
  unreadable: number;
}

/** A filter or search reads at most this many matches (then sorts them); beyond, the list says so. */
export const MAX_MATCHES = 5000;

/** The number of list rows the write path keeps (lib/review/derived.ts), if its stored counter reads. */
export function countFromMeta(meta: unknown): number | undefined {
  return checkRecord(metaCountSchema, meta).record?.count;
}

/** The list page of an unfiltered, unsearched query: the first rows in sort order, validated. */
export function pageFromRows(total: number, rows: readonly unknown[]): VendorListPage {
  const { records, unreadable } = checkRecords(vendorRowSchema, rows);
  return { rows: records, matching: total, capped: false, total, unreadable };
}

/**
 * One page of the vendor list, read through the vendorRows indexes: with no filter and no search, the
 * `limit` first rows in sort order and an index count, whatever the number of vendors; with one, the
 * most selective index narrows the rows, the rest of the conditions and the sort apply to those.
 */
export async function queryVendorRows(db: AppDB, q: VendorListQuery): Promise<VendorListPage> {
  const words = searchWords(q.text);
  // The counter the write path keeps (lib/review/derived.ts); a count by walking only when it is absent.
  const counted = () => db.meta.get('vendorRows').then((m) => countFromMeta(m) ?? db.vendorRows.count());
  if (!words.length && q.filter === 'all') {
    // Side by side: the panel's first paint waits for both.
    const [total, raw] = await Promise.all([
      counted(),
      db.vendorRows.orderBy(SORT_INDEX[q.sort]).limit(q.limit).toArray(),
    ]);
    return pageFromRows(total, raw);
  }

  // Every "date|…" key of that date sorts below "date}" ('}' follows '|'): no sentinel character needed.
  const dueBy = `${addDays(q.today, q.dueDays) ?? q.today}}`;
  const candidates =
    q.filter === 'attention'
      ? db.vendorRows.where('staleKey').below(dueBy)
      : q.filter === 'changed'
        ? db.vendorRows.orderBy('changedKey')
        : db.vendorRows.where('words').startsWith(words[0]!).distinct();
  const [total, raw] = await Promise.all([counted(), candidates.limit(MAX_MATCHES + 1).toArray()]);
  const capped = raw.length > MAX_MATCHES;
  const { records, unreadable } = checkRecords(vendorRowSchema, raw.slice(0, MAX_MATCHES));
  const key = SORT_INDEX[q.sort];
  const matches = records
    .filter(
      (r) =>
        words.every((w) => r.words.some((rw) => rw.startsWith(w))) &&
        (q.filter !== 'attention' || r.staleKey <= dueBy) &&
        (q.filter !== 'changed' || r.changedKey !== undefined),
    )
    .sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id < b.id ? -1 : 1));
  return { rows: matches.slice(0, q.limit), matching: matches.length, capped, total, unreadable };
}

/** Vendors whose name or domain words start with what was typed, by name (the merge picker). */
export async function findVendorRows(db: AppDB, text: string, limit: number): Promise<VendorRow[]> {
  const page = await queryVendorRows(db, {
    text,
    sort: 'name',
    filter: 'all',
    today: '2000-01-01',
    dueDays: 0,
    limit,
  });
  return page.rows;
}
