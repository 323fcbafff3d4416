/**
 * Long alternations written as named lists: one regular expression matching any of the parts, so each
 * wording an auditor may use has its own name (and its own test) instead of hiding in one long line.
 */
export function anyOf(parts: readonly (RegExp | string)[], flags = 'i'): RegExp {
  return new RegExp(parts.map((p) => `(?:${typeof p === 'string' ? p : p.source})`).join('|'), flags);
}

/** Whole words from a list, as a pattern source: `wordList(['inc', 'llc'])` → `\b(?:inc|llc)\b`. */
export const wordList = (words: readonly string[]) => `\\b(?:${words.join('|')})\\b`;

/** A straight or typographic apostrophe. */
export const APOS = `['’]`;
