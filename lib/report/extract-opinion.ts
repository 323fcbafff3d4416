/**
 * The auditor's opinion, from the opinion sentence itself, never from a heading alone:
 * - "In our opinion, in all material respects, … presents fairly … operated effectively" → unmodified
 * - "In our opinion, except for the matter(s) described …" → qualified
 * - "In our opinion, because of the significance of …, the description does not present fairly / the
 *   controls were not suitably designed … and did not operate effectively" → adverse
 * - "… we do not express an opinion on the description / the suitability …" with the reason (evidence
 *   could not be obtained) → disclaimer. The everyday "we do not express an opinion on it" about other
 *   information, or a Type 1's "on the operating effectiveness", is not a disclaimer.
 * Two sentences that disagree, a heading that disagrees with its sentence, or an opinion sentence that
 * says none of these, give null: a wrong opinion is worse than none.
 */
import { sectionRange, type ReportDoc } from './doc';
import { headingText } from './headings';
import { quote, sentences, type Sentence } from './sentences';
import { APOS, anyOf } from './patterns';
import type { Fact, Opinion } from './schema';

const IN_OUR_OPINION = /\bin our opinion\b/i;
const EXCEPT_FOR = /\bexcept for\b/i;
/** The wordings of an adverse opinion: "does not present fairly", "were not suitably designed", … */
const NEGATIVE = anyOf([
  /\b(?:does|do|did) not (?:present fairly|operate effectively|fairly present)/,
  /\b(?:were|was) not (?:suitably designed|effective|operating effectively|fairly presented)/,
  /\bis not fairly stated\b|\bnot fairly (?:presented|stated)\b/,
  /\bbecause of the significance of\b/,
]);
const MATERIAL_RESPECTS = /\bin all material respects\b/i;
/** What an unmodified opinion affirms. */
const POSITIVE = anyOf([
  /\bpresents? fairly\b|\bfairly present(?:s|ed)?\b|\bdescription presents\b/,
  /\bsuitably designed\b|\boperated effectively\b/,
  /\bis fairly stated\b|\bwere effective\b/,
]);
const NO_OPINION = /\bwe do not express an opinion\b|\bwe do not express, an opinion\b/i;
/** What a "we do not express an opinion" sentence may be about without being a disclaimer. */
const NOT_A_DISCLAIMER = anyOf([
  /\bopinion (?:on|about|regarding) (?:it\b|them\b|whether)/,
  /\bopinion (?:on|about|regarding) (?:this information|the information|(?:the )?other information)/,
  new RegExp(`\\bopinion (?:on|about|regarding) management${APOS}s (?:responses?|plans?)`),
  /\bopinion (?:on|about|regarding) (?:the )?operating effectiveness/,
  /\bthereon\b|\bon the (?:information|responses?)\b/,
]);
const UNABLE =
  /\b(?:not (?:been )?able to obtain|unable to obtain|could not obtain|were not able to|scope limitation|did not (?:provide|allow|permit))\b/i;
const HEADING: [RegExp, Opinion][] = [
  [/^qualified opinion$/i, 'qualified'],
  [/^adverse opinion$/i, 'adverse'],
  [/^disclaimer of opinion$/i, 'disclaimer'],
];

/** The opinion one "In our opinion" sentence states, or null when it is not clear. */
export function classifyOpinionSentence(text: string): Opinion | null {
  if (!IN_OUR_OPINION.test(text)) return null;
  if (EXCEPT_FOR.test(text)) return 'qualified';
  if (NEGATIVE.test(text)) return 'adverse';
  if (MATERIAL_RESPECTS.test(text) && POSITIVE.test(text)) return 'unmodified';
  return null;
}

function headingOpinion(doc: ReportDoc, from: number, to: number): Opinion | null {
  for (let i = from; i < to; i++) {
    const h = headingText(doc.lines[i]!.text);
    const hit = h && HEADING.find(([re]) => re.test(h));
    if (hit) return hit[1];
  }
  return null;
}

export function extractOpinion(doc: ReportDoc): Fact<Opinion> | null {
  const range = sectionRange(doc, 'auditor');
  const all = sentences(doc, range);
  const found: [Opinion, Sentence][] = [];
  for (const s of all) {
    const opinion = classifyOpinionSentence(s.text);
    if (opinion) found.push([opinion, s]);
  }
  const unable = all.some((s) => UNABLE.test(s.text));
  const heading = headingOpinion(doc, range.start, range.end);
  for (const s of all)
    if (NO_OPINION.test(s.text) && !NOT_A_DISCLAIMER.test(s.text) && (unable || heading === 'disclaimer'))
      found.push(['disclaimer', s]);

  const kinds = new Set(found.map(([o]) => o));
  if (kinds.size !== 1) return null;
  const [opinion, s] = found[0]!;
  if (heading && heading !== opinion) return null;
  return { value: opinion, quote: quote(s.text), page: s.page };
}
