import { describe, expect, it } from 'vitest';
import { isPaused, normaliseSite } from './paused-sites';

describe('paused sites', () => {
  it.each([
    ['https://Trust.Acme.com/security', 'trust.acme.com'],
    ['www.acme.com', 'acme.com'],
    ['acme.co.uk', 'acme.co.uk'],
    ['not a site', null],
    ['localhost', null],
    ['', null],
  ])('normalises %s → %s', (input, out) => {
    expect(normaliseSite(input)).toBe(out);
  });

  it('pauses a site and its subdomains only', () => {
    expect(isPaused('trust.acme.com', ['acme.com'])).toBe(true);
    expect(isPaused('www.acme.com', ['acme.com'])).toBe(true);
    expect(isPaused('notacme.com', ['acme.com'])).toBe(false);
    expect(isPaused('acme.com', ['trust.acme.com'])).toBe(false);
    expect(isPaused('acme.com', [42, null])).toBe(false);
  });
});
