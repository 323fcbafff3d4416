import { daysBetween } from '../staleness/calendar';
import { REPORT_LABELS, type ReportKey } from './reports';

/**
 * Notification wording. Vendor names come from pages or reviewers: notifications render plain text,
 * and names are cut so one long name cannot push the date out of view.
 */

export interface ReminderLine {
  vendorName: string;
  key: ReportKey;
  staleOn: string;
}

const name = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** "Acme's SOC 2 report goes stale on 2027-01-31 — ask for the new report or a bridge letter". */
export function reminderMessage(line: ReminderLine, today: string): string {
  const left = daysBetween(today, line.staleOn) ?? 0;
  const who = `${name(line.vendorName)}’s ${REPORT_LABELS[line.key]}`;
  if (line.key === 'soc2') {
    const when = left > 0 ? `goes stale on ${line.staleOn}` : `has been stale since ${line.staleOn}`;
    return `${who} ${when} — ask for the new report or a bridge letter`;
  }
  const when = left > 0 ? `expires on ${line.staleOn}` : `expired on ${line.staleOn}`;
  return `${who} ${when} — ask for the renewed certificate`;
}

export function reminderTitle(line: ReminderLine, today: string): string {
  return (daysBetween(today, line.staleOn) ?? 0) > 0 ? 'Vendor report going stale' : 'Vendor report stale';
}

/** Shown lines in a grouped notification; the rest are counted. */
export const GROUP_LINES = 3;

/** One notification for many reports: the earliest first, then a count of the rest. */
export function groupedReminder(lines: ReminderLine[], today: string): { title: string; message: string } {
  const sorted = [...lines].sort((a, b) => a.staleOn.localeCompare(b.staleOn));
  const shown = sorted.slice(0, GROUP_LINES).map((l) => reminderMessage(l, today).split(' — ')[0]);
  const rest = sorted.length - shown.length;
  return {
    title: `${lines.length} vendor reports need attention`,
    message: [...shown, ...(rest > 0 ? [`and ${rest} more — open Vendorscope to review them`] : [])].join(
      '\n',
    ),
  };
}

/** Badge counts are read up to this; the badge has room for about four characters. */
export const BADGE_CAP = 100;

/** The toolbar badge for `n` reports due or stale: nothing for none, "99+" from the cap on. */
export const badgeText = (n: number): string => (n <= 0 ? '' : n >= BADGE_CAP ? '99+' : String(n));
