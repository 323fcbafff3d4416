/**
 * The report as the extractors see it: every line with its page, the report's sections found by their
 * headings (never by their numbers: auditors order and number sections differently), and text runs
 * joined into sentences that know on which page they start.
 */
import { dateOrderOf, type DateOrder } from './dates';
import type { ReportPage } from './schema';
import { QUOTE_MAX } from './schema';

export interface DocLine {
  text: string;
  /** The page label to show. */
  page: string;
  pageIndex: number;
}

export type SectionKind = 'auditor' | 'assertion' | 'description' | 'controls' | 'other';

/** A slice of `ReportDoc.lines`: [start, end). */
export interface Range {
  start: number;
  end: number;
}

export interface ReportDoc {
  lines: DocLine[];
  sections: Partial<Record<SectionKind, Range>>;
  dateOrder: DateOrder;
}

export interface Sentence {
  text: string;
  page: string;
  /** Index in `ReportDoc.lines` of the line the sentence starts on. */
  line: number;
}

const SECTION_PREFIX =
  /^(?:(?:section|part|attachment|appendix|exhibit)\s+(?:[ivx]+|\d+|[a-e])\b\s*[:.\-–—|]?\s*|(?:[ivx]+|\d+)[.)]\s+)/i;
const SECTION_LABEL = /^(?:(?:section|part|attachment|appendix|exhibit)\s+\S+|[ivx]+\.?|\d+\.?)$/i;
const APOSTROPHE = `['’]`;

/** Headings of the report's parts, by the words auditors use for them. */
export const HEADINGS: Record<SectionKind, RegExp> = {
  auditor: new RegExp(
    `^(?:independent (?:service )?(?:auditor|accountant|practitioner)s?${APOSTROPHE}?s?${APOSTROPHE}? (?:examination |assurance |attestation )?report|report of (?:the )?independent (?:service )?(?:auditors?|accountants?|practitioners?|certified public accountants?))\\b`,
    'i',
  ),
  assertion: new RegExp(
    `(?:^|${APOSTROPHE}s )management(?:${APOSTROPHE}s)? assertion|^assertion (?:of|by) (?:the )?(?:management\\b|.{1,80} management$)|^management of .{1,80}${APOSTROPHE}s assertion`,
    'i',
  ),
  // Not the cover's report title "Report on Acme's Description of Its … System and on the Suitability …".
  description:
    /^(?!report on\b)(?:.*\bs |)description of (?:the |its )?(?:.{0,80} )?(?:system|services?|platform)\b(?!\s+auditor)|^system description\b|^description of the boundaries/i,
  // Not the auditor's report's own sub-heading "Description of Tests of Controls".
  controls:
    /^(?!description of tests of controls$).*(?:tests? of (?:operating )?(?:effectiveness|controls)|related controls,? and tests|testing matri(?:x|ces)|trust services criteria,? (?:and )?related controls|control objectives,? (?:and )?related controls|results of tests)/i,
  other: /^other information\b|management${APOSTROPHE}s responses?\b/i,
};

/** A table-of-contents entry: a title followed by dot leaders or a page number. */
const TOC_ENTRY = /(?:\.{4,}|…{2,}|\s\d{1,3}|\s[ivx]{1,5})\s*\|?$/i;
const TOC_TITLE = /^(?:table of )?contents$/i;
const MAX_HEADING = 140;
const MAX_JOINED_HEADING = 120;
/** A sentence-case heading ("Description of tests") is short and has no comma. */
const SHORT_HEADING = 60;
const TITLE_SHARE = 0.8;
/** The auditor's report and management's assertion are letters of a few pages. */
const MAX_LETTER_PAGES = 8;

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
  if (!t || t.length > MAX_HEADING || /[.;,]$/.test(t) || TOC_ENTRY.test(t)) return null;
  return t.replace(SECTION_PREFIX, '').trim();
}

function tocPages(lines: readonly DocLine[]): Set<number> {
  const pages = new Set<number>();
  for (const l of lines) if (TOC_TITLE.test(l.text.replace(/\s*\|\s*$/, '').trim())) pages.add(l.pageIndex);
  return pages;
}

/** Long enough to be running text rather than a heading, a TOC entry or a cover line. */
const isProse = (line: string) => line.length >= 60 && !/\|/.test(line);

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

/** What an auditor's examination sentence is about, in SOC reports. */
const EXAMINED_SUBJECT = /trust services criteria|control objectives|service organi[sz]ation|description of/i;

/**
 * The auditor's report under a heading worded in some way the HEADINGS do not know: its "We have
 * examined …" sentence about a SOC subject, from the addressee line just above it if there is one.
 */
function examinationStart(lines: readonly DocLine[], toc: ReadonlySet<number>): number {
  const at = lines.findIndex(
    (l, i) =>
      !toc.has(l.pageIndex) &&
      /^we have examined\b/i.test(l.text) &&
      EXAMINED_SUBJECT.test(
        lines
          .slice(i, i + 6)
          .map((n) => n.text)
          .join(' '),
      ),
  );
  if (at < 0) return -1;
  for (let i = at - 1; i >= Math.max(0, at - 4) && lines[i]!.pageIndex === lines[at]!.pageIndex; i--)
    if (/^to\b/i.test(lines[i]!.text)) return i;
  return at;
}

