import { describe, expect, it } from 'vitest';
import { pageSite } from './site';

describe('who owns a page’s address', () => {
  it.each([
    ['https://trust.acme.com/', 'acme.com'],
    ['https://www.acme.co.uk/security', 'acme.co.uk'],
    // The public-suffix list's private part: each tenant is its own registrable domain.
    ['https://acme.github.io/security', 'acme.github.io'],
    ['https://acme.gitbook.io/docs/security', 'acme.gitbook.io'],
  ])('%s is owned by %s', (url, domain) => {
    expect(pageSite(url)).toMatchObject({ domain, tenant: null });
  });

  it.each([
    ['https://victim.safebase.us/', 'victim.safebase.us'],
    ['https://victim.safebase.io/documents', 'victim.safebase.io'],
    ['https://app.drata.com/trust/9f1c2a/overview', 'app.drata.com/trust/9f1c2a'],
    ['https://app.vanta.com/victim/trust/abc', 'app.vanta.com/victim/trust'],
    ['https://app.conveyor.com/profile/victim', 'app.conveyor.com/profile/victim'],
    ['https://public-profile.whistic.com/victim-corp', 'public-profile.whistic.com/victim-corp'],
    [
      'https://app.secureframe.com/ext/trust-center/123e4567',
      'app.secureframe.com/ext/trust-center/123e4567',
    ],
    ['https://victim.secureframetrust.com/', 'victim.secureframetrust.com'],
    ['https://victim.trust.site/', 'victim.trust.site'],
    ['https://victim.trustshare.com/', 'victim.trustshare.com'],
    ['https://trust.oneleet.com/victim', 'trust.oneleet.com/victim'],
    ['https://trust.delve.co/victim', 'trust.delve.co/victim'],
    ['https://victim.securitypal.com/', 'victim.securitypal.com'],
    ['https://victim.hypercomply.com/', 'victim.hypercomply.com'],
    ['https://victim.mintlify.app/security', 'victim.mintlify.app'],
    ['https://victim.readme.io/docs/security', 'victim.readme.io'],
    ['https://victim.zendesk.com/hc/en-us/articles/1-security', 'victim.zendesk.com'],
  ])('%s is a tenant on shared hosting: %s', (url, tenant) => {
    expect(pageSite(url)).toMatchObject({ domain: null, tenant });
  });

  it('keeps two tenants of one platform apart, and one tenant’s pages together', () => {
    expect(pageSite('https://app.drata.com/trust/aaa').tenant).not.toBe(
      pageSite('https://app.drata.com/trust/bbb').tenant,
    );
    expect(pageSite('https://acme.safebase.us/').tenant).toBe(
      pageSite('https://acme.safebase.us/documents?x=1').tenant,
    );
  });
});
