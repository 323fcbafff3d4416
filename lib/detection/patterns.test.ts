import { describe, expect, it } from 'vitest';
import { countMatches, joinVocab, langRe, latin, matches, vocabRe } from './patterns';

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

/** The previous, character-by-character latin(): the reference the one-pass version must equal. */
function latinReference(src: string): string {
  const LETTERS = 'A-Za-z\\u00c0-\\u024f';
  const CLASS_FOR: Record<string, string> = {
    L: LETTERS,
    'Script=Latin': LETTERS,
    Lu: 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de',
    N: '0-9',
    M: '\\u0300-\\u036f',
  };
  const WORD_CHAR = `[${LETTERS}0-9_]`;
  const WORD_EDGE = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const prop = /^\\p\{([^}]+)\}/.exec(src.slice(i));
      const cls = prop ? CLASS_FOR[prop[1]!] : undefined;
      if (prop && cls) {
        out += inClass ? cls : `[${cls}]`;
        i += prop[0].length - 1;
      } else if (src[i + 1] === 'b' && !inClass) {
        const next = src[i + 2] ?? '';
        const prev = out[out.length - 1] ?? '';
        out += /[A-Za-z0-9(]/.test(next)
          ? `(?<!${WORD_CHAR})`
          : /[A-Za-z0-9)?*+]/.test(prev)
            ? `(?!${WORD_CHAR})`
            : WORD_EDGE;
        i++;
      } else {
        out += src.slice(i, i + 2);
        i++;
      }
    } else {
      if (c === '[' && !inClass) inClass = true;
      else if (c === ']' && inClass) inClass = false;
      out += c;
    }
  }
  return out;
}

describe('latin(): property classes and word edges as Latin ranges', () => {
  it('rewrites exactly as the character-by-character version did, on 5,000 random valid sources', () => {
    const parts = [
      '\\p{L}',
      '\\p{Lu}',
      '\\p{N}',
      '\\p{M}',
      '\\p{Script=Latin}',
      '\\p{Han}',
      '\\b',
      '\\\\',
      '\\d',
      '\\s',
      '\\]',
      '[',
      ']',
      '(',
      ')',
      '?',
      '*',
      '+',
      'a',
      'Z',
      '9',
      'é',
      ' ',
      '|',
      '\\',
      '{',
      '}',
      '-',
    ];
    // mulberry32: a small seeded generator whose low bits are not periodic (an LCG's are).
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const valid = (src: string) => {
      try {
        return new RegExp(src, 'u') instanceof RegExp;
      } catch {
        return false;
      }
    };
    let checked = 0;
    let propsInClass = 0;
    let edges = 0;
    for (let k = 0; checked < 5000 && k < 500_000; k++) {
      // Random parts, with now and then a character class of random parts (classes are rare at random).
      const piece = () => parts[rand(parts.length)];
      const src = Array.from({ length: rand(14) }, () =>
        rand(4) === 0 ? `[${Array.from({ length: 1 + rand(4) }, piece).join('')}]` : piece(),
      ).join('');
      // Sources are regexes the engine accepts with the u flag (\p{…} needs it): those are compared.
      if (!valid(src)) continue;
      checked += 1;
      if (/\[[^\]]*\\p\{/.test(src)) propsInClass += 1;
      if (/\\b/.test(src)) edges += 1;
      expect(latin(src), src).toBe(latinReference(src));
    }
    expect(checked).toBe(5000);
    // The valid ones still exercise what latin() rewrites.
    expect(propsInClass).toBeGreaterThan(100);
    expect(edges).toBeGreaterThan(500);
  });

  it('keeps real patterns meaning the same', () => {
    const re = new RegExp(latin('\\b(?:certifi\\p{L}*)\\b'), 'i');
    expect(re.test('wir sind certifiés')).toBe(true);
    expect(re.test('uncertified')).toBe(false);
  });
});
