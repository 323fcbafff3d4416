/**
 * Subservice organisations (the vendor's own providers: cloud hosting, an LLM API, a vector database) and
 * how the report treats each: "carve-out" (their controls are excluded and only monitored) or "inclusive"
 * (their controls are examined too). Names come only from sentences about subservice organisations, from
 * the paragraphs under a "Subservice Organizations" heading, and from a table headed so; the method from
 * the wording next to the name ("excludes the controls of Stratus", "Quanta … inclusive method"), or, when
 * the report states one method for "the subservice organizations" and never names it per organisation,
 * from that statement. A name with no method stated keeps method null.
 */
import { cells } from './cells';
import { sectionRange, type ReportDoc } from './doc';
import { headingText } from './headings';
import { quote, sentences, type Sentence } from './sentences';
import { LEGAL_SUFFIX, definedAs, readName, sameName } from './names';
import { anyOf } from './patterns';
import type { SubserviceMethod, SubserviceOrg } from './schema';

const SUBSERVICE = /\bsub-?service (?:organi[sz]ations?|providers?)\b/i;
/** Verbs that introduce the providers a service organisation "uses". */
const USE_VERB =
  /\b(?:uses?|utili[sz]es?|relies\s+(?:up)?on|engages?|leverages?|outsources?\s+[^.]{0,60}?\s+to)\s+/;
/** What may stand between the verb and the first name: "the services of several subservice organizations, including". */
const USE_FILLER = [
  /(?:the\s+services\s+of\s+)?/,
  /(?:(?:a|the|various|several|two|three|four|five)\s+)?/,
  /(?:sub-?service\s+(?:organi[sz]ations?|providers?),?\s*)?/,
  /(?:including\s+|such\s+as\s+|namely\s+)?/,
];
const USES = new RegExp([USE_VERB, ...USE_FILLER].map((p) => p.source).join(''), 'gi');
const APPOSITION =
  /\bsub-?service (?:organi[sz]ations?|providers?)\s*(?:,|:|\(|such as|including|namely)\s*/gi;
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)/;
const CARVE_OUT = anyOf(
  [
    /\bcarve[- ]?out\b|\bcarved[- ]out\b/,
    /\bexclud(?:es|ed|ing|e)\b|\bnot included\b/,
    /\b(?:did|does) not (?:include|extend to)\b/,
  ],
  'gi',
);
/** "includes the (relevant) services and controls of X": the subservice organisation's controls are in scope. */
const INCLUDES_CONTROLS_OF =
  /\binclud(?:es|ed|e|ing)\s+(?:the\s+)?(?:relevant\s+|applicable\s+)?(?:services|controls|control objectives|criteria)\s+(?:and\s+(?:the\s+)?(?:relevant\s+)?controls\s+)?(?:of|at|performed by)\b/;
const INCLUSIVE = anyOf([/\binclusive\b/, INCLUDES_CONTROLS_OF], 'gi');
/** Capitalised words that are report vocabulary, not organisations. */
const VOCABULARY =
  /^(?:CUECs?|CSOCs?|SOC|TSP|SSAE|ISAE|AT-C|AICPA|Type|Section|Trust|Complementary|Description|Appendix|Attachment|Assertion|Report|Management)\b/;

/** Sentences after a mention of subservice organisations that still belong to its paragraph. */
const NEARBY = 2;

interface Org {
  name: string;
  short: string | null;
  quote: string;
  page: string;
  method: SubserviceMethod | null;
  /** The method was stated with the word "method" or a carve-out/inclusive term, not only "excludes". */
  explicit: boolean;
}

/** Names listed from `index` on: "Stratus Cloud, Inc. ("Stratus"), Lumen AI, LLC and Quanta Data". */
function listAt(text: string, index: number): { name: string; short: string | null }[] {
  const out: { name: string; short: string | null }[] = [];
  let at = index;
  for (;;) {
    const name = readName(text, at);
    if (!name) break;
    at += name.length;
    const short = definedAs(text, at);
    if (short) at = text.indexOf(')', at) + 1;
    out.push({ name, short });
    const join = LIST_JOIN.exec(text.slice(at));
    if (!join) break;
    at += join[0].length;
  }
  return out;
}

/** Organisations a subservice sentence names. */
function namesIn(text: string): { name: string; short: string | null }[] {
  const out: { name: string; short: string | null }[] = [];
  for (const re of [USES, APPOSITION])
    for (const m of text.matchAll(re)) out.push(...listAt(text, m.index + m[0].length));
  // Names that carry a legal suffix or get an abbreviation are organisations wherever they stand.
  const word = /(?<![A-Za-z0-9&.-])[A-Z][A-Za-z0-9&.-]*/g;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const name = readName(text, m.index);
    if (!name) continue;
    const short = definedAs(text, m.index + name.length);
    if (!LEGAL_SUFFIX.test(name) && !short) continue;
    out.push({ name, short });
    word.lastIndex = m.index + name.length;
  }
  return out;
}

function methodCue(text: string, at: number): { method: SubserviceMethod; explicit: boolean } | null {
  const cues: { index: number; method: SubserviceMethod; word: string }[] = [
    ...[...text.matchAll(CARVE_OUT)].map((m) => ({
      index: m.index,
      method: 'carve-out' as const,
      word: m[0],
    })),
    ...[...text.matchAll(INCLUSIVE)].map((m) => ({
      index: m.index,
      method: 'inclusive' as const,
      word: m[0],
    })),
  ];
  if (!cues.length) return null;
  // The cue closest before the name governs it ("… and excludes the controls of Stratus"); else the first after.
  const before = cues.filter((c) => c.index < at).sort((a, b) => b.index - a.index)[0];
  const cue = before ?? cues.sort((a, b) => a.index - b.index)[0]!;
  return {
    method: cue.method,
    explicit: /carve|carved|inclusive/i.test(cue.word) || /\bmethod\b/i.test(text),
  };
}

