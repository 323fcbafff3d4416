import type { Tier, VendorSummary } from '../db/schema';
import { reportFacts } from '../questionnaire/report-facts';
import { computeVerdict } from '../questionnaire/verdict';
import type { Answers } from '../questionnaire/visibility';
import { datedReports } from '../reminders/reports';

/**
 * The vendor-list summary of one review: the verdict and the earliest stale date among the SOC 2
 * report and ISO certificates. Pure: the same staleness and verdict code the review panel uses.
 */
export function reviewSummary(tier: Tier, answers: Answers, today: string): VendorSummary {
  const verdict = computeVerdict({ tier, answers, today });
  const report = reportFacts(answers, today);
  // The same dated reports the reminders are kept for, so the list and the reminders agree.
  const staleDates = datedReports(answers).map((r) => r.staleOn);
  return {
    verdict: verdict.label,
    provisional: verdict.provisional,
    reportType: report.reportType,
    windowEnd: report.window?.end ?? null,
    nextStaleOn: staleDates.sort()[0] ?? null,
    openQuestions: verdict.openQuestions.length,
    computedOn: today,
  };
}
