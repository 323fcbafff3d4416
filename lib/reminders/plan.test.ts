import { describe, expect, it } from 'vitest';
import { notifyTime } from './due';
import { planSweep, type SweepReminder } from './plan';
import { firstCheckOn } from './rows';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './settings';

const rem = (i: number, staleOn: string, extra: Partial<SweepReminder> = {}): SweepReminder => ({
  id: `v${i}:soc2`,
  vendorId: `v${i}`,
  vendorName: `Vendor ${i}`,
  key: 'soc2',
  staleOn,
  notified: [],
  snoozedUntil: null,
  checkOn: firstCheckOn(staleOn),
  ...extra,
});
const at = (date: string, hour: number, minute = 0) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute);
};

describe('planSweep', () => {
  it('notifies what is due after 09:00 and schedules the next look at each row', () => {
    const plan = planSweep(
      [rem(1, '2027-01-31'), rem(2, '2027-06-30'), rem(3, '2026-01-01', { notified: [30, 7, 0] })],
      at('2027-01-05', 10),
      DEFAULT_REMINDER_SETTINGS,
    );
    expect(plan.notify.map((n) => n.reminder.id)).toEqual(['v1:soc2']);
    expect(plan.notify[0]!.updated).toMatchObject({ notified: [30], checkOn: '2027-01-24' });
    // Not due yet: looked at again when its first lead time starts. All told: never again.
    expect(plan.reschedule).toEqual([
      { id: 'v2:soc2', staleOn: '2027-06-30', checkOn: '2027-05-31' },
      { id: 'v3:soc2', staleOn: '2026-01-01', checkOn: null },
    ]);
    expect(plan.nextAlarmAt).toBe(notifyTime('2027-01-24'));
  });

  it('waits until 09:00 on the stage day itself', () => {
    const plan = planSweep([rem(1, '2027-01-31')], at('2027-01-01', 0, 5), DEFAULT_REMINDER_SETTINGS);
    expect(plan.notify).toEqual([]);
    expect(plan.reschedule).toEqual([{ id: 'v1:soc2', staleOn: '2027-01-31', checkOn: '2027-01-01' }]);
    expect(plan.nextAlarmAt).toBe(notifyTime('2027-01-01'));
  });

  it('takes the next alarm from the earliest row still ahead', () => {
    const plan = planSweep([], at('2027-01-05', 10), DEFAULT_REMINDER_SETTINGS, '2027-03-01');
    expect(plan.nextAlarmAt).toBe(notifyTime('2027-03-01'));
  });

  it('holds reminders during quiet hours and wakes when they end', () => {
    const settings: ReminderSettings = {
      ...DEFAULT_REMINDER_SETTINGS,
      quietHours: { enabled: true, start: '08:00', end: '12:30' },
    };
    const plan = planSweep([rem(1, '2027-01-31')], at('2027-01-05', 10), settings);
    expect(plan.notify).toEqual([]);
    expect(plan.nextAlarmAt).toBe(at('2027-01-05', 12, 30).getTime());
    expect(planSweep([rem(1, '2027-01-31')], at('2027-01-05', 12, 30), settings).notify).toHaveLength(1);
  });

  it('does nothing when reminders are off', () => {
    const plan = planSweep([rem(1, '2027-01-31')], at('2027-01-05', 10), {
      ...DEFAULT_REMINDER_SETTINGS,
      enabled: false,
    });
    expect(plan).toEqual({ notify: [], reschedule: [], nextAlarmAt: null });
  });

  it('gives the same plan for the same state, and nothing more once told', () => {
    const now = at('2027-02-10', 11);
    const many = Array.from({ length: 5000 }, (_, i) => rem(i, i % 2 ? '1990-01-01' : '2027-02-20'));
    const first = planSweep(many, now, DEFAULT_REMINDER_SETTINGS);
    expect(planSweep(many, now, DEFAULT_REMINDER_SETTINGS)).toEqual(first);
    expect(first.notify).toHaveLength(5000);
    const told = first.notify.map((n) => n.updated);
    // Only rows whose next look has come are read again: the stale ones are done for good.
    const again = told.filter((r) => r.checkOn !== null && r.checkOn <= '2027-02-10');
    expect(again).toEqual([]);
    expect(told.filter((r) => r.checkOn === '2027-02-13')).toHaveLength(2500);
    expect(first.nextAlarmAt).toBe(notifyTime('2027-02-13'));
  });
});
