import { describe, expect, it } from 'vitest';
import { contentGenre, titleGenre, urlGenre } from './page-genre';

describe('genre from the URL', () => {
  it.each([
    [['blog', 'we passed soc 2'], 'path-blog'],
    [['fr', 'article', 'acme obtient iso 27001'], 'path-article'],
    [['glossary', 'soc 2'], 'path-glossary'],
    [['karriere', 'security engineer'], 'path-karriere'],
    [['templates', 'dpa'], 'path-templates'],
    [['resources', 'what is a trust center'], 'slug-guide'],
    [['de', 'was ist iso 27001'], 'slug-guide'],
    [['frage', 'warum sind externe audits fuer vpns wichtig'], 'slug-guide'],
    [['fr', 'pourquoi est ce que le rgpd compte'], 'slug-guide'],
    [
      ['cybersecurite', '1545475 cybersecurite ces certifications iso meconnues qui rassurent les clients'],
      'slug-headline',
    ],
    [['legal', 'data processing agreement'], 'contract'],
  ])('%j → %s', (segs, genre) => {
    expect(urlGenre('www.example.org', segs)).toContain(genre);
  });

  it('reads a dated path as a post’s', () => {
    expect(urlGenre('example.com.br', ['2021', '06', '09', 'iso 27001 x soc2'])).toContain('path-dated');
    expect(urlGenre('www.acme.example', ['security', '2026'])).toEqual([]);
  });

  it('reads blog and job hosts, also as a label part', () => {
    expect(urlGenre('acme-blog.pages.dev', [])).toEqual(['host-acme-blog']);
    expect(urlGenre('jobs.acme.example', [])).toEqual(['host-jobs']);
  });

  it('keeps help-centre articles and resource sections', () => {
    expect(urlGenre('help.acme.example', ['hc', 'de', 'articles', '42 datensicherheit'])).toEqual([]);
    expect(urlGenre('docs.acme.example', ['resources', 'security'])).toEqual([]);
    expect(urlGenre('faq.acme.example', ['article', '212'])).toEqual([]);
    expect(urlGenre('kennisplein.acme.example', ['klanten', 's', 'article', 'informatieveiligheid'])).toEqual(
      [],
    );
    expect(urlGenre('www.acme.example', ['help', 'article', 'security'])).toEqual([]);
    expect(urlGenre('b2b.acme.example', ['knowledge base', 'acme security statement'])).toEqual([]);
    expect(
      urlGenre('support.acme.example', [
        'hc',
        'en us',
        'articles',
        '360012345 how acme protects your data at rest',
      ]),
    ).toEqual([]);
    expect(urlGenre('www.acme.example', ['security', '12345 soc 2'])).toEqual([]);
    expect(
      urlGenre('acme.zendesk.com', [
        'hc',
        'fr',
        'articles',
        '360040107491 tout savoir sur la securite des donnees',
      ]),
    ).toEqual([]);
  });

  it('still reads a help centre’s blog and guides', () => {
    expect(urlGenre('help.acme.example', ['blog', 'we passed soc 2'])).toContain('path-blog');
    expect(urlGenre('help.acme.example', ['article', 'what is soc 2'])).toContain('slug-guide');
  });
});

describe('genre from titles', () => {
  it.each([
    ['What is SOC 2? A primer', 'guide'],
    ['Was ist ISO 27001?', 'guide'],
    ["Qu'est-ce que le RGPD ?", 'guide'],
    ['¿Qué es la norma ISO 27001?', 'guide'],
    ['O que é SOC 2', 'guide'],
    ["Che cos'è la ISO 27001", 'guide'],
    ['Wat is een verwerkersovereenkomst', 'guide'],
    ['SOC 2とは', 'guide'],
    ['ISO 27001 vs SOC 2', 'guide'],
    ['Get SOC 2 compliant in 3 weeks', 'get-soc-2'],
    ['Data Processing Addendum', 'contract'],
  ])('%s → %s', (t, g) => {
    expect(titleGenre(t)).toBe(g);
  });

  it.each(['Comment nous hébergeons vos données', 'Security FAQ', 'Sicherheit und Compliance'])(
    'not a genre: %s',
    (t) => {
      expect(titleGenre(t)).toBeNull();
    },
  );
});

describe('genre from the text', () => {
  it('counts second person about the reader’s own compliance', () => {
    const t =
      'If you are selling to banks, your auditors will ask for evidence. You need a policy set. We help companies get audit-ready.';
    expect(contentGenre(t, [], 'en').reader).toBe(5);
    expect(contentGenre('Sie müssen Ihr Unternehmen vorbereiten.', [], 'de').reader).toBe(2);
  });

  it('counts a template’s fill-in fields, not bracketed names', () => {
    const t = 'SOC 2 Type [I/II]: [AVAILABLE/IN PROGRESS]. ISO 27001: [CERT/NOT CERTIFIED] • [ISO_CERT_LINK]';
    expect(contentGenre(t, [], 'en').templateFields).toBe(4);
    expect(contentGenre('See the [SOC 2] report [1] and [PDF].', [], 'en').templateFields).toBe(0);
  });

  it('counts imperative product steps', () => {
    const t = '1Open Settings > Portal.\nClick Save.\nSelect the documents to publish.';
    expect(contentGenre(t, [], 'en').uiSteps).toBe(4);
  });

  it('counts contract formulas, first person singular and framework definitions', () => {
    expect(contentGenre('WHEREAS the Parties agree; Name: ________', [], 'en').contract).toBe(3);
    expect(contentGenre("I've led twelve audits for clients.", [], 'en').singular).toBe(1);
    expect(contentGenre('HIPAA is a federal law that protects patients.', [], 'en').definitions).toBe(1);
    expect(contentGenre('Acme is HIPAA compliant.', ['What is HIPAA?'], 'en')).toMatchObject({
      definitions: 0,
      guideHeadings: 1,
    });
  });
});
