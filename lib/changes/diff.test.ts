import { describe, expect, it } from 'vitest';
import { freshDb } from '@/tests/helpers/test-db';
import { createVendorsRepo } from '../db/vendors-repo';
import { withRegistrableDomain } from '../detection/domain';
import type { Detection } from '../detection/schema';
import { noteRevisit } from './background';
import { createReviewService } from '../review/service';
import { confirmChanges, describeChange, diffPage, snapshotOf } from './diff';

const page = (over: Partial<Detection> = {}): Detection =>
  withRegistrableDomain({
    url: 'https://trust.acme.com/',
    title: 'Acme Trust Center',
    isTrustPage: true,
    confidence: 0.9,
    platform: 'self-hosted',
    vendor: { name: 'Acme', domain: 'acme.com', host: 'trust.acme.com' },
    claims: [
      { framework: 'soc2-type2', status: 'in-progress', quote: 'SOC 2 Type II in progress' },
      { framework: 'iso27001', status: 'held', quote: 'ISO 27001 certified', period: { end: '2027-05-01' } },
    ],
    thirdParty: [],
    subprocessors: [
      { name: 'AWS', purpose: 'Hosting', ai: false },
      { name: 'Stripe', purpose: 'Payments', ai: false },
    ],
    signals: [],
    ...over,
  });

const changed = page({
  claims: [
    {
      framework: 'soc2-type2',
      status: 'held',
      quote: 'SOC 2 Type II report',
      period: { start: '2026-01-01', end: '2026-06-30' },
    },
    { framework: 'iso27001', status: 'held', quote: 'ISO 27001 certified', period: { end: '2027-05-01' } },
    { framework: 'iso42001', status: 'in-progress', quote: 'ISO 42001 in progress' },
  ],
  subprocessors: [
    { name: 'aws', purpose: 'Hosting', ai: false },
    { name: 'OpenAI', purpose: 'LLM inference', ai: true },
  ],
});

describe('diffPage', () => {
  it('finds nothing when the page states the same (names compared without case)', () => {
    const a = snapshotOf(page(), 1);
    expect(diffPage(a, snapshotOf(page(), 2))).toEqual([]);
  });

  it('lists new and removed sub-processors (AI first), status changes, new claims and periods', () => {
    const changes = diffPage(snapshotOf(page(), 1), snapshotOf(changed, 2));
    expect(changes.map(describeChange)).toEqual([
      'New sub-processor: OpenAI (AI provider)',
      'SOC 2 Type II: in progress → held',
      'SOC 2 Type II report period: none stated → 2026-01-01 to 2026-06-30',
      `Now states ${'ISO/IEC 42001'}: in progress`,
      'Sub-processor no longer listed: Stripe',
    ]);
  });

  it('does not read an empty sub-processor list as every sub-processor removed', () => {
    expect(diffPage(snapshotOf(page(), 1), snapshotOf(page({ subprocessors: [] }), 2))).toEqual([]);
  });

  it('takes confirmed changes into the record and leaves the rest to confirm', () => {
    const before = snapshotOf(page(), 1);
    const now = snapshotOf(changed, 2);
    const keys = diffPage(before, now)
      .filter((c) => c.kind === 'subprocessor-added' || c.kind === 'claim-status')
      .map((c) => c.key);
    const partly = confirmChanges(before, now, new Set(keys));
    expect(diffPage(partly, now).map((c) => c.kind)).toEqual(['claim-added', 'subprocessor-removed']);
    const all = confirmChanges(partly, now, new Set(diffPage(partly, now).map((c) => c.key)));
    expect(diffPage(all, now)).toEqual([]);
  });
});

describe('revisits', () => {
  it('records a baseline, marks the vendor when the page changed, and clears the mark once confirmed', async () => {
    const db = freshDb();
    let t = 1000;
    const now = () => (t += 1000);
    const vendors = createVendorsRepo(db, now);
    const reviews = createReviewService(db, { now });
    expect(await noteRevisit(reviews, page(), now)).toBe('unknown-vendor');
    const vendor = await vendors.ensureForDetection(page());
    expect(vendor.pageSnapshot?.subprocessors.map((s) => s.name)).toEqual(['AWS', 'Stripe']);
    expect(await noteRevisit(reviews, page(), now)).toBe('unchanged');
    expect(await noteRevisit(reviews, changed, now)).toBe('changed');
    const marked = await vendors.get(vendor.id);
    expect(marked?.changedAt).toBeGreaterThan(0);
    const keys = diffPage(marked!.pageSnapshot!, snapshotOf(changed, 0)).map((c) => c.key);
    const confirmed = await vendors.confirmPageChanges(vendor.id, snapshotOf(changed, now()), new Set(keys));
    expect(confirmed.changedAt).toBeNull();
    expect(await noteRevisit(reviews, changed, now)).toBe('unchanged');
  });

  it('sets a baseline on the first visit of a vendor recorded before change detection', async () => {
    const db = freshDb();
    const vendors = createVendorsRepo(db);
    const v = await vendors.create({ name: 'Acme', domain: 'acme.com' });
    expect(v.pageSnapshot).toBeUndefined();
    expect(await noteRevisit(createReviewService(db), page())).toBe('baseline');
    expect((await vendors.get(v.id))?.pageSnapshot?.claims).toHaveLength(2);
  });
});
