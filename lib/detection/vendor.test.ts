import { describe, expect, it } from 'vitest';
import { nameFrom } from './vendor';
import { detectHtml, html } from '@/tests/helpers/detection';

describe('vendor name', () => {
  it.each([
    ['NetApp Trust Center', 'NetApp'],
    ['Security & privacy', null],
    ['Workato Security Overview', 'Workato'],
    ['Trust Center', null],
    ['Powered by SafeBase', null],
    ['<b>Acme</b> Trust Center', '<b>Acme</b>'],
    ['SafeBase', null],
  ])('nameFrom(%s) = %s', (t, n) => {
    expect(nameFrom(t)).toBe(n);
  });

  it.each([
    ['NetApp Trust Center | Powered by SafeBase', 'https://netapp.safebase.us/', 'NetApp'],
    ['Frequently asked questions | Atlassian', 'https://www.atlassian.com/hu/trust/faq', 'Atlassian'],
    ['Security - Relevance AI', 'https://relevanceai.mintlify.app/security', 'Relevance AI'],
    ['Security | Relay', 'https://www.relayai.dev/security', 'Relay'],
  ])('%s', async (title, url, name) => {
    expect((await detectHtml(html(title, '<p>x</p>'), url)).vendor?.name).toBe(name);
  });

  it('falls back to og:site_name, then the main heading', async () => {
    const og = await detectHtml(
      html('Trust Center', '<h1>Ignored</h1>', '<meta property="og:site_name" content="Globex">'),
      'https://trust.globex.example/',
    );
    expect(og.vendor?.name).toBe('Globex');
    const h1 = await detectHtml(
      html('Trust Center | Powered by Drata', '<h1>TextQL</h1>'),
      'https://app.drata.com/trust/abc',
    );
    expect(h1.vendor).toEqual({ name: 'TextQL', domain: null, host: null });
  });
});
