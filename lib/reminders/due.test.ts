import { describe, expect, it } from 'vitest';
import {
  afterNotify,
  currentStage,
  nextNotifyAt,
  notifyTime,
  reminderStatus,
  shouldNotify,
  snooze,
  type ReminderState,
} from './due';

const LEADS = [30, 7, 0];
const fresh = (staleOn: string): ReminderState => ({ staleOn, notified: [], snoozedUntil: null });

describe('reminderStatus', () => {
  it('is current before the first lead time, due from it, stale from the stale date on', () => {
    expect(reminderStatus('2027-01-31', '2026-12-31', LEADS)).toBe('current');
    expect(reminderStatus('2027-01-31', '2027-01-01', LEADS)).toBe('due');
    expect(reminderStatus('2027-01-31', '2027-01-30', LEADS)).toBe('due');
    expect(reminderStatus('2027-01-31', '2027-01-31', LEADS)).toBe('stale');
    expect(reminderStatus('2027-01-31', '2027-02-01', LEADS)).toBe('stale');
  });

  it('handles leap days: due 30 days before 2028-02-29, stale on it', () => {
    expect(reminderStatus('2028-02-29', '2028-01-30', LEADS)).toBe('due');
    expect(reminderStatus('2028-02-29', '2028-01-29', LEADS)).toBe('current');
    expect(reminderStatus('2028-02-29', '2028-02-29', LEADS)).toBe('stale');
  });

  it('is unknown for a date it cannot read, never current', () => {
    expect(reminderStatus('2027-02-30', '2027-01-01', LEADS)).toBe('unknown');
    expect(reminderStatus('2027-01-31', 'not a date', LEADS)).toBe('unknown');
  });
});

describe('stages', () => {
  it('puts each day in the shortest lead time already reached', () => {
    expect(currentStage('2027-01-31', '2026-12-31', LEADS)).toBeNull();
    expect(currentStage('2027-01-31', '2027-01-01', LEADS)).toBe(30);
    expect(currentStage('2027-01-31', '2027-01-24', LEADS)).toBe(7);
    expect(currentStage('2027-01-31', '2027-01-30', LEADS)).toBe(7);
    expect(currentStage('2027-01-31', '2027-01-31', LEADS)).toBe(0);
    expect(currentStage('2027-01-31', '2030-01-01', LEADS)).toBe(0);
  });

  it('notifies each stage once, and only the latest after a long absence', () => {
    let r = fresh('2027-01-31');
    expect(shouldNotify(r, '2027-01-02', LEADS)).toBe(30);
    r = afterNotify(r, 30, LEADS);
    expect(shouldNotify(r, '2027-01-02', LEADS)).toBeNull();
    expect(shouldNotify(r, '2027-01-20', LEADS)).toBeNull();
    expect(shouldNotify(r, '2027-01-24', LEADS)).toBe(7);
    // Closed from the 30-day stage until after the stale date: one reminder, not three.
    const away = fresh('2027-01-31');
    expect(shouldNotify(away, '2027-02-10', LEADS)).toBe(0);
    const told = afterNotify(away, 0, LEADS);
    expect(told.notified).toEqual([30, 7, 0]);
    expect(shouldNotify(told, '2027-02-11', LEADS)).toBeNull();
  });

  it('brings a snoozed reminder back once when the snooze ends', () => {
    let r = afterNotify(fresh('2027-01-31'), 30, LEADS);
    r = snooze(r, '2027-01-05');
    expect(r.snoozedUntil).toBe('2027-01-12');
    expect(shouldNotify(r, '2027-01-11', LEADS)).toBeNull();
    expect(shouldNotify(r, '2027-01-12', LEADS)).toBe(30);
    r = afterNotify(r, 30, LEADS);
    expect(r.snoozedUntil).toBeNull();
    expect(shouldNotify(r, '2027-01-13', LEADS)).toBeNull();
    // A snooze across a stage holds that stage back until it ends.
    const s = snooze(afterNotify(fresh('2027-01-31'), 30, LEADS), '2027-01-22');
    expect(shouldNotify(s, '2027-01-25', LEADS)).toBeNull();
    expect(shouldNotify(s, '2027-01-29', LEADS)).toBe(7);
  });
});

describe('nextNotifyAt', () => {
  it('is 09:00 local on the next stage day, or now for a day already past', () => {
    const r = fresh('2027-01-31');
    expect(nextNotifyAt(r, '2026-12-01', LEADS)).toBe(notifyTime('2027-01-01'));
    expect(new Date(notifyTime('2027-01-01')).getHours()).toBe(9);
    expect(nextNotifyAt(r, '2027-01-01', LEADS)).toBe(notifyTime('2027-01-01'));
    expect(nextNotifyAt(r, '2027-01-05', LEADS)).toBe(0);
    const told = afterNotify(r, 30, LEADS);
    expect(nextNotifyAt(told, '2027-01-05', LEADS)).toBe(notifyTime('2027-01-24'));
    expect(nextNotifyAt(afterNotify(r, 0, LEADS), '2027-02-05', LEADS)).toBeNull();
  });

  it('waits for a snooze to end', () => {
    const r = snooze(afterNotify(fresh('2027-01-31'), 30, LEADS), '2027-01-05');
    expect(nextNotifyAt(r, '2027-01-06', LEADS)).toBe(notifyTime('2027-01-12'));
  });

  it('copes with dates in the far past and far future', () => {
    expect(nextNotifyAt(fresh('0001-01-01'), '2026-11-26', LEADS)).toBe(0);
    expect(nextNotifyAt(fresh('9999-12-31'), '2026-11-26', LEADS)).toBe(notifyTime('9999-12-01'));
  });
});
