import type { Findings, FindingsReport, FindingsReview } from './findings';

/**
 * Wording shared by the Markdown and HTML exports, so both say the same thing. Our own words are
 * written as is; every value from the review goes through the renderer's escapers, passed in.
 */
export interface Escapers {
  /** Any text from a page or the reviewer. */
  text: (s: string) => string;
  /** A stored YYYY-MM-DD date. */
  date: (s: string) => string;
}

/** "Proceed with conditions (provisional)". Labels are ours, so no escaping is needed. */
export function verdictText(v: Findings['verdict']): string {
  return `${v.label}${v.provisional ? ' (provisional)' : ''}`;
}

/** "Final, signed off by Dana on 2026-11-25", or "Draft". */
export function signOffText(r: FindingsReview, e: Escapers): string {
  if (r.status === 'draft') return 'Draft';
  const by = r.signedOffBy ? ` by ${e.text(r.signedOffBy)}` : '';
  const on = r.signedOffOn ? ` on ${e.date(r.signedOffOn)}` : '';
  return `Final${by || on ? `, signed off${by}${on}` : ''}`;
}

/** Whether the report is current, by the staleness rule, with the date that decides it. */
export function currencyText(r: FindingsReport, e: Escapers): string {
  switch (r.status) {
    case 'current':
      return `Current; stale from ${e.date(r.staleOn!)}`;
    case 'stale':
      return `Stale since ${e.date(r.staleOn!)}`;
    case 'unknown':
      return 'Unknown: no usable date, so not current';
    case null:
      return 'No report in hand';
  }
}

const days = (n: number) => `${n.toLocaleString('en')} day${n === 1 ? '' : 's'}`;

/** A date in the future (a mistyped window end) reads "before", not as a negative age. */
function ageText(ageDays: number, basis: string): string {
  return ageDays >= 0 ? `${days(ageDays)} since the ${basis}` : `${days(-ageDays)} before the ${basis}`;
}

/** The report facts as [field, value] rows, known facts only, with currency last. */
export function reportFactRows(r: FindingsReport, e: Escapers): [string, string][] {
  const rows: [string, string | null][] = [
    ['Report', e.text(r.typeLabel)],
    [
      'Observation window',
      r.windowStart && r.windowEnd ? `${e.date(r.windowStart)} – ${e.date(r.windowEnd)}` : null,
    ],
    ['As of', r.asOf && e.date(r.asOf)],
    ['Issued', r.issuedOn && e.date(r.issuedOn)],
    ['Bridge letter until', r.bridgeEnd && e.date(r.bridgeEnd)],
    ['Age', r.ageDays === null ? null : ageText(r.ageDays, r.ageBasis!)],
    ['Currency', currencyText(r, e)],
  ];
  return rows.filter((row): row is [string, string] => !!row[1]);
}
