import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { isCandidatePage, mainHeading, sampleText } from './gate';
import { EXTRA, html, loadCases, makeDoc, PAGES, REAL } from '@/tests/helpers/detection';

describe('isCandidatePage', () => {
  it.each([
    ['https://trust.acme.com/', ''],
    ['https://acme.safebase.us/', ''],
    ['https://app.drata.com/trust/36f9232d-d1fa-4cc8-ac65-746a94a71cc3', ''],
    ['https://www.acme.com/security', ''],
    ['https://www.acme.com/hu/trust/faq', ''],
    ['https://www.acme.com/legal/sub-processors', ''],
    ['https://www.acme.com/', 'Acme Trust Center'],
    ['https://www.acme.com/x', 'Trust Center | Powered by Drata'],
  ])('accepts %s %s', (url, title) => {
    expect(isCandidatePage(url, title, '')).toBe(true);
  });

  it.each([
    ['https://www.acme.example/de/datenschutz-sicherheit', ''],
    ['https://www.acme.example/fr/securite', ''],
    ['https://www.acme.example/es/seguridad', ''],
    ['https://www.acme.example/pt/conformidade', ''],
    ['https://www.acme.example/it/sicurezza', ''],
    ['https://www.acme.example/nl/beveiliging', ''],
    ['https://www.acme.example/?p=12', 'Proteção de Dados Sensíveis'],
    ['https://www.acme.example/?p=13', 'White paper sulla sicurezza'],
    ['https://www.acme.example/ja/x', 'セキュリティ'],
    ['https://legal.acme.example/avv-anlage-3.html', 'Anlage 3: Genehmigte Subunternehmer'],
    ['https://www.acme.example/lgpd', ''],
    ['https://www.acme.example/?p=14', 'Mesures techniques et organisationnelles – Acme'],
    ['https://www.acme.example/?p=15', 'Misure tecniche e organizzative'],
    ['https://www.acme.example/?p=16', 'Technische en organisatorische maatregelen'],
    ['https://www.acme.example/?p=17', 'Technical & Organizational Measures'],
    ['https://www.acme.example/pages/x', 'AI Governance at Acme'],
    ['https://www.acme.example/pages/y', 'Gobernanza de la IA en Acme'],
    ['https://help.acme.example/es/nuestro-almacenamiento-y-subprocesadores', ''],
    ['https://www.acme.example/pt/subprocessadores', ''],
    ['https://www.acme.example/?p=18', 'Elenco dei sub-responsabili del trattamento'],
    ['https://www.acme.example/hrsoftware/avg/', ''],
    ['https://www.acme.example/company/isms/isms-policy', ''],
    ['https://www.acme.example/?p=19', 'Gegevensbescherming bij Acme'],
  ])('accepts topic words of eight languages: %s %s', (url, title) => {
    expect(isCandidatePage(url, title, '')).toBe(true);
  });

  it('does not take any "technical" or "organisational" title for measures', () => {
    expect(isCandidatePage('https://www.acme.example/x', 'Technical writing for organisations', '')).toBe(
      false,
    );
    expect(isCandidatePage('https://www.acme.example/x', 'Organisational chart', '')).toBe(false);
  });

  it('reads the main heading, not the footer, for topic words', () => {
    expect(isCandidatePage('https://www.acme.example/x', 'Acme', '', 'Sicherheit bei Acme')).toBe(true);
    expect(isCandidatePage('https://www.acme.example/x', 'Acme', 'Privacy · Security · Terms')).toBe(false);
  });

  it('accepts a "Powered by" mark or a portal asset in the sample', () => {
    expect(isCandidatePage('https://www.acme.com/', 'Acme', 'Copyright Acme Powered by SafeBase')).toBe(true);
    expect(
      isCandidatePage('https://www.acme.com/', 'Acme', 'https://static.vanta.com/x/entry-trust-report.js'),
    ).toBe(true);
  });

  // Trust pages real vendors publish under no security word: an AI vendor's safety page and EU AI Act
  // statement, a FAQ that answers the security questions, a help article on being hacked.
  it.each([
    ['https://www.acme.example/en/safety', 'Safety'],
    ['https://www.acme.example/ai-act-statement', ''],
    ['https://www.acme.example/legal/x', 'EU AI Act Statement'],
    ['https://www.acme.example/de/x', 'Unsere Umsetzung der KI-Verordnung'],
    ['https://www.acme.example/faq', ''],
    ['https://www.acme.example/de/hilfe', 'Häufig gestellte Fragen (FAQ)'],
    ['https://www.acme.example/nl/x', 'Veelgestelde vragen'],
    ['https://help.acme.example/es/articles/1', '¿Cómo se protege Acme de un hackeo?'],
  ])('accepts pages that go by another name: %s %s', (url, title) => {
    expect(isCandidatePage(url, title, '')).toBe(true);
  });

  it('rejects ordinary pages', () => {
    expect(
      isCandidatePage('https://news.example.com/2024/05/story', 'Local news', 'Home About Contact'),
    ).toBe(false);
    expect(isCandidatePage('https://github.com/a/b', 'GitHub - a/b', 'powered by Vanta.js')).toBe(false);
  });

  it.each(
    [...loadCases(PAGES), ...loadCases(EXTRA), ...loadCases(REAL)]
      .filter((c) => c.expect.isTrustPage)
      .map((c) => [c.file.split('/').pop()!, c] as const),
  )('accepts every trust page: %s', async (_f, c) => {
    const { doc, close } = makeDoc(readFileSync(c.file, 'utf8'), c.url);
    try {
      const sample = sampleText(doc);
      expect(sample.length).toBeLessThanOrEqual(2000);
      expect(isCandidatePage(c.url, doc.title, sample, mainHeading(doc))).toBe(true);
      // What the background gate sees of a tab is only its address and title: enough for each of them.
      expect(isCandidatePage(c.url, doc.title, '')).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('gate on a large non-trust page', () => {
  // Its cost is a budget measured in real Chromium by `npm run bench`, not here (timings are noisy).
  it('rejects a 300 KB non-trust page at the gate', async () => {
    const para =
      '<p>Lorem ipsum dolor sit amet, <a href="/x">consectetur</a> adipiscing elit, sed do eiusmod.</p>';
    const body = `<main>${para.repeat(Math.ceil(300_000 / para.length))}</main><footer>© Example · Privacy · Terms</footer>`;
    const url = 'https://www.example.org/products/widgets';
    const { doc, close } = makeDoc(html('Widgets | Example', body), url);
    try {
      expect(isCandidatePage(url, doc.title, sampleText(doc))).toBe(false);
      expect(detect(doc, url).isTrustPage).toBe(false);
    } finally {
      await close();
    }
  });
});

describe('detect with a gate already passed', () => {
  it('gives the same result as running the gate itself on a candidate page', async () => {
    const { doc, close } = makeDoc(
      '<title>Acme Trust Center</title><h1>Acme Trust Center</h1><p>Acme is SOC 2 Type II certified.</p>',
      'https://trust.acme.example/',
    );
    expect(detect(doc, 'https://trust.acme.example/', { gated: true })).toEqual(
      detect(doc, 'https://trust.acme.example/'),
    );
    await close();
  });
});
