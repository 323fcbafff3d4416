/**
 * Who the report is about and who signed it. The service organisation is the one the auditor "examined"
 * (or management "prepared the description of"); the auditor is the firm in the signature block of the
 * independent auditor's report: a firm name just above the city and date lines. No signature block
 * with a name in it (firms often sign with an image) means no auditor, never a guess.
 */
import { cells } from './cells';
import { sectionRange, type Range, type ReportDoc } from './doc';
import { quote, sentences } from './sentences';
import { DATE, parseDate } from './dates';
import { LEGAL_SUFFIX, isName, readName } from './names';
import { APOS } from './patterns';
import type { Fact } from './schema';

/** "We have examined (the accompanying description of) (management of | the assertion of) …". */
const EXAMINED = new RegExp(
  [
    /\bwe have examined\s+(?:the\s+)?(?:accompanying\s+|attached\s+)?/,
    /(?:description\s+(?:of|titled)\s+)?/,
    /(?:(?:the\s+)?management\s+of\s+|(?:the\s+)?assertion\s+(?:of|by)\s+(?:the\s+)?(?:management\s+of\s+)?)?/,
  ]
    .map((p) => p.source)
    .join(''),
  'gi',
);
const PREPARED =
  /\bwe have prepared\s+(?:the\s+)?(?:accompanying\s+|attached\s+)?description\s+of\s+(?:the\s+)?/gi;
/** "… the Nimbus Agent Platform system of Nimbus Labs, Inc. (…)". */
const SYSTEM_OF = /\b(?:system|services|platform)\s+(?:of|provided by|operated by)\s+/gi;
/** Whom an auditor's report is addressed to, before "of Acme, Inc.". */
const ADDRESSEE_ROLE =
  /(?:management|board\s+of\s+directors|directors|audit\s+committee|those\s+charged\s+with\s+governance|shareholders|members)/;
/** "To the Management of Acme, Inc.:", "To: The Board of Directors and Shareholders of Acme", "To: Acme, Inc.". */
const ADDRESSEE = new RegExp(
  `^to:?\\s+(?:the\\s+)?(?:${ADDRESSEE_ROLE.source}(?:\\s+and\\s+[a-z ]+?)?\\s+of\\s+(?:the\\s+)?)?`,
  'i',
);
const ASSERTION_TITLE = [
  new RegExp(`^(.+?)${APOS}s\\s+management${APOS}?s?\\s+assertion\\b`, 'i'),
  /^assertion\s+(?:of|by)\s+(?:the\s+)?(?:management\s+of\s+)?(.+?)(?:\s+management)?$/i,
  new RegExp(`^management\\s+of\\s+(.+?)${APOS}s\\s+assertion\\b`, 'i'),
];

/** A name read right after `anchor`, kept when the sentence goes on as a name does (’s, "(", ","). */
function afterAnchor(text: string, anchor: RegExp, needsPossessive: boolean): string | null {
  for (const m of text.matchAll(anchor)) {
    const at = m.index + m[0].length;
    const name = readName(text, at);
    if (!name) continue;
    const next = text.slice(at + name.length, at + name.length + 3);
    if (new RegExp(`^${APOS}s\\b`).test(next) || (!needsPossessive && /^\s*[(,]/.test(next))) return name;
  }
  return null;
}

interface Candidate {
  name: string;
  quote: string;
  page: string;
}

function fromSentences(doc: ReportDoc, range: Range): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences(doc, range)) {
    const names = [
      afterAnchor(s.text, EXAMINED, false),
      afterAnchor(s.text, PREPARED, true),
      /we have (?:examined|prepared)/i.test(s.text) ? afterAnchor(s.text, SYSTEM_OF, false) : null,
      ADDRESSEE.test(s.text) ? readName(s.text, s.text.match(ADDRESSEE)![0].length) : null,
    ];
    for (const name of names)
      if (name) out.push({ name, quote: quote(s.text, s.text.indexOf(name)), page: s.page });
  }
  return out;
}

function fromAssertionTitle(doc: ReportDoc): Candidate[] {
  const { start, end } = sectionRange(doc, 'assertion');
  const line = doc.lines[start];
  if (start >= end || !line) return [];
  for (const re of ASSERTION_TITLE) {
    const m = re.exec(line.text.replace(/\s*\|\s*/g, ' ').trim());
    const name = m && readName(m[1]!, 0);
    if (name && name === m[1]!.trim()) return [{ name, quote: quote(line.text), page: line.page }];
  }
  return [];
}

