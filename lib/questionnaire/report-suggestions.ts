import type { ExtractedReport } from '../report/schema';
import { QUESTION_BANK } from './bank';
import { LIST_MAX_ITEMS } from './validate-answer';
import { Q } from './question-ids';
import type { Bank } from './schema';
import { clip, SUGGESTION_QUOTE_MAX, toSuggestions, type Candidate, type Suggestion } from './suggestions';
import type { Answers } from './visibility';

/**
 * Pre-fill suggestions from a SOC report read on this machine: each fact the reader found, with the
 * page and sentence it came from, offered on the matching question. Like page suggestions, nothing is
 * applied until the reviewer accepts it, and then the file name, page and quote become the evidence.
 * Only what the report states is suggested: a field the reader left empty suggests nothing.
 */

const OPINION_ANSWER = {
  unmodified: 'unqualified',
  qualified: 'qualified',
  adverse: 'adverse',
  disclaimer: 'disclaimer',
} as const;

const OPINION_WORDS = {
  unmodified: 'an unmodified (clean) opinion',
  qualified: 'a qualified opinion',
  adverse: 'an adverse opinion',
  disclaimer: 'a disclaimer of opinion',
} as const;

function kindCandidates(r: ExtractedReport): Candidate[] {
  const ev = r.evidence.kind;
  if (!ev || (r.kind !== 'soc2-type2' && r.kind !== 'soc2-type1')) return [];
  const type2 = r.kind === 'soc2-type2';
  return [
    {
      questionId: Q.reportType,
      value: type2 ? 'type-2' : 'type-1',
      ...ev,
      label: `The report is a SOC 2 ${type2 ? 'Type II' : 'Type I'} report`,
    },
  ];
}

function dateCandidates(r: ExtractedReport): Candidate[] {
  const out: Candidate[] = [];
  const { periodStart: start, periodEnd: end, asOf, reportDate } = r;
  const period = r.evidence.periodEnd ?? r.evidence.periodStart;
  if (r.kind === 'soc2-type2' && start && end && start <= end && period)
    out.push({
      questionId: Q.observationWindow,
      value: { start, end },
      ...period,
      label: `The report covers ${start} to ${end}`,
    });
  if (r.kind === 'soc2-type1' && asOf && r.evidence.asOf)
    out.push({
      questionId: Q.asOfDate,
      value: asOf,
      ...r.evidence.asOf,
      label: `The report speaks as of ${asOf}`,
    });
  if (reportDate && r.evidence.reportDate)
    out.push({
      questionId: Q.issueDate,
      value: reportDate,
      ...r.evidence.reportDate,
      label: `The auditor’s report is dated ${reportDate}`,
    });
  return out;
}

function opinionCandidates(r: ExtractedReport): Candidate[] {
  if (!r.opinion || !r.evidence.opinion) return [];
  return [
    {
      questionId: Q.opinion,
      value: OPINION_ANSWER[r.opinion],
      ...r.evidence.opinion,
      label: `The auditor gives ${OPINION_WORDS[r.opinion]}`,
    },
  ];
}

function exceptionCandidates(r: ExtractedReport): Candidate[] {
  const [first] = r.exceptions;
  if (first) {
    const n = r.exceptions.length;
    return [
      {
        questionId: Q.exceptions,
        value: true,
        quote: `${first.control}: ${first.text}`,
        page: first.page,
        label: `The report notes ${n} exception${n === 1 ? '' : 's'} in its tests of controls`,
        note: r.exceptions.map((e) => `${e.control} (p. ${e.page}): ${e.text}`).join('\n'),
      },
    ];
  }
  // "No exceptions" only where the report shows tests that found none: silence is not a clean result.
  if (r.testsWithoutExceptions === 0 || !r.evidence.kind) return [];
  return [
    {
      questionId: Q.exceptions,
      value: false,
      quote: `No exceptions noted in ${r.testsWithoutExceptions} tests of controls.`,
      page: r.evidence.kind.page,
      label: `The report notes no exceptions across ${r.testsWithoutExceptions} tests of controls`,
    },
  ];
}

function criteriaCandidates(r: ExtractedReport): Candidate[] {
  if (!r.criteria.length || !r.evidence.criteria) return [];
  return [
    {
      questionId: Q.tscScope,
      value: r.criteria,
      ...r.evidence.criteria,
      label: `The report covers the trust services criteria for ${r.criteria.join(', ')}`,
    },
  ];
}

/** Carved-out organisations are outside this report: each needs its own SOC 2 or equivalent. */
function subserviceCandidates(r: ExtractedReport): Candidate[] {
  const [first] = r.subservice;
  if (!first) return [];
  const carved = r.subservice.filter((s) => s.method === 'carve-out').map((s) => s.name);
  const included = r.subservice.filter((s) => s.method === 'inclusive').map((s) => s.name);
  const unknown = r.subservice.filter((s) => s.method === null).map((s) => s.name);
  const allIncluded = included.length === r.subservice.length;
  const note = [
    carved.length &&
      `Carved out (not covered by this report; ask for their own SOC 2): ${carved.join(', ')}.`,
    included.length && `Included in this report: ${included.join(', ')}.`,
    unknown.length && `Method not stated: ${unknown.join(', ')}.`,
  ]
    .filter(Boolean)
    .join(' ');
  return [
    {
      questionId: Q.subprocessorCoverage,
      value: allIncluded ? 'all' : 'unknown',
      quote: first.quote,
      page: first.page,
      label: `The report names ${r.subservice.length} subservice organisation${r.subservice.length === 1 ? '' : 's'}`,
      note,
    },
  ];
}

function cuecCandidates(r: ExtractedReport): Candidate[] {
  const [first] = r.cuecs;
  if (!first) return [];
  return [
    {
      questionId: Q.cuec,
      value: r.cuecs.slice(0, LIST_MAX_ITEMS).map((c) => ({ control: clip(c.text, 1000), owner: '' })),
      quote: first.text,
      page: first.page,
      label: `The report lists ${r.cuecs.length} complementary user entity control${r.cuecs.length === 1 ? '' : 's'} (your obligations)`,
    },
  ];
}

/**
 * Answers the report suggests, each with its file, page and quote.
 * @param bank @default QUESTION_BANK
 */
export function suggestionsFromReport(
  report: ExtractedReport,
  fileName: string,
  answers: Answers,
  bank: Bank = QUESTION_BANK,
): Suggestion[] {
  const candidates = [
    ...kindCandidates(report),
    ...dateCandidates(report),
    ...opinionCandidates(report),
    ...exceptionCandidates(report),
    ...criteriaCandidates(report),
    ...subserviceCandidates(report),
    ...cuecCandidates(report),
  ];
  return toSuggestions(candidates, answers, bank, (c) => ({
    file: fileName,
    page: c.page ?? '1',
    quote: clip(c.quote, SUGGESTION_QUOTE_MAX),
  }));
}
