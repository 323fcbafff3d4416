import { describe, expect, it } from 'vitest';
import { reviewHarness } from '@/tests/helpers/review';
import { Q } from '../questionnaire/question-ids';
import { findVendorRows, MAX_MATCHES, queryVendorRows, type VendorListQuery } from './list-query';
import { fold, searchWords } from './list-row';

const base: VendorListQuery = {
  text: '',
  sort: 'name',
  filter: 'all',
  today: '2026-12-01',
  dueDays: 30,
  limit: 25,
};

async function seeded() {
  const h = reviewHarness();
  // Stale on 2026-12-15 (due), 2027-06-30 (current), 2025-12-31 (stale), none.
  const due = await h.vendorWithReport('Delta Agents', '2025-12-15', 'delta.example');
  const current = await h.vendorWithReport('acme AI', '2026-06-30', 'acme-ai.example');
  const stale = await h.vendorWithReport('Bravo', '2024-12-31', 'bravo.io');
  const none = await h.service.createVendor({ name: 'Zeta Labs', domain: 'zeta.example' });
  return { h, due, current, stale, none };
}
const names = async (h: ReturnType<typeof reviewHarness>, q: Partial<VendorListQuery>) =>
  (await queryVendorRows(h.db, { ...base, ...q })).rows.map((r) => r.name);

describe('vendor list queries', () => {
  it('pages by name through the index, and counts every live vendor', async () => {
    const { h } = await seeded();
    expect(await names(h, {})).toEqual(['acme AI', 'Bravo', 'Delta Agents', 'Zeta Labs']);
    const page = await queryVendorRows(h.db, { ...base, limit: 2 });
    expect(page).toMatchObject({ matching: 4, total: 4, capped: false, unreadable: 0 });
    expect(page.rows.map((r) => r.name)).toEqual(['acme AI', 'Bravo']);
  });

  it('sorts by next stale date (unknown last) and by verdict, worst first', async () => {
    const { h } = await seeded();
    expect(await names(h, { sort: 'next-stale' })).toEqual(['Bravo', 'Delta Agents', 'acme AI', 'Zeta Labs']);
    // A vendor with a review (here: no SOC 2 at all) on the regulated tier: Walk away, listed first.
    const zeta = (await findVendorRows(h.db, 'zeta', 1))[0]!.id;
    await h.service.saveAnswer({ vendorId: zeta }, { questionId: Q.reportType, value: 'none', author: 'D' });
    await h.service.setTier(zeta, 'regulated');
    const verdicts = (await queryVendorRows(h.db, { ...base, sort: 'verdict' })).rows.map((r) => r.verdict);
    expect(verdicts[0]).toBe('Walk away');
  });

  it('filters to reports due or stale, and to vendors whose page changed', async () => {
    const { h, due } = await seeded();
    expect(await names(h, { filter: 'attention' })).toEqual(['Bravo', 'Delta Agents']);
    expect(await names(h, { filter: 'attention', sort: 'next-stale' })).toEqual(['Bravo', 'Delta Agents']);
    expect(await names(h, { filter: 'changed' })).toEqual([]);
    await h.db.vendors.update(due.id, { changedAt: 5 });
    await h.service.updateVendor(due.id, {}); // any write re-derives the row
    expect(await names(h, { filter: 'changed' })).toEqual(['Delta Agents']);
  });

  it('finds vendors by the start of any word of their name or domain, as typed', async () => {
    const { h } = await seeded();
    expect(await names(h, { text: 'ag' })).toEqual(['Delta Agents']);
    expect(await names(h, { text: 'ACME' })).toEqual(['acme AI']);
    expect(await names(h, { text: 'bravo.io' })).toEqual(['Bravo']);
    expect(await names(h, { text: 'acme ai' })).toEqual(['acme AI']);
    expect(await names(h, { text: 'cme' })).toEqual([]);
    expect(await names(h, { text: 'delta', filter: 'attention' })).toEqual(['Delta Agents']);
  });

  it('follows every write: rename, delete, undo, merge', async () => {
    const { h, none, current } = await seeded();
    await h.service.updateVendor(none.id, { name: 'Aardvark Zeta' });
    expect((await names(h, {}))[0]).toBe('Aardvark Zeta');
    await h.service.deleteVendor(none.id);
    expect(await names(h, {})).not.toContain('Aardvark Zeta');
    expect((await queryVendorRows(h.db, base)).total).toBe(3);
    await h.service.undoDelete(none.id);
    expect(await names(h, {})).toContain('Aardvark Zeta');
    await h.service.mergeVendors(none.id, current.id);
    expect(await names(h, {})).toEqual(['Aardvark Zeta', 'Bravo', 'Delta Agents']);
    // The kept vendor shows the moved review's report.
    const [alpha] = (await queryVendorRows(h.db, base)).rows;
    expect(alpha).toMatchObject({ reportType: 'type-2', nextStaleOn: '2027-06-30' });
  });

  it('a new answer changes the row it shows (verdict and stale date) in the same write', async () => {
    const { h, none } = await seeded();
    await h.service.saveAnswer(
      { vendorId: none.id },
      { questionId: Q.reportType, value: 'type-1', author: 'D' },
    );
    const row = (await findVendorRows(h.db, 'zeta', 1))[0];
    expect(row).toMatchObject({ reportType: 'type-1', verdict: 'Proceed with conditions' });
  });

  it('skips and counts a damaged row, never hides the rest', async () => {
    const { h } = await seeded();
    await h.db.vendorRows.add({
      id: 'bad',
      nameKey: 'aaa',
      staleKey: 'x',
      verdictKey: 'x',
      words: ['aaa'],
    } as never);
    const page = await queryVendorRows(h.db, base);
    expect(page.unreadable).toBe(1);
    expect(page.rows.map((r) => r.name)).toEqual(['acme AI', 'Bravo', 'Delta Agents', 'Zeta Labs']);
  });

  it('bounds a filter that matches more than it can sort, and says so', async () => {
    const h = reviewHarness();
    const rows = Array.from({ length: MAX_MATCHES + 3 }, (_, i) => ({
      id: `v${i}`,
      name: `Vendor ${i}`,
      domain: null,
      tier: 'standard' as const,
      verdict: null,
      provisional: false,
      reportType: null,
      nextStaleOn: '2026-01-01',
      changedAt: null,
      nameKey: `vendor ${i}`,
      staleKey: `2026-01-01|vendor ${i}`,
      verdictKey: `4|vendor ${i}`,
      words: ['vendor', String(i)],
    }));
    await h.db.vendorRows.bulkAdd(rows);
    const page = await queryVendorRows(h.db, { ...base, filter: 'attention' });
    expect(page).toMatchObject({ capped: true, matching: MAX_MATCHES, total: MAX_MATCHES + 3 });
    expect(page.rows).toHaveLength(25);
  });
});

describe('list row keys', () => {
  it('folds compatibility forms and invisible characters, so look-alikes sort and match together', () => {
    expect(fold('Open\u200dAI')).toBe('openai');
    expect(fold('Ｖｅｎｄｏｒ')).toBe('vendor');
    expect(searchWords('Anthro\u00adpic, Inc. (anthropic.com)')).toEqual(['anthropic', 'inc', 'com']);
  });
});
