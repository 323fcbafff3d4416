import { describe, expect, it } from 'vitest';
import { trustPageTitle } from './action-title';

describe('toolbar title', () => {
  it('names the vendor as the page gives it, else the host', () => {
    expect(
      trustPageTitle({ url: 'https://trust.acme.com/', vendor: { name: 'Acme', domain: null, host: null } }),
    ).toBe('Vendorscope — trust page: Acme');
    expect(trustPageTitle({ url: 'https://trust.acme.com/', vendor: null })).toBe(
      'Vendorscope — trust page: trust.acme.com',
    );
  });

  it('keeps markup as literal text but strips control characters and bounds the length', () => {
    const t = trustPageTitle({
      url: 'https://x.example/',
      vendor: { name: '<img src=x onerror=alert(1)>\u0007\n' + 'A'.repeat(200), domain: null, host: null },
    });
    expect(t.startsWith('Vendorscope — trust page: <img src=x onerror=alert(1)> AAA')).toBe(true);
    expect(t.length).toBeLessThanOrEqual('Vendorscope — trust page: '.length + 80);
  });
});