/** Sentences of the report's narrative, each marked when it sits under a "Subservice Organizations" heading. */
type Narrative = { s: Sentence; underHeading: boolean }[];

function narrative(doc: ReportDoc): Narrative {
  const ranges = (['auditor', 'assertion', 'description'] as const).map((k) => sectionRange(doc, k));
  const out: Narrative = [];
  for (const range of ranges) {
    let under = false;
    for (const s of sentences(doc, range)) {
      const h = headingText(s.text);
      if (h && h === s.text.trim() && !/[.:]$/.test(h) && h.split(' ').length <= 8)
        under = SUBSERVICE.test(h);
      out.push({ s, underHeading: under });
    }
  }
  return out;
}

/** Organisations listed in a table headed "Subservice Organization | Services Provided …". */
function fromTables(doc: ReportDoc, excluded: (name: string) => boolean): Org[] {
  const out: Org[] = [];
  const { start, end } = sectionRange(doc, 'description');
  for (let i = start; i < end; i++) {
    const head = cells(doc.lines[i]!.text);
    if (head.length < 2 || !SUBSERVICE.test(head[0]!)) continue;
    for (let j = i + 1; j < end && doc.lines[j]!.text.includes('|'); j++) {
      const first = cells(doc.lines[j]!.text)[0]!;
      const name = first && readName(first, 0);
      if (name && !excluded(name))
        out.push({
          name,
          short: definedAs(first, name.length),
          quote: quote(doc.lines[j]!.text),
          page: doc.lines[j]!.page,
          method: null,
          explicit: false,
        });
    }
  }
  return out;
}

/** Where a sentence names the organisation (by name or abbreviation), or -1. */
function mentionOf(org: Org): (text: string) => number {
  const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = [org.name, org.short].filter((n): n is string => !!n).map(escape);
  const re = new RegExp(`(?<![A-Za-z])(?:${names.join('|')})(?![A-Za-z])`);
  return (text) => re.exec(text)?.index ?? -1;
}

/** The organisations the report names as subservice organisations, in order of first mention. */
function collectOrgs(doc: ReportDoc, text: Narrative, excluded: (name: string) => boolean): Org[] {
  const orgs: Org[] = [];
  const add = (o: Org) => {
    const same = orgs.find(
      (x) => sameName(x.name, o.name) || (x.short && (x.short === o.name || x.short === o.short)),
    );
    if (same) same.short ??= o.short;
    else orgs.push(o);
  };
  // "Nimbus uses Stratus Cloud, Inc. to provide hosting." names the organisation; the word "subservice"
  // often comes only in the next sentences of the paragraph.
  const near = (i: number) =>
    text.slice(Math.max(0, i - 1), i + NEARBY + 1).some((t) => SUBSERVICE.test(t.s.text));
  for (const [i, { s, underHeading }] of text.entries()) {
    if (!underHeading && !near(i)) continue;
    for (const { name, short } of namesIn(s.text))
      if (!excluded(name)) {
        const evidence = { quote: quote(s.text, s.text.indexOf(name)), page: s.page };
        add({ name, short, ...evidence, method: null, explicit: false });
      }
  }
  for (const o of fromTables(doc, excluded)) add(o);
  return orgs;
}

/**
 * Each organisation's method from the sentences that name it; the method stated for "the subservice
 * organizations" in general (when the report states only one) for the organisations left without.
 */
function assignMethods(orgs: Org[], text: Narrative): void {
  const mentions = orgs.map((o) => [o, mentionOf(o)] as const);
  let general: SubserviceMethod | null | undefined;
  for (const { s } of text) {
    const named = mentions.map(([o, at]) => [o, at(s.text)] as const).filter(([, at]) => at >= 0);
    if (!named.length) {
      // "… excludes the controls of the subservice organizations": one method for all of them.
      const cue = SUBSERVICE.test(s.text) ? methodCue(s.text, s.text.search(SUBSERVICE)) : null;
      if (cue) general = general === undefined || general === cue.method ? cue.method : null;
      continue;
    }
    for (const [org, at] of named) {
      const cue = methodCue(s.text, at);
      if (cue && (!org.method || (cue.explicit && !org.explicit))) {
        org.method = cue.method;
        org.explicit = cue.explicit;
      }
    }
  }
  for (const o of orgs) o.method ??= general ?? null;
}

/**
 * The subservice organisations, in the order the report first names them.
 * `exclude` names the service organisation and the auditor, which the same sentences mention.
 */
export function extractSubservice(doc: ReportDoc, exclude: readonly string[]): SubserviceOrg[] {
  const excluded = (name: string) =>
    VOCABULARY.test(name) ||
    exclude.some(
      (e) =>
        sameName(e, name) ||
        e.startsWith(`${name} `) ||
        name.startsWith(`${e.split(/[\s,]/)[0]} `) ||
        name.includes(e),
    );
  const text = narrative(doc);
  const orgs = collectOrgs(doc, text, excluded);
  assignMethods(orgs, text);
  return orgs.map(({ name, method, quote, page }) => ({ name, method, quote, page }));
}
