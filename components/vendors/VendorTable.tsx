import { useState } from 'react';
import type { Tier, Vendor } from '@/lib/db/schema';
import { reminderStatus, type ReminderStatus } from '@/lib/reminders/due';

export type VendorSort = 'name' | 'next-stale' | 'verdict';
export type VendorFilter = 'all' | 'attention' | 'changed';

interface Props {
  vendors: Vendor[];
  today: string;
  currentId: string | null;
  query: string;
  sort: VendorSort;
  filter: VendorFilter;
  /** The longest reminder lead time: a report is "due" from that many days before its stale date. */
  dueDays: number;
  onQuery: (q: string) => void;
  onSort: (s: VendorSort) => void;
  onFilter: (f: VendorFilter) => void;
  onOpen: (id: string) => void;
}

/** Rows rendered at first: the list stays instant with thousands of vendors; filter or show more. */
export const PAGE_SIZE = 25;

const TIER_SHORT: Record<Tier, string> = {
  standard: 'Standard',
  'high-stakes': 'High-stakes',
  regulated: 'Regulated',
};
const VERDICT_ORDER = ['Walk away', 'Do not deploy', 'Proceed with conditions', 'Proceed'];

/**
 * Report currency from the stored next stale date, judged today (the rule: stale from that date on),
 * and "due" from `dueDays` before it: the reminders' own status function, so list and badge agree.
 */
export function reportStatus(v: Vendor, today: string, dueDays = 0): ReminderStatus {
  return v.nextStaleOn ? reminderStatus(v.nextStaleOn, today, [dueDays]) : 'unknown';
}

const FILTERS: Record<VendorFilter, (v: Vendor, today: string, dueDays: number) => boolean> = {
  all: () => true,
  attention: (v, today, dueDays) => ['due', 'stale'].includes(reportStatus(v, today, dueDays)),
  changed: (v) => !!v.changedAt,
};

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function sorted(vendors: Vendor[], sort: VendorSort): Vendor[] {
  const copy = [...vendors];
  if (sort === 'next-stale')
    return copy.sort((a, b) => ((a.nextStaleOn ?? '9999') < (b.nextStaleOn ?? '9999') ? -1 : 1));
  if (sort === 'verdict') {
    const rank = (v: Vendor) => (v.summary ? VERDICT_ORDER.indexOf(v.summary.verdict) : VERDICT_ORDER.length);
    return copy.sort((a, b) => rank(a) - rank(b));
  }
  return copy.sort((a, b) => byName.compare(a.name, b.name));
}

/** Every vendor with verdict, tier, report status and next stale date; filter and sort. */
export function VendorTable({
  vendors,
  today,
  currentId,
  query,
  sort,
  filter,
  dueDays,
  onQuery,
  onSort,
  onFilter,
  onOpen,
}: Props) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const q = query.trim().toLowerCase();
  const keep = FILTERS[filter];
  const rows = sorted(
    vendors.filter(
      (v) => keep(v, today, dueDays) && (!q || `${v.name} ${v.domain ?? ''}`.toLowerCase().includes(q)),
    ),
    sort,
  );
  return (
    <>
      <div className="row">
        <label htmlFor="vendor-filter">Filter vendors</label>
        <input id="vendor-filter" type="search" value={query} onChange={(e) => onQuery(e.target.value)} />
        <label htmlFor="vendor-sort">Sort by</label>
        <select id="vendor-sort" value={sort} onChange={(e) => onSort(e.target.value as VendorSort)}>
          <option value="name">Name</option>
          <option value="next-stale">Next stale date</option>
          <option value="verdict">Verdict (worst first)</option>
        </select>
        <label htmlFor="vendor-show">Show</label>
        <select id="vendor-show" value={filter} onChange={(e) => onFilter(e.target.value as VendorFilter)}>
          <option value="all">All vendors</option>
          <option value="attention">Reports due or stale</option>
          <option value="changed">Changed since review</option>
        </select>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{vendors.length ? 'No vendor matches.' : 'No vendors on record yet.'}</p>
      ) : (
        <table className="vendor-table">
          <caption className="visually-hidden">Vendors on record</caption>
          <thead>
            <tr>
              <th scope="col">Vendor</th>
              <th scope="col">Tier</th>
              <th scope="col">Verdict</th>
              <th scope="col">Report</th>
              <th scope="col">Stale on</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((v) => (
              <tr key={v.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    aria-current={v.id === currentId ? 'true' : undefined}
                    onClick={() => onOpen(v.id)}
                  >
                    {v.name}
                  </button>
                  {v.changedAt ? <span className="pill pill-changed">changed since review</span> : null}
                </th>
                <td>{TIER_SHORT[v.tier]}</td>
                <td>
                  {v.summary ? `${v.summary.verdict}${v.summary.provisional ? ' (provisional)' : ''}` : '—'}
                </td>
                <td>{reportStatus(v, today, dueDays)}</td>
                <td>{v.nextStaleOn ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > limit && (
        <button type="button" className="secondary" onClick={() => setLimit((l) => l + PAGE_SIZE * 5)}>
          Show more vendors ({rows.length - limit} not shown)
        </button>
      )}
    </>
  );
}
