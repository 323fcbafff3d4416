/**
 * Organisation names as reports write them: capitalised words with their legal suffix ("Nimbus Labs,
 * Inc.", "Ridgeway & Lowe LLP", "Tern.ai, Inc."), read from a given position in a sentence. A name ends
 * at the first lowercase word, so "Stratus Cloud, Inc. to provide hosting" gives "Stratus Cloud, Inc.".
 */

/** Legal-form suffixes; a name that ends with one is an organisation for sure. */
const SUFFIXES = [
  ...['Inc\\.?', 'Incorporated', 'Corp\\.?', 'Corporation', 'Co\\.', 'Company', 'PBC'],
  ...['L\\.?L\\.?C\\.?', 'L\\.?L\\.?P\\.?', 'PLLC', 'L\\.?P\\.?', 'P\\.?C\\.?', 'CPAs?'],
  ...['Ltd\\.?', 'Limited', 'plc', 'PLC', 'Pty\\.?(?: Ltd\\.?)?'],
  ...['GmbH', 'AG', 'S\\.A\\.?', 'SAS', 'B\\.V\\.?', 'N\\.V\\.?'],
];
export const LEGAL_SUFFIX = new RegExp(`(?:${SUFFIXES.join('|')})$`);

const WORD = `[A-Z0-9][A-Za-z0-9&.\\-]*`;
/** Short words that can sit inside a name: "Bank of America", "Ridgeway & Lowe". */
const JOINER = `(?:&|of|de|du|von|und)`;
const SUFFIX_WORD = LEGAL_SUFFIX.source.slice(0, -1);
const NAME = new RegExp(
  `${WORD}(?:(?:\\s+|\\s*,\\s*(?=${SUFFIX_WORD}(?![A-Za-z])))(?:${WORD}|${JOINER}(?=\\s+[A-Z0-9])))*`,
  'y',
);

/** Words that start a sentence or name a role, never an organisation on their own. */
const SENTENCE_WORDS = [
  'the',
  'this',
  'these',
  'those',
  'that',
  'our',
  'we',
  'its',
  'their',
  'in',
  'for',
  'none',
  'all',
  'each',
  'such',
  'other',
  'see',
  'and',
  'or',
  'a',
  'an',
];
const REPORT_WORDS = [
  ...[
    'management',
    'company',
    'service',
    'organization',
    'organisation',
    'system',
    'section',
    'user',
    'users',
  ],
  ...['entity', 'entities', 'controls?', 'description', 'report', 'subservice', 'complementary', 'trust'],
  ...['criteria', 'aicpa', 'soc', 'tsp', 'directors', 'board', 'shareholders', 'members'],
];
const NOT_A_NAME = new RegExp(`^(?:${[...SENTENCE_WORDS, ...REPORT_WORDS].join('|')})$`, 'i');

/** The name starting exactly at `index`, or null. */
export function readName(text: string, index: number): string | null {
  NAME.lastIndex = index;
  const m = NAME.exec(text);
  if (!m) return null;
  let name = m[0].replace(/\s*,\s*$/, '');
  // "… Services, Inc. Stratus provides …": a period and a capital start the next sentence.
  const stop = /\.\s+(?=[A-Z])/.exec(name);
  if (stop) name = name.slice(0, stop.index + 1);
  // "To: Helio Dynamics GmbH Management": the role is not part of the name.
  name = name.replace(/\s+(?:Management|Board of Directors|Audit Committee)$/, '');
  // A period closing the sentence is not part of the name, unless it ends an abbreviation ("Inc.").
  if (name.endsWith('.') && !LEGAL_SUFFIX.test(name) && !/\b[A-Z]\.$/.test(name)) name = name.slice(0, -1);
  return isName(name) ? name : null;
}

export function isName(name: string): boolean {
  if (name.length < 2 || name.length > 120) return false;
  const words = name.split(/\s+/);
  return !NOT_A_NAME.test(words[0]!) && words.length <= 10;
}

/** The abbreviation a name is given right after it: `Stratus Cloud, Inc. ("Stratus")` → "Stratus". */
export function definedAs(text: string, index: number): string | null {
  const m =
    /^\s*\((?:the\s+)?["“”']?([A-Z][A-Za-z0-9&.\- ]{0,40}?)["“”']?(?:\s+or\s+["“”']?the [^)]*)?\)/.exec(
      text.slice(index, index + 80),
    );
  return m ? m[1]!.trim() : null;
}

/** Names compared loosely: case, punctuation and legal suffixes ignored. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[.,'’]/g, '')
      .replace(
        /\b(?:inc|incorporated|llc|llp|ltd|limited|corp|corporation|co|company|pbc|gmbh|ag|plc)\b/g,
        '',
      )
      .replace(/\s+/g, ' ')
      .trim();
  return key(a) === key(b);
}
