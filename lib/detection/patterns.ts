/**
 * Building blocks for the multilingual word patterns. A vocabulary is written as one short part per
 * language (`Record<Lang, string>`), each part testable on its own, and joined here into one regex so
 * a text is still scanned once. JavaScript's `\b` only knows ASCII letters ("certifié\b" never
 * matches before a space), so word edges are Unicode-aware lookarounds instead.
 */

/** The languages the engine reads. Japanese writes no spaces: its parts match without word edges. */
export const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** One pattern source per language; a language may have none. */
export type Vocab = Partial<Record<Lang, string>>;

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

/** Latin letters (both cases: cheap with and without the i flag), the only letters word edges need. */
const LETTERS = 'A-Za-z\\u00c0-\\u024f';
const CLASS_FOR: Record<string, string> = {
  L: LETTERS,
  'Script=Latin': LETTERS,
  Lu: 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de',
  Ll: 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff',
  N: '0-9',
  M: '\\u0300-\\u036f',
};
const WORD_CHAR = `[${LETTERS}0-9_]`;
const WORD_EDGE = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

/**
 * A regex source with Unicode property classes and \b rewritten as small Latin ranges. Compiling
 * \p{L} or \b under the iu flags costs V8 a case-folded class of every letter: about 2.5 ms per
 * regex on a page's first run, which dozens of regexes multiply. The eight languages read here all
 * write Latin letters (Japanese parts carry no word edges), so small ranges say the same thing.
 */
export function latin(src: string): string {
  // One native replace pass whose callback runs only at what it rewrites: the detector runs this
  // cold, in the interpreter, on every page it is injected into, where each callback costs about a
  // microsecond. A character loop cost about 4 ms of a 2 MB page's budget, a callback per escape 3 ms.
  let lastChar = '';
  return src.replace(
    TOKEN,
    (tok: string, prop: string | undefined, inner: string | undefined, at: number) => {
      let out = tok;
      if (prop !== undefined) {
        const cls = CLASS_FOR[prop];
        if (cls) out = `[${cls}]`;
      } else if (inner !== undefined) {
        // A character class holding property classes: their ranges go inside it, without brackets.
        out = `[${inner.replace(PROP, (p: string, name?: string) => (name && CLASS_FOR[name]) || p)}]`;
      } else if (tok === '\\b') {
        // A word edge before a word (or a group) only needs "no letter before", one after a word
        // only "no letter after": a lookbehind alone is much cheaper than the full two-sided edge.
        const next = src[at + 2] ?? '';
        out = /[A-Za-z0-9(]/.test(next)
          ? `(?<!${WORD_CHAR})`
          : /[A-Za-z0-9)?*+]/.test(lastChar)
            ? `(?!${WORD_CHAR})`
            : WORD_EDGE;
      }
      lastChar = out[out.length - 1] ?? '';
      return out;
    },
  );
}

/** A property class, or any other escape (skipped whole, so an escaped backslash is not read as one). */
const PROP = /\\p\{([^}]+)\}|\\[\s\S]/g;
/**
 * What latin() meets, in order: a run it leaves alone (plain characters, escapes other than \p and
 * \b, character classes without a property class: one callback for the lot), a property class, a
 * word edge, or a character class holding a property class. Sources are valid `u`-flag regexes, so
 * classes are closed.
 */
const TOKEN = /(?:\\[^pb]|[^\\[]|\[(?:\\[^p]|[^\]\\])*\])+|\\p\{([^}]+)\}|\\b|\[((?:\\[\s\S]|[^\]\\])*)\]/g;

/**
 * A regex from a source with \p{…} classes and \b, compiled with Latin ranges (see latin()) and
 * without the u flag: once the classes are ranges it adds nothing, and case-insensitive Unicode mode
 * makes V8 compile every literal two to three times slower.
 */
export const rx = (src: string, flags: string): RegExp => new RegExp(latin(src), flags.replace('u', ''));

/** Combining marks, as NFD leaves them after a letter. Compiled once: it runs per name and segment. */
export const MARKS = rx(String.raw`\p{M}+`, 'gu');

/** `s` as a pattern that matches it literally (a name the page gives, inside a larger pattern). */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sources of a vocabulary joined into one alternation; Japanese parts are left without edges.
 * With `lang`, only that language and English (which pages in every language borrow: "SOC 2",
 * "compliance", "Trust Center") are joined: words are false friends across languages (French "nos"
 * is "our", Portuguese "nos" is "in the").
 */
export function joinVocab(v: Vocab, lang?: Lang): string {
  const spaced = Object.entries(v)
    .filter(([l, src]) => l !== 'ja' && src && (!lang || l === 'en' || l === lang))
    .map(([, src]) => src);
  const parts = spaced.length ? [`${EDGE_BEFORE}(?:${spaced.join('|')})${EDGE_AFTER}`] : [];
  if (v.ja && (!lang || lang === 'ja')) parts.push(`(?:${v.ja})`);
  return parts.join('|');
}

/**
 * A case-insensitive, Unicode regex for a vocabulary (or a single source, given edges). `g` for
 * scanning: callers reset lastIndex or use matchAll.
 */
export function vocabRe(v: Vocab | string, flags = 'giu'): RegExp {
  const src = typeof v === 'string' ? `${EDGE_BEFORE}(?:${v})${EDGE_AFTER}` : joinVocab(v);
  return rx(src, flags);
}

const byLang = new WeakMap<Vocab, Map<string, RegExp>>();

/** A vocabulary's regex for one page language (plus English), compiled once per language. */
export function langRe(v: Vocab, lang: Lang): RegExp {
  let m = byLang.get(v);
  if (!m) byLang.set(v, (m = new Map()));
  let re = m.get(lang);
  if (!re) m.set(lang, (re = rx(joinVocab(v, lang) || '(?!)', 'giu')));
  return re;
}

/** How many times a global regex matches a text (bounded: a huge text stops counting at `max`). */
export function countMatches(re: RegExp, t: string, max = 50): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(t); m && n < max; m = re.exec(t)) {
    n++;
    if (!m[0]) re.lastIndex++;
  }
  re.lastIndex = 0;
  return n;
}

/** Does a (possibly global) regex match? Resets lastIndex so shared global regexes stay usable. */
export function matches(re: RegExp, t: string): boolean {
  re.lastIndex = 0;
  const r = re.test(t);
  re.lastIndex = 0;
  return r;
}

/**
 * Keywords matched case-insensitively inside a case-sensitive regex (names must stay capitalised):
 * each plain letter becomes a two-case class; escapes and character classes are left as written.
 */
export function ci(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const prop = /^\\[pP]\{[^}]*\}/.exec(src.slice(i));
      const esc = prop ? prop[0] : src.slice(i, i + 2);
      out += esc;
      i += esc.length - 1;
    } else if (c === '[') {
      const end = src.indexOf(']', i + 1);
      out += src.slice(i, end + 1);
      i = end;
    } else out += /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c;
  }
  return out;
}

/* Test pages: patterns.test.ts (word edges on accented words, Japanese parts). */