/** The service organisation: from the auditor's report first, then management's assertion. */
export function extractServiceOrganization(doc: ReportDoc): Fact<string> | null {
  const candidates = [
    ...fromSentences(doc, sectionRange(doc, 'auditor')),
    ...fromSentences(doc, sectionRange(doc, 'assertion')),
    ...fromAssertionTitle(doc),
  ];
  const first = candidates[0];
  if (!first) return null;
  // "We have examined Nimbus's description…" after "To the Management of Nimbus Labs, Inc.": the full name.
  const full = candidates.find(
    (c) => c.name.startsWith(`${first.name} `) || c.name.startsWith(`${first.name},`),
  );
  const best = full ?? first;
  return { value: best.name, quote: best.quote, page: best.page };
}

/** "Denver, Colorado", "San Jose, CA", "London, United Kingdom". */
const CITY = /^[A-Z][A-Za-z.' -]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:,\s*[A-Z][A-Za-z ]+)?$/;
const CITY_PREFIX = /^[A-Z][A-Za-z.' -]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[,;–—-]?\s*/;
const DATE_ONLY = new RegExp(`^(?:(?:date|dated|report date)\\s*:?\\s*)?(${DATE})\\.?$`, 'i');
/** Words firms put in their names when they have no legal suffix. */
const FIRM_WORD =
  /\b(?:CPAs?|Certified Public Accountants|Chartered Accountants|Accountants|Assurance|Advisors|Advisory|Audit|Auditors|Attest|Partners)\b/i;
const SIGNATURE_SEARCH = 8;
/** A line that names a profession, not a firm ("Chartered Accountants" under the firm's name). */
const PROFESSION_ONLY =
  /^(?:certified public accountants?|chartered accountants?|accountants?|registered auditors?|cpas?|auditors?)$/i;

/** A cell that is only a date, perhaps after "Date:"; or null. */
function dateCell(text: string, doc: ReportDoc): string | null {
  const m = DATE_ONLY.exec(text.trim());
  return m ? parseDate(m[1]!, doc.dateOrder) : null;
}

function firmName(text: string, other: string | null): string | null {
  const t = text.replace(/^\/s\/\s*/i, '').trim();
  if (CITY.test(t) && !LEGAL_SUFFIX.test(t)) return null;
  const name = readName(t, 0);
  if (!name || name !== t || name === other || !isName(name) || PROFESSION_ONLY.test(name)) return null;
  return LEGAL_SUFFIX.test(name) || FIRM_WORD.test(name) ? name : null;
}

export interface Signature {
  auditor: Fact<string> | null;
  reportDate: Fact<string> | null;
}

/**
 * The signature block at the end of the auditor's report: the last line there that is only a date
 * (perhaps beside the city), and the firm name in the lines just above it.
 */
export function extractSignature(doc: ReportDoc, serviceOrganization: string | null): Signature {
  const { start, end } = sectionRange(doc, 'auditor');
  let dateAt = -1;
  let reportDate: Fact<string> | null = null;
  for (let i = end - 1; i >= start && dateAt < 0; i--) {
    const line = doc.lines[i]!;
    for (const cell of cells(line.text)) {
      const iso =
        dateCell(cell, doc) ?? (CITY.test(cell) ? null : dateCell(cell.replace(CITY_PREFIX, ''), doc));
      if (iso) {
        dateAt = i;
        reportDate = { value: iso, quote: quote(line.text), page: line.page };
        break;
      }
    }
  }
  const from = dateAt >= 0 ? dateAt : end - 1;
  const to = Math.max(start, from - SIGNATURE_SEARCH);
  const found: Fact<string>[] = [];
  for (let i = from; i >= to; i--) {
    const line = doc.lines[i]!;
    for (const cell of cells(line.text)) {
      const name = firmName(cell, serviceOrganization);
      if (name) found.push({ value: name, quote: quote(line.text), page: line.page });
    }
  }
  // "Holloway Reed LLP" above "Chartered Accountants": the legal name wins over a descriptive line.
  return { auditor: found.find((f) => LEGAL_SUFFIX.test(f.value)) ?? found[0] ?? null, reportDate };
}
