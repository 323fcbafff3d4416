import { describe, expect, it } from 'vitest';
import { reviewHarness } from '@/tests/helpers/review';
import { snapshotOf } from '../changes/diff';
import { createVendorsRepo } from '../db/vendors-repo';
import { withRegistrableDomain } from '../detection/domain';
import type { Detection } from '../detection/schema';
import { Q } from '../questionnaire/question-ids';

/**
 * A page on shared hosting that links to a victim's domain must get no access to the victim's record:
 * not matched, no baseline or "changed", no review shown, no write into it; only a hint to link.
 */
const page = (url: string, claimedHost: string | null, name = 'Victim Corp'): Detection =>
  withRegistrableDomain({
    url,
    title: `${name} Trust Center`,
    isTrustPage: true,
    confidence: 0.9,
    platform: 'safebase',
    vendor: { name, domain: null, host: claimedHost },
    claims: [{ framework: 'soc2-type2', status: 'held', quote: 'SOC 2 Type II' }],
    thirdParty: [],
    subprocessors: [{ name: 'Attacker Analytics', ai: false }],
    signals: [],
  });

const TENANT_PAGES = [
  'https://victim-corp.safebase.us/',
  'https://app.drata.com/trust/0d9f8e7c-6b5a-4d3c-2b1a-0f9e8d7c6b5a',
  'https://app.vanta.com/victim-corp/trust/x',
  'https://app.conveyor.com/profile/victim-corp',
  'https://public-profile.whistic.com/victim-corp',
  'https://victim-corp.secureframetrust.com/',
  'https://victim-corp.trust.site/',
  'https://victim-corp.trustshare.com/',
  'https://trust.oneleet.com/victim-corp',
  'https://trust.delve.co/victim-corp',
  'https://victim-corp.securitypal.com/',
  'https://victim-corp.hypercomply.com/',
  'https://victim-corp.mintlify.app/security',
];

async function victim() {
  const h = reviewHarness();
  const real = page('https://trust.victim-corp.example/', 'trust.victim-corp.example');
  await h.service.saveNote({ detection: real }, 'Victim’s confidential notes');
  await h.service.saveAnswer(
    { detection: real },
    { questionId: Q.reportType, value: 'type-2', author: 'Dana' },
  );
  const [v] = await h.db.vendors.toArray();
  return { h, victim: v! };
}

describe('a hosted-platform tenant claiming to be a vendor on record', () => {
  it.each(TENANT_PAGES)('%s gets no access to the victim’s record', async (url) => {
    const { h, victim: before } = await victim();
    const evil = page(url, 'victim-corp.example');
    expect(evil.vendor?.domain).toBe('victim-corp.example');

    // Not matched: the panel would show no review (and no notes) for this page.
    const vendors = createVendorsRepo(h.db);
    expect(await vendors.findForDetection(evil)).toBeUndefined();
    // Revisits record nothing against the victim: no baseline, no "changed since review".
    expect(await h.service.recordVisit(evil, snapshotOf(evil, 1))).toBe('unknown-vendor');
    expect(await h.service.recordVisit(evil, snapshotOf(evil, 2))).toBe('unknown-vendor');
    // Saving on that page creates a separate record, keyed by the tenant only.
    await h.service.saveNote({ detection: evil }, 'typed on the tenant page');
    const after = await h.db.vendors.get(before.id);
    expect(after).toEqual(before);
    const created = (await h.db.vendors.toArray()).find((v) => v.id !== before.id)!;
    expect(created).toMatchObject({ domain: null, tenants: [evil.site!.tenant] });
    // The victim is only offered as a hint.
    expect((await vendors.claimedVendor(evil))?.id).toBe(before.id);
  });

  it('matches once the reviewer links the tenant, and then only that tenant', async () => {
    const { h, victim: v } = await victim();
    const vendors = createVendorsRepo(h.db);
    const linked = page('https://victim-corp.safebase.us/', 'victim-corp.example');
    await h.service.linkTenant(v.id, linked.site!.tenant!);
    expect((await vendors.findForDetection(linked))?.id).toBe(v.id);
    const other = page('https://victim-corp-fake.safebase.us/', 'victim-corp.example');
    expect(await vendors.findForDetection(other)).toBeUndefined();
    expect((await h.db.vendorRows.get(v.id))?.name).toBe('Victim Corp');
  });

  it('still matches the vendor’s own pages by their registrable domain', async () => {
    const { h, victim: v } = await victim();
    const vendors = createVendorsRepo(h.db);
    expect((await vendors.findForDetection(page('https://victim-corp.example/security', null)))?.id).toBe(
      v.id,
    );
  });
});
