import { localIsoDate } from '../dates/local-date';
import { afterNotify, nextNotifyAt, reminderStatus, shouldNotify, type ReminderState } from './due';
import type { ReportKey } from './reports';
import { inQuietHours, quietHoursEnd, type ReminderSettings } from './settings';

/**
 * One sweep, planned without side effects: which reports to notify now, the toolbar count, and when
 * the next reminder alarm must fire. The background only carries the plan out, so restarts and
 * repeated sweeps give the same answer from the same database.
 */

export interface SweepReminder extends ReminderState {
  id: string;
  vendorId: string;
  vendorName: string;
  key: ReportKey;
}

export interface SweepPlan<T extends SweepReminder> {
  /** Reports to tell about now, with the state to store once told. */
  notify: { reminder: T; updated: T }[];
  /** Reports due or stale: the global badge count. */
  badge: number;
  /** Epoch ms of the next reminder alarm; null when nothing is ahead. */
  nextAlarmAt: number | null;
}

export function planSweep<T extends SweepReminder>(
  reminders: T[],
  now: Date,
  settings: ReminderSettings,
): SweepPlan<T> {
  const today = localIsoDate(now);
  const leads = settings.leadDays;
  const badge = reminders.filter((r) => reminderStatus(r.staleOn, today, leads) !== 'current').length;
  if (!settings.enabled) return { notify: [], badge, nextAlarmAt: null };

  const quiet = inQuietHours(now, settings.quietHours);
  const notify: SweepPlan<T>['notify'] = [];
  let next: number | null = null;
  const later = (t: number | null) => {
    if (t !== null && (next === null || t < next)) next = t;
  };
  for (const r of reminders) {
    const at = nextNotifyAt(r, today, leads);
    if (at === null) continue;
    if (at > now.getTime()) {
      later(at);
      continue;
    }
    // Due now: told unless quiet hours hold it back until they end.
    const stage = shouldNotify(r, today, leads);
    if (stage === null) continue;
    if (quiet) {
      later(quietHoursEnd(now, settings.quietHours).getTime());
      continue;
    }
    const updated = afterNotify(r, stage, leads);
    notify.push({ reminder: r, updated });
    later(nextNotifyAt(updated, today, leads));
  }
  return { notify, badge, nextAlarmAt: next };
}
