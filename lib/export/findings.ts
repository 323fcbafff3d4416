import { localIsoDate } from '../dates/local-date';
import {
  evidenceSource,
  TIER_LABELS,
  type Answer,
  type Assessment,
  type ReportFile,
  type Vendor,
} from '../db/schema';
import type { Detection } from '../detection/schema';
import { attachThirdParty, factsLine } from '../detection/third-party-match';
import { CLAIM_STATUS_LABELS, FRAMEWORK_LABELS, PLATFORM_LABELS } from '../detection/vocab';
import { QUESTION_BANK, SECTIONS, optionLabel, questionById } from '../questionnaire/bank';
import { formatAnswer } from '../questionnaire/format-answer';
import { Q } from '../questionnaire/question-ids';
import { reportFacts, type ReportFacts } from '../questionnaire/report-facts';
import type { Question, SectionId } from '../questionnaire/schema';
import { validateAnswer } from '../questionnaire/validate-answer';
import { VERDICT_RULES, computeVerdict, type VerdictLabel, type VerdictRule } from '../questionnaire/verdict';
import { effectiveAnswers } from '../questionnaire/visibility';
import { daysBetween } from '../staleness/calendar';
import type { Staleness } from '../staleness/staleness';

/**
 * The review as plain data, built once and rendered by every export format (Markdown, HTML). Strings
 * here are raw: each renderer escapes them for its own syntax, so nothing in this model is pre-escaped
 * or format-specific.
 */

/** What an export contains: the whole review, a summary, or only the questions for the vendor. */
export type FindingsMode = 'full' | 'summary' | 'questions';

export interface FindingsReason {
  rule: VerdictRule;
  /** The rule as the reviewer reads it (VERDICT_RULES). */
  ruleText: string;
  outcome: VerdictLabel;
  /** The rule applied to this vendor. */
  detail: string;
}

export interface FindingsReport {
  /** "Type II", "Type I in progress", "None", … */
  typeLabel: string;
  /** True for a Type I or Type II in hand (not in progress, not none). */
  held: boolean;
  windowStart: string | null;
  windowEnd: string | null;
  asOf: string | null;
  issuedOn: string | null;
  bridgeEnd: string | null;
  /** Whole days from the date the report speaks for (window end, as-of, else issue) to today. */
  ageDays: number | null;
  /** Which date `ageDays` counts from; null when no date is known. */
  ageBasis: 'window end' | 'as-of date' | 'issue date' | null;
  /** The first stale day (staleness rule); null when unknown or no report is held. */
  staleOn: string | null;
  /** Currency of a held report; null when no report is held, so there is nothing to be current. */
  status: Staleness['status'] | null;
}

export interface FindingsEvidence {
  quote: string;
  /** A web page's address (rendered as a link), or null for a quote from a report file… */
  url: string | null;
  /** …whose source is "report.pdf, p. 7" (plain text). */
  source: string | null;
}

export interface FindingsAnswer {
  questionId: string;
  question: string;
  answer: string;
  /** The reviewer's note on this answer, trimmed; '' when none. */
  note: string;
  evidence: FindingsEvidence[];
}

export interface FindingsSection {
  id: SectionId;
  title: string;
  answers: FindingsAnswer[];
}

export interface FindingsOpenQuestion {
  questionId: string;
  /** The question as the reviewer sees it. */
  question: string;
  /** The same question worded for the vendor. */
  ask: string;
  /** A key fact the verdict waits for. */
  keyFact: boolean;
}

export interface FindingsSubprocessor {
  name: string;
  purpose: string | null;
  location: string | null;
  ai: boolean;
  /** What the page states this sub-processor holds ("ISO/IEC 27001, SOC 3"), as the vendor states it. */
  certifications: string | null;
}

export interface FindingsReview {
  reviewer: string | null;
  reviewDate: string | null;
  status: 'draft' | 'final';
  signedOffBy: string | null;
  /** Local date (YYYY-MM-DD) of the sign-off. */
  signedOffOn: string | null;
}

/** What was read from one SOC report PDF, for the export: facts with pages, exceptions, our obligations. */
export interface FindingsReportFile {
  fileName: string;
  /** [field, value, page] for each fact the report states. */
  facts: [string, string, string][];
  exceptions: { control: string; text: string; page: string }[];
  /** The CUECs: what the customer must do for the report's controls to hold. */
  obligations: { text: string; page: string }[];
}

/** A framework the page states, and for whom: the vendor itself, or a third party it names. */
export interface FindingsStatement {
  /** "AWS", "our data centre"; null for the vendor itself. */
  subject: string | null;
  framework: string;
  status: string;
  quote: string;
}

