import { describe, expect, it } from 'vitest';
import { affixNames, nameFrom, nameInText, selfNames, vendorLabel } from './vendor';
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

  it.each([
    ['docs.brightwave-labs.com', 'brightwave-labs'],
    ['lumina.zendesk.com', 'lumina'],
    ['trust.quillon.co.uk', 'quillon'],
    ['www.ferrovia.de', 'ferrovia'],
    ['app.example', null],
    // A hosting or site-builder domain names its product, not the vendor.
    ['lumina-site.lumina-ai.workers.dev', 'lumina-ai'],
    ['lumina.vercel.app', 'lumina'],
    ['docs.lumina.netlify.app', 'lumina'],
    ['xn--y8jl1nm041aulav72g.jp', null],
  ])('the vendor label of %s is %s', (host, label) => {
    expect(vendorLabel(host)).toBe(label);
  });

  it.each([
    ['Politique de sécurité de QuillOn', 'quillon', 'QuillOn'],
    ['Lumina AI – Sicherheit', 'lumina', 'Lumina AI'],
    ['Sécurité', 'quillon', null],
    ['Política de privacidad: Kórdex', 'kordex', 'Kórdex'],
    ['Notre plateforme', 'quillon', null],
  ])('finds the name in %s (host label %s)', (text, label, name) => {
    expect(nameInText(text, label)).toBe(name);
  });

  it('never takes a self-hosted page’s topic heading for the vendor: the host names it', async () => {
    const topic = await detectHtml(
      html(
        'Datenschutz und Sicherheit',
        '<h1>Datenschutz und Sicherheit</h1><p>Wir sind ISO 27001 zertifiziert.</p>',
      ),
      'https://www.ferrovia-cloud.de/datenschutz-sicherheit',
    );
    expect(topic.vendor?.name).toBe('Ferrovia Cloud');
    const named = await detectHtml(
      html('Sécurité des données', '<h1>La sécurité chez FerroVia</h1>'),
      'https://ferrovia.fr/securite',
    );
    expect(named.vendor?.name).toBe('FerroVia');
    const matchedPart = await detectHtml(
      html('Lumina セキュリティ情報', '<p>x</p>'),
      'https://lumina.jp/security',
    );
    expect(matchedPart.vendor?.name).toBe('Lumina');
  });
});

describe('the vendor’s names from its host', () => {
  it('drops a marketing affix from the domain label', () => {
    expect(affixNames('docs.wearelumina.example')).toEqual(['lumina']);
    expect(affixNames('www.getlumina.example')).toEqual(['lumina']);
    expect(affixNames('luminahq.example')).toEqual(['lumina']);
    expect(affixNames('trust.lumina.example')).toEqual([]);
    expect(selfNames('trust.lumina.example', null)).toEqual(['lumina']);
    expect(selfNames('lumina.vercel.app', null)).toEqual(['lumina']);
  });

  it('reads a docs page that names the vendor in the third person as the vendor’s', async () => {
    const d = await detectHtml(
      html(
        'Data security (SOC 2)',
        '<h2>Introduction</h2><p>SOC 2 is a cybersecurity framework that assesses how well a service organisation protects client data.</p>' +
          '<h2>Purpose</h2><p>Created by the AICPA, SOC 2 exists to:</p><ul><li>Make sure providers handle client data securely</li>' +
          '<li>Build trust between a company and its customers</li><li>Show that a company handles customer data with maturity</li></ul>' +
          '<h2>The SOC 2 report</h2><p>The SOC 2 report evaluates controls against the Trust Services Criteria in five categories:</p>' +
          '<ul><li>Security</li><li>Availability</li><li>Confidentiality</li><li>Processing integrity</li><li>Privacy</li></ul>' +
          '<p>The Lumina SOC 2 report is available upon request.</p>',
      ),
      'https://docs.wearelumina.example/product/technical-overview/data-security-soc-2',
    );
    expect(d.isTrustPage).toBe(true);
    expect(d.claims.map((c) => `${c.framework}:${c.status}`)).toEqual(['soc2:held']);
  });
});
