import { addDays, daysBetween } from '../staleness/calendar';

/**
 * When a report's reminders are due. Pure: dates are the reviewer's local YYYY-MM-DD, `now` a Date.
 *
 * Lead times (e.g. 30, 7, 0 days before the stale date) cut the time before a stale date into
 * stages. A report is "due" from its first (longest) lead time on and "stale" from its stale date.
 * Each stage notifies once: `notified` records the stages already told, so restarts never repeat
 * one, and a browser that was closed through several stages tells only the latest.
 */

/** Local hour a reminder is shown on its day: the working morning, not midnight. */
export const NOTIFY_HOUR = 9;
/** How long "Snooze 1 week" waits. */
export const SNOOZE_DAYS = 7;

export interface ReminderState {
  staleOn: string;
  /** Lead times (days before staleOn) already notified for this stale date. */
  notified: number[];
  /** Local date the snooze ends; the reminder returns on it. */
  snoozedUntil: string | null;
}

export type ReminderStatus = 'current' | 'due' | 'stale' | 'unknown';

export function reminderStatus(staleOn: string, today: string, leads: number[]): ReminderStatus {
  const left = daysBetween(today, staleOn);
  if (left === null) return 'unknown';
  if (left <= 0) return 'stale';
  return left <= Math.max(...leads) ? 'due' : 'current';
}

/** The stage `today` is in: the shortest lead time not yet passed; null before the first one. */
export function currentStage(staleOn: string, today: string, leads: number[]): number | null {
  const left = daysBetween(today, staleOn);
  if (left === null) return null;
  const reached = leads.filter((l) => left <= l);
  return reached.length ? Math.min(...reached) : null;
}

const isSnoozed = (r: ReminderState, today: string) => r.snoozedUntil !== null && today < r.snoozedUntil;

/** Should this report be told about today (ignoring the time of day and quiet hours)? */
export function shouldNotify(r: ReminderState, today: string, leads: number[]): number | null {
  if (isSnoozed(r, today)) return null;
  const stage = currentStage(r.staleOn, today, leads);
  if (stage === null) return null;
  // A snooze that has ended brings the reminder back once, whatever stage it is in.
  if (r.snoozedUntil !== null) return stage;
  return r.notified.includes(stage) ? null : stage;
}

/** State after notifying `stage`: it and every longer lead time count as told; a snooze is spent. */
export function afterNotify<T extends ReminderState>(r: T, stage: number, leads: number[]): T {
  const told = new Set([...r.notified, ...leads.filter((l) => l >= stage)]);
  return { ...r, notified: [...told].sort((a, b) => b - a), snoozedUntil: null };
}

export function snooze<T extends ReminderState>(r: T, today: string, days = SNOOZE_DAYS): T {
  return { ...r, snoozedUntil: addDays(today, days) ?? r.snoozedUntil };
}

/** Local NOTIFY_HOUR on `date`, as epoch ms. */
export function notifyTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, NOTIFY_HOUR).getTime();
}

/**
 * The moment this report should next be told about, as epoch ms (possibly already past: then now);
 * null when no stage is left. Stage dates before `today` mean "as soon as possible".
 */
export function nextNotifyAt(r: ReminderState, today: string, leads: number[]): number | null {
  if (isSnoozed(r, today)) return notifyTime(r.snoozedUntil!);
  const stage = shouldNotify(r, today, leads);
  if (stage !== null) {
    const from = r.snoozedUntil ?? addDays(r.staleOn, -stage) ?? today;
    // A day already past: as soon as possible (0 is before any `now`).
    return from < today ? 0 : notifyTime(from);
  }
  const upcoming = leads
    .filter((l) => !r.notified.includes(l))
    .map((l) => addDays(r.staleOn, -l))
    .filter((d): d is string => d !== null && d > today)
    .sort();
  return upcoming.length ? notifyTime(upcoming[0]!) : null;
}
