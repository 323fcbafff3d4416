import type { Tier, VendorRow } from '@/lib/db/schema';
import { reminderStatus, type ReminderStatus } from '@/lib/reminders/due';
import type { VendorFilter, VendorSort } from '@/lib/vendors/list-query';

export type { VendorFilter, VendorSort };

interface Props {
  rows: VendorRow[];
  /** Vendors matching the search and filter; `capped` when only the first matches were read. */
  matching: number;
  capped: boolean;
  /** Vendors on record. */
  total: number;
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
  onShowMore: () => void;
}

const TIER_SHORT: Record<Tier, string> = {
  standard: 'Standard',
  'high-stakes': 'High-stakes',
  regulated: 'Regulated',
};

/**
 * Report currency from the stored next stale date, judged today (the rule: stale from that date on),
 * and "due" from `dueDays` before it: the reminders' own status function, so list and badge agree.
 */
export function reportStatus(v: Pick<VendorRow, 'nextStaleOn'>, today: string, dueDays = 0): ReminderStatus {
  return v.nextStaleOn ? reminderStatus(v.nextStaleOn, today, [dueDays]) : 'unknown';
}

/** The vendors on record with verdict, tier, report status and next stale date; search, filter, sort. */
export function VendorTable({
  rows,
  matching,
  capped,
  total,
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
  onShowMore,
}: Props) {
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
        <p className="muted">{total ? 'No vendor matches.' : 'No vendors on record yet.'}</p>
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
            {rows.map((v) => (
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
                <td>{v.verdict ? `${v.verdict}${v.provisional ? ' (provisional)' : ''}` : '—'}</td>
                <td>{reportStatus(v, today, dueDays)}</td>
                <td>{v.nextStaleOn ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {matching > rows.length && (
        <button type="button" className="secondary" onClick={onShowMore}>
          Show more vendors ({matching - rows.length}
          {capped ? '+' : ''} not shown)
        </button>
      )}
      {capped && (
        <p className="muted">
          Only the first {matching.toLocaleString('en')} matches are listed: type more of the name to narrow
          them.
        </p>
      )}
    </>
  );
}
