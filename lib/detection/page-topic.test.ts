import { describe, expect, it } from 'vitest';
import { segmentTopic, segmentWords, textTopic } from './page-topic';

describe('topic of titles and headings', () => {
  it.each([
    ['en', 'Security at Northwind'],
    ['en', 'Northwind Trust Center'],
    ['en', 'Sub-processors'],
    ['de', 'Datensicherheit bei Northwind'],
    ['de', 'Technische und organisatorische Maßnahmen'],
    ['de', 'Einhaltung von Vorschriften'],
    ['fr', 'Sécurité des données'],
    ['es', 'Seguridad y cumplimiento'],
    ['pt', 'Segurança da plataforma'],
    ['it', 'Sicurezza delle informazioni'],
    ['nl', 'Veiligheid van uw gegevens'],
    ['ja', 'セキュリティへの取り組み'],
    ['nl', 'Technische en organisatorische maatregelen'],
    ['it', 'Misure tecniche e organizzative'],
    ['en', 'Responsible AI at Northwind'],
    ['fr', 'Gouvernance de l’IA'],
  ])('strong (%s): %s', (_lang, t) => {
    expect(textTopic(t)).toBe(2);
  });

  it.each([
    'HIPAA',
    'Proteção de Dados Pessoais',
    'Datenschutz',
    'ISO 42001 Zertifizierung',
    'soc 2 readiness',
  ])('weak: %s', (t) => {
    expect(textTopic(t)).toBe(1);
  });

  it('no topic', () => {
    expect(textTopic('Pricing plans for teams')).toBe(0);
  });
});

describe('topic of URL segments', () => {
  it('decodes, drops accents and extensions, splits slugs', () => {
    expect(segmentWords('S%C3%A9curit%C3%A9-des-donn%C3%A9es.html')).toBe('securite des donnees');
    expect(segmentWords('security_whitepaper')).toBe('security whitepaper');
    expect(segmentWords('%E0%A4%A')).toBe('%e0%a4%a');
  });

  it.each([
    ['datenschutz sicherheit', 2],
    ['securitypolicy', 2],
    ['sub processors', 2],
    ['trustcenter', 2],
    ['isms', 2],
    ['isms policy', 2],
    ['prisms', 0],
    ['soc2 readiness', 1],
    ['iso', 1],
    ['pricing', 0],
  ] as const)('%s → %d', (words, t) => {
    expect(segmentTopic(words)).toBe(t);
  });
});