export interface FindingsPageStatements {
  url: string;
  /** The vendor's own claims first, then third parties'. */
  statements: FindingsStatement[];
}

/** Everything an export shows about one vendor's review. */
export interface Findings {
  vendorName: string;
  domain: string | null;
  trustUrl: string | null;
  platform: string | null;
  tier: string;
  verdict: { label: VerdictLabel; provisional: boolean; reasons: FindingsReason[] };
  /** Null while the report type is unanswered. */
  report: FindingsReport | null;
  /** Trust Services Criteria in scope, as labels; empty while unanswered. */
  tsc: string[];
  /** What was read from the vendor's SOC report PDFs, newest first. */
  reportFiles: FindingsReportFile[];
  /** Sections with at least one answered question, in bank order. */
  sections: FindingsSection[];
  /** Every shown, unanswered question, key facts first (the verdict's order). */
  openQuestions: FindingsOpenQuestion[];
  subprocessors: FindingsSubprocessor[];
  /** What the trust page states, as it states it (not verified): null without a page in view. */
  pageStatements: FindingsPageStatements | null;
  /** What to send the vendor: the `ask` of each open question, in the same order. */
  followUps: string[];
  /** Null when the vendor has no assessment record yet. */
  review: FindingsReview | null;
  /** The reviewer's free note, trimmed; their own Markdown. */
  note: string;
  /** The reviewer's local date of the export. */
  exportedOn: string;
  /** The date the verdict and staleness were judged on. */
  today: string;
}

export interface FindingsInput {
  vendor: Vendor | null;
  detection: Detection | null;
  assessment: Assessment | null;
  answers: Answer[];
  note: string;
  /** The reviewer's local date, YYYY-MM-DD (see todayLocal). */
  today: string;
  exportedAt: Date;
  /** What was read from the vendor's SOC report PDFs. */
  reports?: ReportFile[];
}

const orNull = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function reportOf(facts: ReportFacts, today: string): FindingsReport | null {
  if (!facts.reportType) return null;
  const windowEnd = facts.window?.end ?? null;
  // The age counts from the same date the staleness rule does, so "N days old" and "stale on" agree.
  const [basisDate, ageBasis] =
    facts.held === 'type-2' && windowEnd
      ? [windowEnd, 'window end' as const]
      : facts.held === 'type-1' && facts.asOf
        ? [facts.asOf, 'as-of date' as const]
        : facts.held && facts.issuedOn
          ? [facts.issuedOn, 'issue date' as const]
          : [null, null];
  const ageDays = basisDate ? daysBetween(basisDate, today) : null;
  return {
    typeLabel: optionLabel(QUESTION_BANK, Q.reportType, facts.reportType),
    held: facts.held !== null,
    windowStart: facts.window?.start ?? null,
    windowEnd,
    asOf: facts.asOf,
    issuedOn: facts.issuedOn,
    bridgeEnd: facts.bridgeEnd,
    ageDays,
    ageBasis: ageDays === null ? null : ageBasis,
    staleOn: facts.staleness?.staleOn ?? null,
    status: facts.staleness?.status ?? null,
  };
}

/**
 * An export is the record of the review, so text answers are shown whole; formatAnswer clips them
 * because it is meant for one-line previews.
 */
function answerText(question: Question, value: unknown): string {
  if (question.answer.type === 'text') {
    const result = validateAnswer(question, value);
    if (result.ok) return result.value as string;
  }
  return formatAnswer(question, value);
}

/**
 * The findings of one review. Only answers that count are listed: valid answers to questions that are
 * shown, as the verdict reads them; an answer to a question the bank no longer has is left out.
 */
const KIND_LABELS = {
  'soc2-type2': 'SOC 2 Type II',
  'soc2-type1': 'SOC 2 Type I',
  soc3: 'SOC 3',
  soc1: 'SOC 1',
  other: 'Not a SOC report',
} as const;

function reportFileFindings(file: ReportFile): FindingsReportFile {
  const r = file.reading.report;
  const facts: [string, string, string][] = [];
  const add = (field: string, value: string | null, page: string | undefined) => {
    if (value) facts.push([field, value, page ?? '']);
  };
  add('Kind', KIND_LABELS[r.kind], r.evidence.kind?.page);
  add('Service organisation', r.serviceOrganization, r.evidence.serviceOrganization?.page);
  add('Service auditor', r.auditor, r.evidence.auditor?.page);
  add(
    'Period',
    r.periodStart && r.periodEnd ? `${r.periodStart} to ${r.periodEnd}` : null,
    r.evidence.periodEnd?.page,
  );
  add('As of', r.asOf, r.evidence.asOf?.page);
  add('Report date', r.reportDate, r.evidence.reportDate?.page);
  add('Opinion', r.opinion, r.evidence.opinion?.page);
  add('Criteria in scope', r.criteria.length ? r.criteria.join(', ') : null, r.evidence.criteria?.page);
  return {
    fileName: file.fileName,
    facts,
    exceptions: r.exceptions.map(({ control, text, page }) => ({ control, text, page })),
    obligations: r.cuecs.map(({ text, page }) => ({ text, page })),
  };
}

