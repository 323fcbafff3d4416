import { z } from '../zod';
import type { Claim, Detection, Subprocessor } from '../detection/schema';
import { FRAMEWORK_LABELS, type ClaimStatus, type FrameworkId } from '../detection/vocab';
import { isIsoDate } from '../staleness/calendar';
import { QUESTION_BANK, questionById } from './bank';
import { Q } from './question-ids';
import { TEXT_MAX } from './limits';
import type { Bank } from './schema';
import { validateAnswer, type AnswerValue } from './validate-answer';
import type { Answers } from './visibility';

/**
 * Pre-fill suggestions from what the trust page states. A suggestion is never applied by itself: the
 * reviewer accepts it, and its quote and URL become the answer's evidence. Page text is a vendor's
 * own claim, so only explicit statements map to answers (a SOC 2 claim without a type says nothing
 * about the type).
 */

export const SUGGESTION_QUOTE_MAX = 300;

/** Where a suggestion comes from: a trust page (its URL), or a report file read here (name and page). */
export const suggestionEvidenceSchema = z.union([
  z.object({ url: z.string(), quote: z.string().check(z.maxLength(SUGGESTION_QUOTE_MAX)) }),
  z.object({
    file: z.string(),
    page: z.string(),
    quote: z.string().check(z.maxLength(SUGGESTION_QUOTE_MAX)),
  }),
]);
export type SuggestionEvidence = z.infer<typeof suggestionEvidenceSchema>;

