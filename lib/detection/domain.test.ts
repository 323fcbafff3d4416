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
  it('leaves a missing host alone', () => {
    expect(withRegistrableDomain(det(null)).vendor?.domain).toBeNull();
    const d = { ...det(null), vendor: null };
    expect(withRegistrableDomain(d)).toBe(d);
  });
});
