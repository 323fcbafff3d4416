/**
 * The reminder alarms: a daily sweep and one alarm for the next due reminder, never one per report
 * (Chrome caps an extension at 500 alarms). Times are derived from the date and the database only,
 * so every worker start computes the same ones and an unchanged alarm is left alone.
 */

export const SWEEP_ALARM = 'vendorscope:reminders-sweep';
export const NEXT_ALARM = 'vendorscope:reminders-next';
export const SWEEP_PERIOD_MINUTES = 24 * 60;
/** The daily sweep runs just after local midnight, when statuses change day. */
const SWEEP_MINUTE = 5;

/** The next local 00:05 after `now`, epoch ms. */
export function nextSweepAt(now: Date): number {
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 0, SWEEP_MINUTE);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.getTime();
}

export interface AlarmLike {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface AlarmChanges {
  create: { name: string; when: number; periodInMinutes?: number }[];
  clear: string[];
}

/**
 * What to change so the alarms are exactly: the daily sweep (kept if it exists with its period, as
 * a periodic alarm moves on by itself) and the next-reminder alarm at `nextAt` (or none).
 */
export function alarmChanges(existing: AlarmLike[], now: Date, nextAt: number | null): AlarmChanges {
  const byName = new Map(existing.map((a) => [a.name, a]));
  const changes: AlarmChanges = { create: [], clear: [] };
  const sweep = byName.get(SWEEP_ALARM);
  if (!sweep || sweep.periodInMinutes !== SWEEP_PERIOD_MINUTES)
    changes.create.push({ name: SWEEP_ALARM, when: nextSweepAt(now), periodInMinutes: SWEEP_PERIOD_MINUTES });
  const next = byName.get(NEXT_ALARM);
  if (nextAt === null) {
    if (next) changes.clear.push(NEXT_ALARM);
  } else if (!next || next.scheduledTime !== nextAt) {
    changes.create.push({ name: NEXT_ALARM, when: nextAt });
  }
  // Alarms of ours that no longer exist in this design (renamed or per-report ones) go.
  for (const a of existing)
    if (a.name.startsWith('vendorscope:reminder') && a.name !== SWEEP_ALARM && a.name !== NEXT_ALARM)
      changes.clear.push(a.name);
  return changes;
}
