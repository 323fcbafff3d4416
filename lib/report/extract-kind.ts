/**
 * Which report this is. A SOC report has an independent auditor's (or accountant's) report; without one,
 * a PDF that talks about SOC 2 (a bridge letter, a pen-test summary, a marketing sheet) is "other".
 * The family (SOC 1, 2, 3) comes from the title; a SOC 2's type from what the auditor says they
 * examined ("design and operating effectiveness … throughout the period" is Type 2, "suitably designed …
 * as of" is Type 1), and only then from the "Type 2" / "Type II" on the cover. Where the report mentions
 * a type elsewhere ("we plan a Type II examination next year"), it is not the report's type.
 */
import { coverRange, sectionRange, type ReportDoc } from './doc';
import { quote, sentences, type Sentence } from './sentences';
import type { Fact, ReportKind } from './schema';

const FAMILY =
  /\bSOC\s*(?:®|\(r\))?\s*([123])\b|\bSystem and Organi[sz]ation Controls\s*(?:\(SOC\)\s*)?([123])\b|\bService Organi[sz]ation Controls?\s*(?:\(SOC\)\s*)?([123])\b/i;
const TYPE = /\bType\s*(2|II|1|I)\b/i;
/** SOC 1 without saying so: control objectives over financial reporting. */
/** A SOC 1 states control objectives for user entities; a financial-statement audit mentions neither. */
const SOC1_WORDING =
  /\bcontrol objectives\b.*\b(?:user entit|service organi[sz]ation)|\b(?:user entit|service organi[sz]ation).*\bcontrol objectives\b/i;
/** What every SOC report's auditor says it examined: a service organisation's system, against SOC criteria. */
const SOC_SUBJECT =
  /\bservice organi[sz]ation|\btrust services\b|\bcontrol objectives\b|\bSOC\s*[123]\b|\buser entit/i;
const SOC2_WORDING = /\btrust services criteria\b|\btrust services categor/i;

const TYPE2 =
  /\bdesign and operating effectiveness\b|\boperat(?:ed|ing) effectively throughout\b|\bwere effective throughout\b|\bthroughout the period\b/i;
const TYPE1 =
  /\bsuitab(?:ility of the design|ly designed)\b[^]*\bas of\b|\bas of\b[^]*\bsuitab(?:ility of the design|ly designed)\b/i;

/** Lines and sentences where a report names itself: the cover and the first lines of its main parts. */
function frontSentences(doc: ReportDoc): Sentence[] {
  const auditor = sectionRange(doc, 'auditor');
  const assertion = sectionRange(doc, 'assertion');
  return [
    ...sentences(doc, coverRange(doc)),
    ...sentences(doc, { start: auditor.start, end: Math.min(auditor.end, auditor.start + 30) }),
    ...sentences(doc, { start: assertion.start, end: Math.min(assertion.end, assertion.start + 30) }),
  ];
}

/** The auditor's report names its subject within its first lines (the scope paragraph). */
const SUBJECT_LINES = 60;

const familyOf = (m: RegExpExecArray) => Number(m[1] ?? m[2] ?? m[3]);
const isType2 = (t: string) => /^(?:2|II)$/i.test(t);

/** Whether the PDF is a SOC report at all: it has an independent auditor's report. */
/**
 * Whether the PDF is a SOC report at all: it has an independent auditor's report about a service
 * organisation's system. An annual report's "Independent Auditor's Report" on financial statements is not.
 */
export function isSocReport(doc: ReportDoc): boolean {
  const { start, end } = sectionRange(doc, 'auditor');
  if (start >= end) return false;
  return doc.lines.slice(start, Math.min(end, start + SUBJECT_LINES)).some((l) => SOC_SUBJECT.test(l.text));
}

export function extractKind(doc: ReportDoc): Fact<ReportKind> | null {
  if (!isSocReport(doc)) return null;
  const front = frontSentences(doc);
  const auditorSentences = sentences(doc, sectionRange(doc, 'auditor'));
  const titled = front.find((s) => FAMILY.test(s.text));
  let family = titled ? familyOf(FAMILY.exec(titled.text)!) : null;
  if (!family) {
    const worded = auditorSentences.find((s) => SOC2_WORDING.test(s.text) || SOC1_WORDING.test(s.text));
    if (worded) family = SOC2_WORDING.test(worded.text) ? 2 : 1;
  }
  if (family === 3) return { value: 'soc3', quote: quote(titled!.text), page: titled!.page };
  if (family === 1) {
    const at = titled ?? auditorSentences.find((s) => SOC1_WORDING.test(s.text))!;
    return { value: 'soc1', quote: quote(at.text), page: at.page };
  }
  if (family !== 2) return null;

  const scope2 = auditorSentences.find((s) => TYPE2.test(s.text));
  const scope1 = scope2 ? undefined : auditorSentences.find((s) => TYPE1.test(s.text));
  const title = front.find((s) => FAMILY.test(s.text) && TYPE.test(s.text));
  const titleType = title ? (isType2(TYPE.exec(title.text)![1]!) ? 2 : 1) : null;
  const scopeType = scope2 ? 2 : scope1 ? 1 : null;
  const type = scopeType ?? titleType;
  if (!type) return null;
  // Quote the cover title when it agrees with the auditor's scope: it is what the reviewer recognises.
  const at = titleType === type ? title! : (scope2 ?? scope1)!;
  const focus = at === title ? 0 : (at.text.search(type === 2 ? TYPE2 : TYPE1) ?? 0);
  return { value: type === 2 ? 'soc2-type2' : 'soc2-type1', quote: quote(at.text, focus), page: at.page };
}
