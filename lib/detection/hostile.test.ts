import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { detectionSchema } from './schema';
import { detectHtml, html, makeDoc } from '@/tests/helpers/detection';

describe('hostile input', () => {
  it('treats markup in the title as text', async () => {
    const d = await detectHtml(
      html(
        '&lt;img src=x onerror=alert(1)&gt;Evil&lt;/b&gt; Trust Center',
        '<p>We are SOC 2 Type II certified.</p>',
      ),
      'https://trust.evil.example/',
    );
    // Kept literally: the page wrote these characters, and every consumer renders them as text.
    expect(d.title).toBe('<img src=x onerror=alert(1)>Evil</b> Trust Center');
    // On the vendor's own host only the words that spell the host's label are its name.
    expect(d.vendor?.name).toBe('Evil');
    expect(() => detectionSchema.parse(d)).not.toThrow();
    const portal = await detectHtml(
      html('&lt;img src=x onerror=alert(1)&gt;Evil&lt;/b&gt; Trust Center | Powered by SafeBase', '<p>x</p>'),
      'https://evil.safebase.us/',
    );
    expect(portal.vendor?.name).toBe('<img src=x onerror=alert(1)>Evil</b>');
  });

  it('survives a non-http URL, an empty document and a missing title', async () => {
    expect((await detectHtml('', 'about:blank')).isTrustPage).toBe(false);
    expect((await detectHtml('<p>x</p>', 'https://trust.acme.example/')).isTrustPage).toBe(true);
  });

  it('caps quotes, names and counts on absurd text', async () => {
    const long = 'We are SOC 2 Type II certified and ' + 'very '.repeat(5000) + 'proud.';
    const d = await detectHtml(
      html('A'.repeat(5000) + ' Trust Center', `<p>${long}</p>`),
      'https://trust.acme.example/',
    );
    expect(() => detectionSchema.parse(d)).not.toThrow();
    expect(d.claims[0]?.quote.length).toBeLessThanOrEqual(300);
  });

  it('does not recurse without bound on deep nesting', async () => {
    const deep = '<div>'.repeat(1000) + 'SOC 2 Type II certified' + '</div>'.repeat(1000);
    const d = await detectHtml(html('Acme Trust Center', deep), 'https://trust.acme.example/');
    expect(d.isTrustPage).toBe(true);
  });

  it('completes a ~2 MB trust page fast', async () => {
    const row = (i: number) =>
      `<tr><td>Vendor ${i}</td><td>Email delivery and analytics for product ${i}</td><td>United States</td></tr>`;
    const para =
      '<p>We encrypt data at rest with AES-256 and in transit with TLS 1.2+. Access is reviewed quarterly.</p>';
    let body =
      '<h1>Acme Trust Center</h1><h2>Compliance</h2><ul><li>SOC 2 Type II</li><li>ISO 27001</li></ul>';
    body +=
      '<section><h2>Sub-processors</h2><table><tr><th>Sub-processor</th><th>Purpose</th><th>Location</th></tr>';
    for (let i = 0; i < 3000; i++) body += row(i);
    body += '</table></section>';
    while (body.length < 2_000_000) body += para;
    const url = 'https://trust.acme.example/';
    const { doc, close } = makeDoc(html('Acme Trust Center', body), url);
    try {
      const t0 = performance.now();
      const d = detect(doc, url);
      const ms = performance.now() - t0;
      console.info(
        `[timing] detect() on ${(body.length / 1e6).toFixed(1)} MB trust page (happy-dom): ${ms.toFixed(1)} ms`,
      );
      expect(d.isTrustPage).toBe(true);
      expect(d.claims.map((c) => c.framework).sort()).toEqual(['iso27001', 'soc2-type2']);
      expect(d.subprocessors.length).toBe(1000);
      expect(ms).toBeLessThan(3000);
    } finally {
      await close();
    }
  });
});
