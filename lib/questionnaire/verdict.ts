import { z } from '../zod';
import type { Tier } from '../db/schema';
import { VERDICT_LABELS } from './verdict-labels';
import { QUESTION_BANK, optionLabel } from './bank';
import { Q } from './question-ids';
import { reportFacts, type ReportFacts } from './report-facts';
import type { Bank } from './schema';
import { effectiveAnswers, visibleQuestions, type Answers } from './visibility';

/**
 * The verdict: one of four labels, from the deployment tier and the answers, with every rule that
 * fired and the answers behind it. Rules come from the seed "SOC 2 for AI Agents"; "current" is the
 * staleness rule (lib/staleness).
 *
 * Missing facts never fire a rule: an unanswered report type does not mean "no report". Instead they
 * make the verdict provisional, and a provisional verdict is never a plain Proceed, because a
 * requirement that is not shown to be met is not met yet ("no date known → never current").
 */

export { VERDICT_LABELS };
export const verdictLabelSchema = z.enum(VERDICT_LABELS);
export type VerdictLabel = z.infer<typeof verdictLabelSchema>;

/** Every rule the verdict applies, by id, as the reviewer reads it. */
export const VERDICT_RULES = {
  'regulated-current-type2':
    'Regulated sectors (healthcare, finance, government) require a current SOC 2 Type II up front; if the vendor cannot provide it, walk away.',
  'regulated-nist-ai-rmf':
    'Regulated sectors require NIST AI RMF alignment up front, with the controls named; ISO/IEC 42001 alone does not substitute. Otherwise, walk away.',
  'high-stakes-minimum':
    'For high-stakes deployments, do not deploy without at least a SOC 2 Type I in progress.',
  'high-stakes-type1-insufficient':
    'Type I alone (or a report still in progress) is insufficient for enterprise use: proceed only with conditions.',
  'standard-without-type2': 'Without a SOC 2 Type II in hand, proceed only with conditions.',
  'report-current':
    'A SOC 2 report is current until 12 months after its window end (Type II) or as-of date (Type I), or its issue date when only that is known, or a recorded bridge letter’s end.',
  'stale-report': 'A stale SOC 2 report is a finding: proceed only with conditions.',
  'currency-unknown': 'With no usable date, a report is never current: proceed only with conditions.',
  'adverse-or-disclaimed-opinion':
    'An adverse or disclaimed opinion means the auditor could not vouch for the controls.',
  'qualified-opinion': 'A qualified opinion is a finding: proceed only with conditions.',
  exceptions: 'Exceptions or deviations in the report are findings: proceed only with conditions.',
  'ai-subprocessors-not-covered':
    'AI sub-processors (LLM providers, vector databases) not covered by their own SOC 2 or equivalent are a finding.',
  'ai-questions-unanswered':
    'SOC 2 does not test AI-specific risks; while those questions are unanswered, proceed only with conditions.',
  'key-facts-missing':
    'Until the key facts are answered the verdict is provisional, and never a plain Proceed.',
} as const;
export type VerdictRule = keyof typeof VERDICT_RULES;

export const verdictReasonSchema = z.object({
  rule: z.enum(Object.keys(VERDICT_RULES) as [VerdictRule, ...VerdictRule[]]),
  /** The label this rule leads to on its own; 'Proceed' for a requirement that is met. */
  outcome: verdictLabelSchema,
  /** The rule applied to this vendor, naming the answers. */
  detail: z.string(),
  questionIds: z.array(z.string()),
});
export type VerdictReason = z.infer<typeof verdictReasonSchema>;

export const verdictSchema = z.object({
  label: verdictLabelSchema,
  /** True while key facts are unanswered: the label may still change. */
  provisional: z.boolean(),
  /** Most severe first. */
  reasons: z.array(verdictReasonSchema),
  /** Key facts still unanswered, in bank order. */
  missing: z.array(z.object({ questionId: z.string(), text: z.string() })),
  /** What to ask the vendor: every shown, unanswered question, key facts first. */
  openQuestions: z.array(z.object({ questionId: z.string(), ask: z.string() })),
});
export type Verdict = z.infer<typeof verdictSchema>;

export interface VerdictInput {
  tier: Tier;
  /** Raw answers by question id; invalid answers and answers to hidden questions are ignored. */
  answers: Answers;
  /** The reviewer's local date, YYYY-MM-DD (see todayLocal). */
  today: string;
  /** @default QUESTION_BANK */
  bank?: Bank;
}

const SEVERITY: Record<VerdictLabel, number> = {
  Proceed: 0,
  'Proceed with conditions': 1,
  'Do not deploy': 2,
  'Walk away': 3,
};
const CONDITIONS = 'Proceed with conditions';

const quoteOf = (s: string, max = 120) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

