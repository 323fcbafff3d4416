// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Vendor } from '@/lib/db/schema';
import { reportStatus, VendorTable, type VendorFilter } from './VendorTable';

afterEach(cleanup);

const vendor = (name: string, nextStaleOn: string | null, changedAt: number | null = null): Vendor => ({
  id: name,
  name,
  domain: null,
  hosts: [],
  urls: [],
  platform: null,
  tier: 'standard',
  source: 'manual',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
  nextStaleOn,
  summary: null,
  changedAt,
});

const vendors = [
  vendor('Current', '2027-06-01'),
  vendor('Due', '2027-01-20'),
  vendor('Stale', '2026-12-01'),
  vendor('Unknown', null, 5),
];

function rows(filter: VendorFilter) {
  render(
    <VendorTable
      vendors={vendors}
      today="2027-01-01"
      currentId={null}
      query=""
      sort="next-stale"
      filter={filter}
      dueDays={30}
      onQuery={vi.fn()}
      onSort={vi.fn()}
      onFilter={vi.fn()}
      onOpen={vi.fn()}
    />,
  );
  return screen.queryAllByRole('rowheader').map((r) => r.textContent);
}

describe('VendorTable', () => {
  it('calls a report due from the longest lead time, stale from its date, unknown without one', () => {
    expect(vendors.map((v) => reportStatus(v, '2027-01-01', 30))).toEqual([
      'current',
      'due',
      'stale',
      'unknown',
    ]);
    expect(reportStatus(vendors[1]!, '2027-01-01')).toBe('current');
  });

  it('sorts by next stale date and filters to reports due or stale, or changed vendors', () => {
    expect(rows('all')).toEqual(['Stale', 'Due', 'Current', 'Unknownchanged since review']);
    cleanup();
    expect(rows('attention')).toEqual(['Stale', 'Due']);
    cleanup();
    expect(rows('changed')).toEqual(['Unknownchanged since review']);
  });
});