export const suggestionSchema = z.object({
  questionId: z.string(),
  value: z.custom<AnswerValue>(),
  evidence: suggestionEvidenceSchema,
  /** Why this is suggested, for the reviewer: "The page states SOC 2 Type II (held)". */
  label: z.string(),
  /** Context to keep in the answer's note when accepted. */
  note: z.optional(z.string()),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export interface Candidate {
  questionId: string;
  value: AnswerValue;
  quote: string;
  /** The report page the quote is on (report suggestions only). */
  page?: string;
  label: string;
  note?: string;
}

export const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const stated = (c: Claim) => `The page states ${FRAMEWORK_LABELS[c.framework]} (${c.status})`;

/** The first claim matching one of the (framework, status) pairs, in the pairs' order of preference. */
function firstClaim(claims: Claim[], pairs: [FrameworkId, ClaimStatus][]): Claim | undefined {
  for (const [framework, status] of pairs) {
    const claim = claims.find((c) => c.framework === framework && c.status === status);
    if (claim) return claim;
  }
  return undefined;
}

/** A status question from a framework's claims: the strongest stated status wins. */
function statusCandidate(
  claims: Claim[],
  questionId: string,
  framework: FrameworkId,
  mapping: [ClaimStatus, string][],
): Candidate[] {
  for (const [status, value] of mapping) {
    const claim = claims.find((c) => c.framework === framework && c.status === status);
    if (claim) return [{ questionId, value, quote: claim.quote, label: stated(claim) }];
  }
  return [];
}

function reportTypeCandidates(claims: Claim[]): Candidate[] {
  const positive = firstClaim(claims, [
    ['soc2-type2', 'held'],
    ['soc2-type1', 'held'],
    ['soc2-type2', 'in-progress'],
    ['soc2-type1', 'in-progress'],
  ]);
  if (positive) {
    const value = `${positive.framework === 'soc2-type2' ? 'type-2' : 'type-1'}${positive.status === 'held' ? '' : '-in-progress'}`;
    return [{ questionId: Q.reportType, value, quote: positive.quote, label: stated(positive) }];
  }
  // "None" only from an explicit denial, and only when nothing on the page claims a SOC 2 of any type.
  const anyClaim = claims.some((c) => c.framework.startsWith('soc2') && c.status !== 'not-held');
  const denial = claims.find((c) => c.framework === 'soc2' && c.status === 'not-held');
  return denial && !anyClaim
    ? [{ questionId: Q.reportType, value: 'none', quote: denial.quote, label: stated(denial) }]
    : [];
}

function periodCandidates(claims: Claim[]): Candidate[] {
  const out: Candidate[] = [];
  const window = claims.find(
    (c) =>
      c.framework === 'soc2-type2' &&
      c.status === 'held' &&
      isIsoDate(c.period?.start) &&
      isIsoDate(c.period?.end) &&
      c.period.start <= c.period.end,
  );
  if (window?.period?.start && window.period.end)
    out.push({
      questionId: Q.observationWindow,
      value: { start: window.period.start, end: window.period.end },
      quote: window.quote,
      label: `The page states a SOC 2 Type II period of ${window.period.start} to ${window.period.end}`,
    });
  // A Type I speaks for one date: a stated range is not an as-of date.
  const asOf = claims.find(
    (c) =>
      c.framework === 'soc2-type1' &&
      c.status === 'held' &&
      isIsoDate(c.period?.end) &&
      (c.period.start === undefined || c.period.start === c.period.end),
  );
  if (asOf?.period?.end)
    out.push({
      questionId: Q.asOfDate,
      value: asOf.period.end,
      quote: asOf.quote,
      label: `The page states a SOC 2 Type I date of ${asOf.period.end}`,
    });
  for (const [framework, questionId] of [
    ['iso27001', Q.iso27001Expiry],
    ['iso42001', Q.iso42001Expiry],
  ] as const) {
    const cert = claims.find(
      (c) => c.framework === framework && c.status === 'held' && isIsoDate(c.period?.end),
    );
    if (cert?.period?.end)
      out.push({
        questionId,
        value: cert.period.end,
        quote: cert.quote,
        label: `The page states ${FRAMEWORK_LABELS[framework]} valid until ${cert.period.end}`,
      });
  }
  return out;
}

function describe(s: Subprocessor): string {
  const details = [s.purpose, s.location].filter(Boolean).join(', ');
  return details ? `${s.name} (${details})` : s.name;
}

function subprocessorCandidates(subprocessors: Subprocessor[]): Candidate[] {
  // Pages often list a provider twice (per region or product); one mention per name is enough.
  const byName = new Map<string, Subprocessor>();
  for (const s of subprocessors)
    if (s.ai && !byName.has(s.name.toLowerCase())) byName.set(s.name.toLowerCase(), s);
  const ai = [...byName.values()];
  if (!ai.length) return [];
  const names = ai.map((s) => s.name).join(', ');
  const quote = `AI sub-processors listed on the page: ${names}`;
  const label = `The page lists ${ai.length} AI sub-processor${ai.length === 1 ? '' : 's'}: ${names}`;
  return [
    { questionId: Q.aiSubprocessors, value: clip(ai.map(describe).join('; '), TEXT_MAX), quote, label },
    {
      questionId: Q.subprocessorCoverage,
      value: 'unknown',
      quote,
      label,
      note: `Listed AI sub-processors: ${names}. Confirm each is covered by its own SOC 2 or equivalent.`,
    },
  ];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Answers the page suggests, with the quote behind each. Skips questions already answered with the
 * same value; a different existing answer still gets its suggestion, so the reviewer sees the page
 * disagrees. Only valid values are suggested.
 * @param bank @default QUESTION_BANK
 */
export function suggestionsFromDetection(
  detection: Detection,
  answers: Answers,
  bank: Bank = QUESTION_BANK,
): Suggestion[] {
  const { claims } = detection;
  const candidates: Candidate[] = [
    ...reportTypeCandidates(claims),
    ...periodCandidates(claims),
    ...statusCandidate(claims, Q.iso27001Status, 'iso27001', [
      ['held', 'certified'],
      ['in-progress', 'in-progress'],
      ['not-held', 'none'],
    ]),
    ...statusCandidate(claims, Q.iso42001Status, 'iso42001', [
      ['held', 'certified'],
      ['aligned', 'aligned'],
      ['self-attested', 'aligned'],
      ['in-progress', 'in-progress'],
      ['not-held', 'none'],
    ]),
    ...statusCandidate(claims, Q.nistAlignment, 'nist-ai-rmf', [
      ['held', 'held'],
      ['aligned', 'aligned'],
      ['self-attested', 'aligned'],
      ['in-progress', 'in-progress'],
      ['not-held', 'none'],
    ]),
    ...subprocessorCandidates(detection.subprocessors),
  ];

  return toSuggestions(candidates, answers, bank, (c) => ({
    url: detection.url,
    quote: clip(c.quote, SUGGESTION_QUOTE_MAX),
  }));
}

/**
 * Candidates as suggestions: only valid values, and not for a question already answered with the
 * same value (a different existing answer still gets its suggestion, so the reviewer sees the source
 * disagrees). Shared by page and report suggestions.
 */
export function toSuggestions(
  candidates: Candidate[],
  answers: Answers,
  bank: Bank,
  evidenceOf: (c: Candidate) => SuggestionEvidence,
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const c of candidates) {
    const question = questionById(bank, c.questionId);
    if (!question) continue;
    const suggested = validateAnswer(question, c.value);
    if (!suggested.ok) continue;
    const existing =
      answers[c.questionId] === undefined ? null : validateAnswer(question, answers[c.questionId]);
    if (existing?.ok && same(existing.value, suggested.value)) continue;
    out.push({
      questionId: c.questionId,
      value: suggested.value,
      evidence: evidenceOf(c),
      label: c.label,
      ...(c.note ? { note: c.note } : {}),
    });
  }
  return out;
}
