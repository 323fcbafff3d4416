/**
 * Running text as sentences: lines joined, split where a sentence ends (not after "Inc.", "Jan." or a
 * list letter), each sentence knowing the page it starts on. Table rows and headings stay sentences of
 * their own. Also the quotes that back a fact: a sentence, cut around the words that matter.
 */
import { isTableLine } from './cells';
import type { Range, ReportDoc } from './doc';
import { headingText } from './headings';
import { wordList } from './patterns';
import { QUOTE_MAX } from './schema';

export interface Sentence {
  text: string;
  page: string;
  /** Index in `ReportDoc.lines` of the line the sentence starts on. */
  line: number;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = [
  ...['inc', 'corp', 'co', 'ltd', 'llc', 'llp', 'plc', 'pc', 'p\\.c', 'l\\.l\\.c', 'l\\.l\\.p', 'n\\.a'],
  ...[
    'no',
    'nos',
    'vs',
    'etc',
    'e\\.g',
    'i\\.e',
    'u\\.s',
    'mr',
    'ms',
    'dr',
    'st',
    'sr',
    'jr',
    'approx',
    'sec',
  ],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
];
/** List markers: "a.", "iv.", "12.". */
const LIST_MARKER = `\\b[a-z]|\\b[ivx]{1,4}|(?:^|[\\s(])\\d{1,2}`;
const NO_BREAK = new RegExp(`(?:${wordList(ABBREVIATIONS)}|${LIST_MARKER})\\.$`, 'i');
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
  for (let i = range.start; i < range.end; i++) {
    const line = doc.lines[i]!.text;
    if (isTableLine(line) || standsAlone(line, text.trim())) {
      flush();
      out.push({ text: line, page: doc.lines[i]!.page, line: i });
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
