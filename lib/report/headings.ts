/**
 * Headings: which lines start a part of the report, and which part. Matched on the words auditors use,
 * never on section numbers; a heading wrapped over two lines is joined, and lines that only look like
 * headings (a TOC entry, a quoted title inside a sentence, the last words of a sentence) are not.
 */
import { cells, isTableLine } from './cells';
import type { DocLine, SectionKind } from './doc';
import { APOS } from './patterns';

const SECTION_PREFIX =
  /^(?:(?:section|part|attachment|appendix|exhibit)\s+(?:[ivx]+|\d+|[a-e])\b\s*[:.\-–—|]?\s*|(?:[ivx]+|\d+)[.)]\s+)/i;
const SECTION_LABEL = /^(?:(?:section|part|attachment|appendix|exhibit)\s+\S+|[ivx]+\.?|\d+\.?)$/i;

/** "Independent Service Auditor’s Report", "Independent Accountant's Report", "… Practitioner’s Assurance Report". */
const INDEPENDENT_REPORT = new RegExp(
  `^independent (?:service )?(?:auditor|accountant|practitioner)s?${APOS}?s?${APOS}? (?:examination |assurance |attestation )?report\\b`,
  'i',
);
/** "Report of Independent Accountants", "Report of the Independent Service Auditor". */
const REPORT_OF_INDEPENDENT =
  /^report of (?:the )?independent (?:service )?(?:auditors?|accountants?|practitioners?|certified public accountants?)\b/i;
/** "Management’s Assertion", "Acme, Inc.’s Management Assertion". */
const MANAGEMENT_ASSERTION = new RegExp(`(?:^|${APOS}s )management(?:${APOS}s)? assertion`, 'i');
/** "Assertion of Acme, Inc. Management", "Assertion by the Management of Acme". */
const ASSERTION_OF = /^assertion (?:of|by) (?:the )?(?:management\b|.{1,80} management$)/i;
/** "Management of Acme’s Assertion". */
const MANAGEMENT_OF_ASSERTION = new RegExp(`^management of .{1,80}${APOS}s assertion`, 'i');
/** "Acme’s Description of Its Agent Platform System"; not the cover's "Report on Acme’s Description of …". */
const DESCRIPTION_OF =
  /^(?!report on\b)(?:.*\bs |)description of (?:the |its )?(?:.{0,80} )?(?:system|services?|platform)\b(?!\s+auditor)/i;
const SYSTEM_DESCRIPTION = /^system description\b|^description of the boundaries/i;
/** Section IV titles; not the auditor's own sub-heading "Description of Tests of Controls". */
const TESTS_OF =
  /^(?!description of tests of controls$).*\btests? of (?:operating )?(?:effectiveness|controls)/i;
const CONTROLS_AND_TESTS =
  /related controls,? and tests|(?:trust services criteria|control objectives),? (?:and )?related controls|testing matri(?:x|ces)|results of tests/i;
const OTHER_INFORMATION = /^other information\b/i;
const MANAGEMENT_RESPONSES = new RegExp(`management${APOS}s responses?\\b`, 'i');

/** Headings of the report's parts, by the words auditors use for them. */
export const HEADINGS: Record<SectionKind, RegExp[]> = {
  auditor: [INDEPENDENT_REPORT, REPORT_OF_INDEPENDENT],
  assertion: [MANAGEMENT_ASSERTION, ASSERTION_OF, MANAGEMENT_OF_ASSERTION],
  description: [DESCRIPTION_OF, SYSTEM_DESCRIPTION],
  controls: [TESTS_OF, CONTROLS_AND_TESTS],
  other: [OTHER_INFORMATION, MANAGEMENT_RESPONSES],
};

export const isHeadingOf = (kind: SectionKind, heading: string) =>
  HEADINGS[kind].some((re) => re.test(heading));

/** A table-of-contents entry: a title followed by dot leaders or a page number. */
const TOC_ENTRY = /(?:\.{4,}|…{2,}|\s\d{1,3}|\s[ivx]{1,5})\s*\|?$/i;
const TOC_TITLE = /^(?:table of )?contents$/i;
const MAX_HEADING = 140;
const MAX_JOINED_HEADING = 120;
/** A sentence-case heading ("Description of tests") is short and has no comma. */
export const SHORT_HEADING = 60;
const TITLE_SHARE = 0.8;

/** Most longer words capitalised ("Trust Services Criteria and Related Controls"), or all capitals. */
function titleShaped(t: string): boolean {
  const words = t.split(' ').filter((w) => /^[A-Za-z][A-Za-z’'-]{3,}/.test(w));
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return t === t.toUpperCase() || capitalised >= TITLE_SHARE * words.length;
}

/** The line without a "Section III:" prefix and table separators, if it reads as a heading. */
export function headingText(line: string): string | null {
  let t = line;
  if (isTableLine(line)) {
    // "Section III | Description of …" can be drawn as two cells; any other table row is not a heading.
    const [label, title, ...rest] = cells(line);
    if (rest.length || !title || !SECTION_LABEL.test(label ?? '')) return null;
    t = `${label} ${title}`;
  }
  t = t.replace(/\s+/g, ' ').trim();
  if (!/^[A-Z0-9]/.test(t) || (!titleShaped(t) && (t.length > SHORT_HEADING || t.includes(',')))) return null;
  if (t.length > MAX_HEADING || /[.;,]$/.test(t) || TOC_ENTRY.test(t)) return null;
  return t.replace(SECTION_PREFIX, '').trim();
}

/** Pages that hold a table of contents: their entries name every part but start none. */
export function tocPages(lines: readonly DocLine[]): Set<number> {
  const pages = new Set<number>();
  for (const l of lines) if (TOC_TITLE.test(l.text.replace(/\s*\|\s*$/, '').trim())) pages.add(l.pageIndex);
  return pages;
}

/** A line that ends mid-phrase: a heading wrapped onto the next line, or a sentence going on. */
const WRAPS = /(?:,|&|\b(?:and|or|of|on|the|to|for|in|with|its|a|an|by|from))$/i;
const QUOTED = /^["“'‘]|["”'’]$/;

/**
 * The heading that starts on line `i`, joined with its second line when it wraps; null for a line that
 * continues the sentence above it, a quoted title inside a sentence, or a table of contents entry.
 */
export function headingAt(lines: readonly DocLine[], i: number): string | null {
  const line = lines[i]!;
  const prev = lines[i - 1];
  const afterBreak =
    !prev ||
    prev.pageIndex !== line.pageIndex ||
    isTableLine(prev.text) ||
    /[.:;!?)”"]$/.test(prev.text) ||
    (prev.text.length < SHORT_HEADING && !WRAPS.test(prev.text));
  if (!afterBreak) return null;
  const next = lines[i + 1];
  const wraps = WRAPS.test(line.text.trim()) && next?.pageIndex === line.pageIndex;
  const h = headingText(wraps ? `${line.text} ${next.text}` : line.text);
  return h && !QUOTED.test(h) && h.length <= MAX_JOINED_HEADING ? h : null;
}
