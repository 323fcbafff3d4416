import { localIsoDate } from '../dates/local-date';
import { afterNotify, nextNotifyAt, notifyTime, shouldNotify, type ReminderState } from './due';
import type { ReportKey } from './reports';
import { inQuietHours, quietHoursEnd, type ReminderSettings } from './settings';

/**
 * One sweep, planned without side effects: which reports to notify now, the day each row read must be
 * looked at again, and when the next reminder alarm must fire. The background only carries the plan
 * out, so restarts and repeated sweeps give the same answer from the same database.
 */

export interface SweepReminder extends ReminderState {
  id: string;
  vendorId: string;
  vendorName: string;
  key: ReportKey;
  checkOn: string | null;
}

export interface SweepPlan<T extends SweepReminder> {
  /** Reports to tell about now, with the state to store once told. */
  notify: { reminder: T; updated: T }[];
  /** Rows looked at but not due: the day to look again (null: nothing left to tell). */
  reschedule: { id: string; staleOn: string; checkOn: string | null }[];
  /** Epoch ms of the next reminder alarm; null when nothing is ahead. */
  nextAlarmAt: number | null;
}

const dayOf = (at: number, today: string) => (at <= 0 ? today : localIsoDate(new Date(at)));

/**
 * @param due rows whose checkOn has come (checkOn ≤ today)
 * @param upcoming the earliest checkOn after today among all rows, for the next alarm
 */
export function planSweep<T extends SweepReminder>(
  due: T[],
  now: Date,
  settings: ReminderSettings,
  upcoming: string | null = null,
): SweepPlan<T> {
  const plan: SweepPlan<T> = { notify: [], reschedule: [], nextAlarmAt: null };
  if (!settings.enabled) return plan;
  const today = localIsoDate(now);
  const leads = settings.leadDays;
  const quiet = inQuietHours(now, settings.quietHours);
  const later = (t: number | null) => {
    if (t !== null && (plan.nextAlarmAt === null || t < plan.nextAlarmAt)) plan.nextAlarmAt = t;
  };
  const lookAgain = (r: T, at: number | null) => {
    const checkOn = at === null ? null : dayOf(at, today);
    if (checkOn !== r.checkOn) plan.reschedule.push({ id: r.id, staleOn: r.staleOn, checkOn });
  };
  if (upcoming) later(notifyTime(upcoming));

  for (const r of due) {
    const at = nextNotifyAt(r, today, leads);
    if (at === null || at > now.getTime()) {
      lookAgain(r, at);
      later(at);
      continue;
    }
    const stage = shouldNotify(r, today, leads);
    if (stage === null) continue;
    // Due now: told unless quiet hours hold it back until they end (it stays due meanwhile).
    if (quiet) {
      later(quietHoursEnd(now, settings.quietHours).getTime());
      continue;
    }
    const told = afterNotify(r, stage, leads);
    const next = nextNotifyAt(told, today, leads);
    plan.notify.push({
      reminder: r,
      updated: { ...told, checkOn: next === null ? null : dayOf(next, today) },
    });
    later(next);
  }
  return plan;
}
