import { describe, expect, it } from 'vitest';
import { countNames, namedStatus, pageVoice, squash } from './page-voice';

describe('the vendor’s voice', () => {
  it.each([
    ['en', 'We rotate our keys yearly.', 2],
    ['de', 'Wir speichern Ihre Daten in unseren Rechenzentren.', 2],
    ['fr', 'Nous stockons vos données sur nos serveurs.', 2],
    ['es', 'Ciframos los datos en nuestros servidores.', 2],
    ['pt', 'Utilizamos cópias diárias em nossos servidores.', 2],
    ['it', 'Abbiamo cifrato i nostri archivi.', 2],
    ['nl', 'Wij bewaren gegevens op onze servers.', 2],
    ['ja', '当社はデータを暗号化しています。', 1],
  ] as const)('%s', (lang, text, n) => {
    expect(pageVoice(text, [], lang).self).toBe(n);
  });

  it('does not read a French "nos" into Portuguese text', () => {
    expect(pageVoice('Os dados ficam nos servidores do fornecedor.', [], 'pt').self).toBe(0);
  });

  it('counts the vendor’s names however they are spaced or accented', () => {
    expect(squash('Korèn CRM')).toBe('korencrm');
    expect(countNames('Share Of Model runs tests. SHARE OF MODEL logs.', ['shareofmodel'])).toBe(2);
    expect(countNames('KorènCRM neemt maatregelen.', ['koren'])).toBe(1);
    expect(countNames('Adapts quickly.', ['apts'])).toBe(0);
  });

  it('counts kinds of security practice, not words', () => {
    const t =
      'Data is encrypted with AES-256, sent over TLS 1.3, backed up daily and tested by a yearly pentest.';
    expect(pageVoice(t, [], 'en').practices).toBe(4);
    expect(pageVoice('Les données sont chiffrées et les sauvegardes quotidiennes.', [], 'fr').practices).toBe(
      2,
    );
  });
});

describe('the page naming itself with a status', () => {
  it.each([
    ['Quillby is SOC 2 Type II compliant.', 1],
    ['Quillby has completed its SOC 2 Type I audit. Quillby hat ISO 27001.', 2],
    ['Quillby publishes guides about SOC 2.', 0],
    ['quillby is SOC 2 compliant.', 0],
  ])('%s → %i', (t, n) => {
    expect(namedStatus(t, 'Quillby')).toBe(n);
  });
});
