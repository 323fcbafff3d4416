import { staleness, type ReportDates, type Staleness } from '../staleness/staleness';
import { QUESTION_BANK } from './bank';
import { Q, type ReportType } from './question-ids';
import type { Bank } from './schema';
import type { DateRangeAnswer } from './validate-answer';
import { effectiveAnswers, type Answers } from './visibility';

/**
 * The report facts the questionnaire derives rather than asks: which SOC 2 report is held, its dates,
 * and whether it is current by the one staleness rule. "Current?" is never a question, so it cannot
 * disagree with the dates.
 */

export interface ReportFacts {
  /** The answer to "Which SOC 2 report does the vendor hold?", or null while unanswered. */
  reportType: ReportType | null;
  /** The report in hand: Type II or Type I held (not in progress), else null. */
  held: 'type-2' | 'type-1' | null;
  window: DateRangeAnswer | null;
  asOf: string | null;
  issuedOn: string | null;
  bridgeEnd: string | null;
  /** The dates to judge the held report by; null when no report is held. */
  dates: ReportDates | null;
  /** Whether the held report is current on `today`; null when no report is held. */
  staleness: Staleness | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The SOC 2 report facts from the answers, judged on `today` (the reviewer's local date). */
export function reportFacts(answers: Answers, today: string, bank: Bank = QUESTION_BANK): ReportFacts {
  const a = effectiveAnswers(bank, answers);
  const reportType = str(a[Q.reportType]) as ReportType | null;
  const held = reportType === 'type-2' || reportType === 'type-1' ? reportType : null;
  const window = (a[Q.observationWindow] as DateRangeAnswer | undefined) ?? null;
  const asOf = str(a[Q.asOfDate]);
  const issuedOn = str(a[Q.issueDate]);
  const bridgeEnd = str(a[Q.bridgeLetterEnd]);
  const dates: ReportDates | null = held && {
    kind: held === 'type-2' ? 'soc2-type2' : 'soc2-type1',
    periodEnd: window?.end ?? null,
    asOf,
    issuedOn,
    bridgeEnd,
  };
  return {
    reportType,
    held,
    window,
    asOf,
    issuedOn,
    bridgeEnd,
    dates,
    staleness: dates && staleness(dates, today),
  };
}

export const CERTIFICATES = {
  'iso-27001': { status: Q.iso27001Status, expiry: Q.iso27001Expiry },
  'iso-42001': { status: Q.iso42001Status, expiry: Q.iso42001Expiry },
} as const;
export type Certificate = keyof typeof CERTIFICATES;

export interface CertificateFacts {
  /** The status answer ('certified', 'in-progress', …), or null while unanswered. */
  status: string | null;
  expiresOn: string | null;
  /** Whether a held certificate is current on `today`; null unless certified. */
  staleness: Staleness | null;
}

/** An ISO certificate's status and currency from the answers (current until its expiry). */
export function certificateFacts(
  answers: Answers,
  certificate: Certificate,
  today: string,
  bank: Bank = QUESTION_BANK,
): CertificateFacts {
  const a = effectiveAnswers(bank, answers);
  const ids = CERTIFICATES[certificate];
  const status = str(a[ids.status]);
  const expiresOn = str(a[ids.expiry]);
  return {
    status,
    expiresOn,
    staleness: status === 'certified' ? staleness({ kind: 'iso', expiresOn }, today) : null,
  };
}
