import { z } from '../zod';
import { localIsoDate } from '../dates/local-date';
import { addMonths, daysBetween, isIsoDate, laterDate } from './calendar';

/**
 * The one staleness rule, shared by the questionnaire, the verdict, reminders and exports:
 *
 * "A SOC 2 report is current until 12 calendar months after the end of its observation window (Type II)
 * or its as-of date (Type I); where only the report's issue date is known, count from that; a bridge
 * letter the reviewer records extends it to the letter's end; an ISO certificate is current until its
 * expiry. Stale from that date on (reviewer's local date; Feb 29 + 12 months = Feb 28). No date known →
 * 'unknown', never 'current'."
 *
 * "Current until X" is read the same way everywhere: X is the first stale day. So a bridge letter ending
 * on X and a certificate expiring on X are both stale from X on, like a report whose 12 months end on X.
 */

/** How long a SOC 2 report stays current after its window end, as-of or issue date. */
export const STALE_AFTER_MONTHS = 12;

export const REPORT_KINDS = ['soc2-type2', 'soc2-type1', 'iso'] as const;

/**
 * The dates a report or certificate is judged by. Dates are YYYY-MM-DD; anything else (a month only,
 * an impossible day, garbage) is treated as not known rather than rejected, so callers never have to
 * clean their data first.
 */
export const reportDatesSchema = z.object({
  kind: z.enum(REPORT_KINDS),
  /** Type II: last day of the observation window. */
  periodEnd: z.nullish(z.string()),
  /** Type I: the point in time the report speaks for. */
  asOf: z.nullish(z.string()),
  /** The auditor's report date: the fallback when the window end or as-of date is not known. */
  issuedOn: z.nullish(z.string()),
  /** End of a bridge (gap) letter the reviewer recorded. */
  bridgeEnd: z.nullish(z.string()),
  /** ISO certificates: the expiry printed on the certificate. */
  expiresOn: z.nullish(z.string()),
});
export type ReportDates = z.infer<typeof reportDatesSchema>;

export const STALENESS_STATUSES = ['current', 'stale', 'unknown'] as const;
export const stalenessSchema = z.object({
  status: z.enum(STALENESS_STATUSES),
  /** First day the report is stale; null when no usable date is known. */
  staleOn: z.nullable(z.string()),
  /** Days from today to `staleOn`: 0 on the stale day, negative after it; null when unknown. */
  daysLeft: z.nullable(z.number().check(z.int())),
});
export type Staleness = z.infer<typeof stalenessSchema>;

const known = (date: string | null | undefined): string | null => (isIsoDate(date) ? date : null);

/**
 * The first day a report or certificate is stale, or null when no usable date is known.
 *
 * SOC 2: 12 months after the window end (Type II) or as-of date (Type I), else after the issue date.
 * A bridge letter can only extend that, never shorten it; a bridge letter alone (no report date known)
 * still says the vendor vouches for its controls up to the letter's end, so it counts on its own.
 * ISO: the expiry date. An invalid date counts as missing, so an issue date can stand in for a
 * mistyped window end.
 */
export function staleOn(report: ReportDates): string | null {
  if (report.kind === 'iso') return known(report.expiresOn);
  const primary = report.kind === 'soc2-type2' ? report.periodEnd : report.asOf;
  const base = known(primary) ?? known(report.issuedOn);
  const fromBase = base === null ? null : addMonths(base, STALE_AFTER_MONTHS);
  const bridge = known(report.bridgeEnd);
  if (fromBase === null || bridge === null) return fromBase ?? bridge;
  return laterDate(fromBase, bridge);
}

/**
 * Whether a report is current on `today` (the reviewer's local date, YYYY-MM-DD): stale when
 * today >= staleOn. 'unknown' when no date is known or `today` is not a valid date; never throws.
 */
export function staleness(report: ReportDates, today: string): Staleness {
  const on = staleOn(report);
  const daysLeft = on === null ? null : daysBetween(today, on);
  if (on === null || daysLeft === null) return { status: 'unknown', staleOn: on, daysLeft: null };
  return { status: daysLeft <= 0 ? 'stale' : 'current', staleOn: on, daysLeft };
}

/**
 * The reviewer's local calendar date as YYYY-MM-DD: a review at 23:30 counts for that day, not for
 * UTC's next one. An invalid Date yields a string that every function here treats as unknown.
 */
export function todayLocal(d: Date): string {
  return localIsoDate(d);
}
