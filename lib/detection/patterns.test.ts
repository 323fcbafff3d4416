import { describe, expect, it } from 'vitest';
import { countMatches, joinVocab, langRe, matches, vocabRe } from './patterns';

describe('multilingual word patterns', () => {
  it('bounds accented words (JavaScript \\b would not)', () => {
    const re = vocabRe({ fr: 'certifiée?' });
    expect(matches(re, 'La plateforme est certifiée ISO 27001.')).toBe(true);
    expect(matches(re, 'certifiéeZ')).toBe(false);
  });

  it('matches Japanese parts without word edges', () => {
    expect(matches(vocabRe({ ja: '認証取得' }), '当社はISO27001認証取得済みです')).toBe(true);
  });

  it('reads a page in its own language plus English only', () => {
    const v = { en: 'our', fr: 'nos', pt: 'noss[oa]s?' };
    expect(joinVocab(v, 'pt')).not.toContain('nos|');
    expect(matches(langRe(v, 'pt'), 'os dados ficam nos servidores')).toBe(false);
    expect(matches(langRe(v, 'fr'), 'nos serveurs sont en France')).toBe(true);
    expect(matches(langRe(v, 'pt'), 'our servers')).toBe(true);
  });

  it('counts with a bound and leaves shared regexes reusable', () => {
    const re = vocabRe('aes');
    expect(countMatches(re, 'aes aes aes', 2)).toBe(2);
    expect(re.lastIndex).toBe(0);
  });
});
