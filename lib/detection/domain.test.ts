import { describe, expect, it } from 'vitest';
import { withRegistrableDomain } from './domain';
import type { Detection } from './schema';

const det = (host: string | null): Detection => ({
  url: 'https://x.example/',
  title: '',
  isTrustPage: true,
  confidence: 1,
  platform: 'self-hosted',
  vendor: { name: 'X', domain: null, host },
  claims: [],
  thirdParty: [],
  subprocessors: [],
  signals: [],
});

describe('withRegistrableDomain', () => {
  it.each([
    ['trust.knoetic.com', 'knoetic.com'],
    ['www.workato.com', 'workato.com'],
    ['security.acme.co.uk', 'acme.co.uk'],
  ])('%s → %s', (host, domain) => {
    expect(withRegistrableDomain(det(host)).vendor?.domain).toBe(domain);
  });
  it('leaves a missing host alone, and always says who owns the page’s own address', () => {
    expect(withRegistrableDomain(det(null)).vendor?.domain).toBeNull();
    const d = { ...det(null), vendor: null };
    expect(withRegistrableDomain(d)).toEqual({
      ...d,
      site: { host: 'x.example', domain: 'x.example', tenant: null },
    });
  });

  it('replaces whatever `site` the page sent with the one its URL gives', () => {
    const forged = {
      ...det('victim.example'),
      site: { host: 'victim.example', domain: 'victim.example', tenant: null },
    };
    expect(withRegistrableDomain(forged).site).toEqual({
      host: 'x.example',
      domain: 'x.example',
      tenant: null,
    });
  });
});
