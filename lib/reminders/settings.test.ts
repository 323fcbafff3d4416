import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_SETTINGS,
  inQuietHours,
  parseReminderSettings,
  quietHoursEnd,
  reminderSettingsSchema,
} from './settings';

describe('reminder settings', () => {
  it('normalises lead times: longest first, no duplicates', () => {
    const s = reminderSettingsSchema.parse({ ...DEFAULT_REMINDER_SETTINGS, leadDays: [7, 30, 7, 0] });
    expect(s.leadDays).toEqual([30, 7, 0]);
  });

  it('rejects bad lead times and equal quiet-hour bounds with readable messages', () => {
    const bad = reminderSettingsSchema.safeParse({ ...DEFAULT_REMINDER_SETTINGS, leadDays: [-1] });
    expect(bad.success || bad.error.issues[0]!.message).toBe('A lead time cannot be negative');
    const quiet = reminderSettingsSchema.safeParse({
      ...DEFAULT_REMINDER_SETTINGS,
      quietHours: { enabled: true, start: '09:00', end: '09:00' },
    });
    expect(quiet.success || quiet.error.issues[0]!.message).toBe(
      'Quiet hours need different start and end times',
    );
  });

  it('reads a damaged stored value field by field, never throwing', () => {
    expect(parseReminderSettings(undefined)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(parseReminderSettings('garbage')).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(parseReminderSettings({ enabled: false, leadDays: 'x', quietHours: null })).toEqual({
      ...DEFAULT_REMINDER_SETTINGS,
      enabled: false,
    });
    expect(
      parseReminderSettings({
        ...DEFAULT_REMINDER_SETTINGS,
        quietHours: { enabled: true, start: '1', end: '2' },
      }),
    ).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  it('knows quiet hours, also across midnight', () => {
    const night = { enabled: true, start: '22:00', end: '07:30' };
    expect(inQuietHours(new Date(2027, 0, 5, 23, 0), night)).toBe(true);
    expect(inQuietHours(new Date(2027, 0, 5, 7, 29), night)).toBe(true);
    expect(inQuietHours(new Date(2027, 0, 5, 7, 30), night)).toBe(false);
    expect(inQuietHours(new Date(2027, 0, 5, 12, 0), night)).toBe(false);
    expect(quietHoursEnd(new Date(2027, 0, 5, 23, 0), night)).toEqual(new Date(2027, 0, 6, 7, 30));
    expect(quietHoursEnd(new Date(2027, 0, 6, 1, 0), night)).toEqual(new Date(2027, 0, 6, 7, 30));
    expect(inQuietHours(new Date(2027, 0, 5, 23, 0), { ...night, enabled: false })).toBe(false);
  });
});