/** Where each part of the report starts: the first heading of its kind followed by running text. */
function findSections(lines: readonly DocLine[]): Partial<Record<SectionKind, Range>> {
  const toc = tocPages(lines);
  const starts: [SectionKind, number][] = [];
  for (const kind of Object.keys(HEADINGS) as SectionKind[]) {
    const at = lines.findIndex((l, i) => {
      if (toc.has(l.pageIndex)) return false;
      const h = headingAt(lines, i);
      return !!h && HEADINGS[kind].test(h) && lines.slice(i + 1, i + 30).some((n) => isProse(n.text));
    });
    if (at >= 0) starts.push([kind, at]);
  }
  if (!starts.some(([kind]) => kind === 'auditor')) {
    const at = examinationStart(lines, toc);
    if (at >= 0) starts.push(['auditor', at]);
  }
  starts.sort((a, b) => a[1] - b[1]);
  const sections: Partial<Record<SectionKind, Range>> = {};
  starts.forEach(([kind, start], i) => {
    let end = starts[i + 1]?.[1] ?? lines.length;
    // A missed heading must not stretch the auditor's report or the assertion over the whole report.
    if (kind === 'auditor' || kind === 'assertion') {
      const last = lines[start]!.pageIndex + MAX_LETTER_PAGES;
      const over = lines.findIndex((l, n) => n > start && l.pageIndex >= last);
      if (over >= 0) end = Math.min(end, over);
    }
    sections[kind] = { start, end };
  });
  return sections;
}

export function buildDoc(pages: readonly ReportPage[]): ReportDoc {
  const lines = pages.flatMap((p) =>
    p.lines.map((text) => ({ text, page: p.pageLabel, pageIndex: p.pageIndex })),
  );
  return {
    lines,
    sections: findSections(lines),
    dateOrder: dateOrderOf(lines.map((l) => l.text).join('\n')),
  };
}

/** The lines of a section, or an empty range when the report has no such heading. */
export function sectionRange(doc: ReportDoc, kind: SectionKind): Range {
  return doc.sections[kind] ?? { start: 0, end: 0 };
}

/** Abbreviations and list markers after which a period does not end a sentence. */
const NO_BREAK =
  /(?:\b(?:inc|corp|co|ltd|llc|llp|plc|pc|no|nos|vs|etc|e\.g|i\.e|u\.s|mr|ms|dr|st|sr|jr|approx|sec|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|p\.c|l\.l\.c|l\.l\.p|n\.a)|\b[a-z]|\b[ivx]{1,4}|(?:^|[\s(])\d{1,2})\.$/i;
const ENDS_SENTENCE = /[.!?]["”’)]?$/;
const STARTS_SENTENCE = /^["“(]?[A-Z]/;
const SPLIT = /(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z])/;

/** Whether a line is a heading on its own rather than the end of the sentence before it. */
const standsAlone = (line: string, before: string) =>
  !!headingText(line) && line.length < 80 && !/^[a-z(]/.test(line) && !/[a-z,]$/.test(before);

/** Joins lines into sentences. Table rows and headings are kept out: each is a "sentence" of its own. */
export function sentences(doc: ReportDoc, range: Range): Sentence[] {
  const out: Sentence[] = [];
  let text = '';
  let startLine = -1;
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t, page: doc.lines[startLine]!.page, line: startLine });
    text = '';
    startLine = -1;
  };
  const alone = (i: number) => {
    flush();
    out.push({ text: doc.lines[i]!.text, page: doc.lines[i]!.page, line: i });
  };
  for (let i = range.start; i < range.end; i++) {
    const line = doc.lines[i]!.text;
    if (isTableLine(line) || standsAlone(line, text.trim())) {
      alone(i);
      continue;
    }
    for (const part of line.split(SPLIT)) {
      const before = text.trim();
      if (before && ENDS_SENTENCE.test(before) && STARTS_SENTENCE.test(part) && !NO_BREAK.test(before))
        flush();
      if (startLine < 0) startLine = i;
      text += (text && !text.endsWith('-') ? ' ' : '') + part;
    }
  }
  flush();
  return out;
}

/** The first two pages with text (cover and contents), where the title, period and scope are printed. */
export function coverRange(doc: ReportDoc): Range {
  const firstPages = [...new Set(doc.lines.map((l) => l.pageIndex))].slice(0, 2);
  return { start: 0, end: doc.lines.findLastIndex((l) => firstPages.includes(l.pageIndex)) + 1 };
}

/**
 * Where a report states its own facts, most authoritative first: the auditor's report, management's
 * assertion, then the cover.
 */
export function statementPlaces(doc: ReportDoc): Sentence[][] {
  return [
    sentences(doc, sectionRange(doc, 'auditor')),
    sentences(doc, sectionRange(doc, 'assertion')),
    sentences(doc, coverRange(doc)),
  ];
}

/** Characters of context kept before the point a long quote is about. */
const QUOTE_LEAD = 160;

/**
 * A quote for the evidence: whitespace collapsed, at most QUOTE_MAX characters. A longer sentence is cut
 * around `focus` (the index of the words that matter in it), with "…" where text was left out.
 */
export function quote(text: string, focus = 0): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= QUOTE_MAX) return t;
  let start = Math.max(0, Math.min(focus - QUOTE_LEAD, t.length - QUOTE_MAX + 2));
  if (start > 0) start = t.indexOf(' ', start) + 1 || start;
  const head = start > 0 ? '…' : '';
  const room = QUOTE_MAX - head.length - 1;
  return `${head}${t.slice(start, start + room).trimEnd()}…`;
}

/** The cells of a table line; a line without separators is one cell. */
export const cells = (line: string): string[] => line.split(/\s*\|\s*/).map((c) => c.trim());

export const isTableLine = (line: string) => line.includes('|');