/** Which date the stale date was counted from, for the explanation. */
function currencyBasis(f: ReportFacts): { text: string; questionIds: string[] } {
  const staleOn = f.staleness?.staleOn;
  if (f.bridgeEnd && staleOn === f.bridgeEnd)
    return { text: `the bridge letter’s end, ${f.bridgeEnd}`, questionIds: [Q.bridgeLetterEnd] };
  if (f.held === 'type-2' && f.window)
    return { text: `12 months after the window end, ${f.window.end}`, questionIds: [Q.observationWindow] };
  if (f.held === 'type-1' && f.asOf)
    return { text: `12 months after the as-of date, ${f.asOf}`, questionIds: [Q.asOfDate] };
  if (f.issuedOn)
    return { text: `12 months after the issue date, ${f.issuedOn}`, questionIds: [Q.issueDate] };
  return { text: 'no date', questionIds: [] };
}

/** The verdict for a vendor at a deployment tier, with its reasons, missing key facts and open questions. */
export function computeVerdict({ tier, answers, today, bank = QUESTION_BANK }: VerdictInput): Verdict {
  const visible = visibleQuestions(bank, answers);
  const a = effectiveAnswers(bank, answers);
  const facts = reportFacts(answers, today, bank);
  const label = (id: string) => optionLabel(bank, id, String(a[id]));
  const reasons: VerdictReason[] = [];
  const add = (rule: VerdictRule, outcome: VerdictLabel, detail: string, questionIds: string[]) =>
    reasons.push({ rule, outcome, detail, questionIds });

  const type = facts.reportType;
  const typeText = type && label(Q.reportType);
  const st = facts.staleness;
  const basis = currencyBasis(facts);
  const dateIds = [Q.reportType, ...basis.questionIds];

  if (facts.held && st) {
    if (st.status === 'current')
      add(
        'report-current',
        'Proceed',
        `The SOC 2 ${typeText} is current: stale from ${st.staleOn} (${basis.text}).`,
        dateIds,
      );
    else if (st.status === 'stale')
      add(
        'stale-report',
        CONDITIONS,
        `The SOC 2 ${typeText} is stale since ${st.staleOn} (${basis.text}).`,
        dateIds,
      );
    else
      add(
        'currency-unknown',
        CONDITIONS,
        st.staleOn
          ? `Today’s date (${today}) is not a valid date, so the SOC 2 ${typeText} cannot be judged current.`
          : `No window end, as-of, issue or bridge-letter date is recorded for the SOC 2 ${typeText}, so it cannot count as current.`,
        [Q.reportType],
      );
  }

  // A tier requirement that is not shown is not met: an unanswered fact makes the verdict provisional,
  // never more lenient (a security review errs towards "not yet proven").
  if (tier === 'regulated') {
    if (!type)
      add(
        'regulated-current-type2',
        'Walk away',
        'Not yet shown: no SOC 2 report is recorded, and a regulated deployment needs a current Type II.',
        [Q.reportType],
      );
    else if (type !== 'type-2')
      add(
        'regulated-current-type2',
        'Walk away',
        `Report held: ${typeText}; a regulated deployment needs a current Type II.`,
        [Q.reportType],
      );
    else if (type === 'type-2' && st?.status === 'stale')
      add(
        'regulated-current-type2',
        'Walk away',
        `The Type II is stale since ${st.staleOn}; a regulated deployment needs a current one.`,
        dateIds,
      );
    else if (type === 'type-2' && st?.status === 'unknown')
      add(
        'regulated-current-type2',
        'Walk away',
        'The Type II has no usable date, so it cannot count as current; a regulated deployment needs a current one.',
        dateIds,
      );
    else if (type === 'type-2' && st?.status === 'current')
      add(
        'regulated-current-type2',
        'Proceed',
        `Met: a current SOC 2 Type II (stale from ${st.staleOn}).`,
        dateIds,
      );

    const alignment = a[Q.nistAlignment];
    const controls = a[Q.nistControls];
    const iso = a[Q.iso42001Status];
    const isoHeld = iso === 'certified' || iso === 'aligned';
    if (alignment === undefined)
      add(
        'regulated-nist-ai-rmf',
        'Walk away',
        'Not yet shown: NIST AI RMF alignment is unanswered, and a regulated deployment requires it.',
        [Q.nistAlignment],
      );
    else if (alignment === 'in-progress' || alignment === 'none')
      add(
        'regulated-nist-ai-rmf',
        'Walk away',
        `NIST AI RMF alignment: ${label(Q.nistAlignment)}.` +
          (isoHeld ? ` ISO/IEC 42001 (${label(Q.iso42001Status)}) does not substitute.` : ''),
        isoHeld ? [Q.nistAlignment, Q.iso42001Status] : [Q.nistAlignment],
      );
    else if (typeof controls === 'string')
      add(
        'regulated-nist-ai-rmf',
        'Proceed',
        `Met: NIST AI RMF ${label(Q.nistAlignment)}, controls named: ${quoteOf(controls)}.`,
        [Q.nistAlignment, Q.nistControls],
      );
    else
      add(
        'regulated-nist-ai-rmf',
        'Walk away',
        `NIST AI RMF: ${label(Q.nistAlignment)}, but the controls are not named; the claim counts only with them.`,
        [Q.nistAlignment, Q.nistControls],
      );
  }

  if (tier === 'high-stakes') {
    if (!type)
      add(
        'high-stakes-minimum',
        'Do not deploy',
        'Not yet shown: no SOC 2 report is recorded; at least a Type I in progress is required.',
        [Q.reportType],
      );
    else if (type === 'none')
      add('high-stakes-minimum', 'Do not deploy', 'Report held: None; not even a Type I is in progress.', [
        Q.reportType,
      ]);
    else if (type && type !== 'type-2')
      add('high-stakes-type1-insufficient', CONDITIONS, `Report held: ${typeText}; no Type II in hand.`, [
        Q.reportType,
      ]);
  }

  if (tier === 'standard' && type !== 'type-2')
    add(
      'standard-without-type2',
      CONDITIONS,
      !type
        ? 'Not yet shown: no SOC 2 report is recorded.'
        : type === 'none'
          ? 'Report held: None; the vendor has no SOC 2 report.'
          : `Report held: ${typeText}; no Type II in hand.`,
      [Q.reportType],
    );

  const opinion = a[Q.opinion];
  if (opinion === 'adverse' || opinion === 'disclaimer')
    add('adverse-or-disclaimed-opinion', 'Do not deploy', `Auditor’s opinion: ${label(Q.opinion)}.`, [
      Q.opinion,
    ]);
  else if (opinion === 'qualified')
    add('qualified-opinion', CONDITIONS, 'Auditor’s opinion: Qualified.', [Q.opinion]);

  if (a[Q.exceptions] === true) {
    const assessment = a[Q.exceptionsAssessment];
    add(
      'exceptions',
      CONDITIONS,
      typeof assessment === 'string'
        ? `The report lists exceptions or deviations; assessed as ${quoteOf(assessment)}.`
        : 'The report lists exceptions or deviations, not yet described and assessed.',
      typeof assessment === 'string' ? [Q.exceptions, Q.exceptionsAssessment] : [Q.exceptions],
    );
  }

  const coverage = a[Q.subprocessorCoverage];
  if (coverage === 'some' || coverage === 'none' || coverage === 'unknown')
    add(
      'ai-subprocessors-not-covered',
      CONDITIONS,
      `AI sub-processors covered by their own SOC 2 or equivalent: ${label(Q.subprocessorCoverage)}.`,
      [Q.subprocessorCoverage],
    );

  const unansweredAi = visible.filter((q) => q.aiSpecific && !(q.id in a));
  if (unansweredAi.length)
    add(
      'ai-questions-unanswered',
      CONDITIONS,
      `${unansweredAi.length} AI-specific question${unansweredAi.length === 1 ? ' is' : 's are'} unanswered.`,
      unansweredAi.map((q) => q.id),
    );

  const keyFacts = visible.filter((q) => q.keyFact && (!q.keyFactTiers || q.keyFactTiers.includes(tier)));
  const satisfiedGroups = new Set(
    keyFacts.filter((q) => q.keyFactGroup && q.id in a).map((q) => q.keyFactGroup),
  );
  const missingQuestions = keyFacts.filter(
    (q) => !(q.id in a) && !(q.keyFactGroup && satisfiedGroups.has(q.keyFactGroup)),
  );
  if (missingQuestions.length)
    add(
      'key-facts-missing',
      CONDITIONS,
      `Unanswered: ${missingQuestions.map((q) => q.text).join(' / ')}`,
      missingQuestions.map((q) => q.id),
    );

  reasons.sort((x, y) => SEVERITY[y.outcome] - SEVERITY[x.outcome]);
  const missingIds = new Set(missingQuestions.map((q) => q.id));
  const unanswered = visible.filter((q) => !(q.id in a));
  return {
    label: reasons[0]?.outcome ?? 'Proceed',
    provisional: missingQuestions.length > 0,
    reasons,
    missing: missingQuestions.map((q) => ({ questionId: q.id, text: q.text })),
    openQuestions: [
      ...unanswered.filter((q) => missingIds.has(q.id)),
      ...unanswered.filter((q) => !missingIds.has(q.id)),
    ].map((q) => ({ questionId: q.id, ask: q.askVendor })),
  };
}