/** The page's sub-processors, each with the certificates the page states for it. */
function subprocessorsOf(detection: Detection | null | undefined): FindingsSubprocessor[] {
  if (!detection) return [];
  const { perRow } = attachThirdParty(detection.subprocessors, detection.thirdParty);
  return detection.subprocessors.map((s, i) => ({
    name: s.name,
    purpose: orNull(s.purpose),
    location: orNull(s.location),
    ai: s.ai,
    certifications: perRow[i]!.length ? factsLine(perRow[i]!) : null,
  }));
}

export function buildFindings(input: FindingsInput): Findings {
  const { vendor, detection, assessment, answers, note, today, exportedAt } = input;
  const raw = Object.fromEntries(answers.map((a) => [a.questionId, a.value]));
  // Same default as the side panel, so the export never disagrees with the verdict on screen.
  const tier = vendor?.tier ?? 'standard';
  const verdict = computeVerdict({ tier, answers: raw, today });
  const effective = effectiveAnswers(QUESTION_BANK, raw);
  const byId = new Map(answers.map((a) => [a.questionId, a]));

  const sections: FindingsSection[] = [];
  for (const section of SECTIONS) {
    const items: FindingsAnswer[] = [];
    for (const q of QUESTION_BANK.questions) {
      if (q.section !== section.id || !Object.hasOwn(effective, q.id)) continue;
      const stored = byId.get(q.id);
      items.push({
        questionId: q.id,
        question: q.text,
        answer: answerText(q, effective[q.id]),
        note: stored?.note.trim() ?? '',
        evidence: (stored?.evidence ?? []).map((e) =>
          'url' in e
            ? { quote: e.quote, url: e.url, source: null }
            : { quote: e.quote, url: null, source: evidenceSource(e) },
        ),
      });
    }
    if (items.length) sections.push({ id: section.id, title: section.title, answers: items });
  }

  const missing = new Set(verdict.missing.map((m) => m.questionId));
  const openQuestions = verdict.openQuestions.map((o) => ({
    questionId: o.questionId,
    question: questionById(QUESTION_BANK, o.questionId)?.text ?? o.ask,
    ask: o.ask,
    keyFact: missing.has(o.questionId),
  }));

  const scope = effective[Q.tscScope];
  const platform = detection?.platform ?? vendor?.platform ?? null;
  const trustUrl = detection?.url ?? vendor?.urls[0] ?? null;
  return {
    vendorName:
      orNull(vendor?.name) ??
      orNull(detection?.vendor?.name) ??
      (trustUrl && hostOf(trustUrl)) ??
      'Unnamed vendor',
    domain: vendor?.domain ?? detection?.vendor?.domain ?? null,
    trustUrl,
    platform: platform && PLATFORM_LABELS[platform],
    tier: TIER_LABELS[tier],
    verdict: {
      label: verdict.label,
      provisional: verdict.provisional,
      reasons: verdict.reasons.map((r) => ({
        rule: r.rule,
        ruleText: VERDICT_RULES[r.rule],
        outcome: r.outcome,
        detail: r.detail,
      })),
    },
    report: reportOf(reportFacts(raw, today), today),
    tsc: Array.isArray(scope)
      ? (scope as string[]).map((v) => optionLabel(QUESTION_BANK, Q.tscScope, v))
      : [],
    reportFiles: (input.reports ?? []).map(reportFileFindings),
    sections,
    openQuestions,
    pageStatements: detection && {
      url: detection.url,
      statements: [...detection.claims.map((c) => ({ ...c, subject: null })), ...detection.thirdParty].map(
        (c) => ({
          subject: c.subject,
          framework: FRAMEWORK_LABELS[c.framework],
          status: CLAIM_STATUS_LABELS[c.status],
          quote: c.quote,
        }),
      ),
    },
    subprocessors: subprocessorsOf(detection),
    followUps: openQuestions.map((o) => o.ask),
    review: assessment && {
      reviewer: orNull(assessment.reviewer),
      reviewDate: assessment.reviewDate,
      status: assessment.status,
      signedOffBy: orNull(assessment.signedOffBy),
      signedOffOn: assessment.signedOffAt === null ? null : localIsoDate(new Date(assessment.signedOffAt)),
    },
    note: note.trim(),
    exportedOn: localIsoDate(exportedAt),
    today,
  };
}
