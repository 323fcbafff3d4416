// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Vendor } from '@/lib/db/schema';
import { vendorRow } from '@/lib/vendors/list-row';
import { reportStatus, VendorTable } from './VendorTable';

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

const rows = [
  vendor('Current', '2027-06-01'),
  vendor('Due', '2027-01-20'),
  vendor('Stale', '2026-12-01'),
  vendor('Unknown', null, 5),
].map((v) => vendorRow(v)!);

function table(matching = rows.length, onShowMore = vi.fn()) {
  render(
    <VendorTable
      rows={rows}
      matching={matching}
      capped={false}
      total={matching}
      today="2027-01-01"
      currentId="Due"
      query=""
      sort="name"
      filter="all"
      dueDays={30}
      onQuery={vi.fn()}
      onSort={vi.fn()}
      onFilter={vi.fn()}
      onOpen={vi.fn()}
      onShowMore={onShowMore}
    />,
  );
}

describe('VendorTable', () => {
  it('calls a report due from the longest lead time, stale from its date, unknown without one', () => {
    expect(rows.map((v) => reportStatus(v, '2027-01-01', 30))).toEqual([
      'current',
      'due',
      'stale',
      'unknown',
    ]);
    expect(reportStatus(rows[1]!, '2027-01-01')).toBe('current');
  });

  it('shows each row with its status, marks the open vendor and a changed page', () => {
    table();
    expect(screen.getAllByRole('rowheader').map((r) => r.textContent)).toEqual([
      'Current',
      'Due',
      'Stale',
      'Unknownchanged since review',
    ]);
    expect(screen.getByRole('button', { name: 'Due' }).getAttribute('aria-current')).toBe('true');
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  it('offers the rows not shown yet', () => {
    const more = vi.fn();
    table(1004, more);
    fireEvent.click(screen.getByRole('button', { name: 'Show more vendors (1000 not shown)' }));
    expect(more).toHaveBeenCalledOnce();
  });
});
