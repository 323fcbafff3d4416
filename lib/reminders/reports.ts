import { CERTIFICATES, certificateFacts, reportFacts, type Certificate } from '../questionnaire/report-facts';
import { Q } from '../questionnaire/question-ids';
import type { Answers } from '../questionnaire/visibility';

/**
 * The dated reports of one review, each with its first stale day by the one staleness rule
 * (lib/staleness via report-facts): the SOC 2 report held, and each ISO certificate held.
 * A report without a usable date gets no reminder: its status is "unknown", never "current".
 */

export const REPORT_KEYS = ['soc2', 'iso-27001', 'iso-42001'] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

export const REPORT_LABELS: Record<ReportKey, string> = {
  soc2: 'SOC 2 report',
  'iso-27001': 'ISO 27001 certificate',
  'iso-42001': 'ISO 42001 certificate',
};

export interface DatedReport {
  key: ReportKey;
  /** First stale day, YYYY-MM-DD. */
  staleOn: string;
}

/** Any valid date: staleOn does not depend on today, only the status does. */
const ANY_DAY = '2000-01-01';

export function datedReports(answers: Answers): DatedReport[] {
  const out: DatedReport[] = [];
  const soc2 = reportFacts(answers, ANY_DAY).staleness?.staleOn;
  if (soc2) out.push({ key: 'soc2', staleOn: soc2 });
  for (const c of Object.keys(CERTIFICATES) as Certificate[]) {
    const on = certificateFacts(answers, c, ANY_DAY).staleness?.staleOn;
    if (on) out.push({ key: c, staleOn: on });
  }
  return out;
}

/** Answers a stale date depends on: changing one reschedules the reminders. */
export const REPORT_DATE_QUESTIONS: ReadonlySet<string> = new Set([
  Q.reportType,
  Q.observationWindow,
  Q.asOfDate,
  Q.issueDate,
  Q.bridgeLetterEnd,
  ...Object.values(CERTIFICATES).flatMap((c) => [c.status, c.expiry]),
]);
