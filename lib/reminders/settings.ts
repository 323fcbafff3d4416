import { z } from '../zod';

/**
 * Reminder options: lead times, on/off and quiet hours. Stored as one versioned settings item
 * (see items.ts); every read goes through `parseReminderSettings`, so a corrupt or partial
 * stored value falls back field by field to the defaults instead of silencing reminders.
 */

/** Longest lead time offered: a year before the stale date. */
export const MAX_LEAD_DAYS = 365;
export const MAX_LEADS = 5;

const timeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM (24-hour)'));

export const leadDaysSchema = z.pipe(
  z
    .array(
      z
        .number({ error: 'Lead times are whole days' })
        .check(
          z.int('Lead times are whole days'),
          z.minimum(0, 'A lead time cannot be negative'),
          z.maximum(MAX_LEAD_DAYS, `At most ${MAX_LEAD_DAYS} days ahead`),
        ),
    )
    .check(
      z.minLength(1, 'Keep at least one lead time'),
      z.maxLength(MAX_LEADS, `At most ${MAX_LEADS} lead times`),
    ),
  // Stored longest first, without duplicates: "30, 7, 0".
  z.transform((days: number[]) => [...new Set(days)].sort((a, b) => b - a)),
);

export const quietHoursSchema = z.object({
  enabled: z.boolean(),
  /** Local time the quiet window starts; it may wrap past midnight (22:00–07:00). */
  start: timeSchema,
  end: timeSchema,
});
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const reminderSettingsSchema = z
  .object({
    enabled: z.boolean(),
    leadDays: leadDaysSchema,
    quietHours: quietHoursSchema,
  })
  .check(
    z.refine((s) => !s.quietHours.enabled || s.quietHours.start !== s.quietHours.end, {
      message: 'Quiet hours need different start and end times',
      path: ['quietHours', 'end'],
    }),
  );
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true,
  leadDays: [30, 7, 0],
  quietHours: { enabled: false, start: '22:00', end: '08:00' },
};

/**
 * Settings from whatever is stored: valid fields are kept, invalid or missing ones take the default.
 * Never throws, so a damaged item cannot stop the reminders.
 */
export function parseReminderSettings(raw: unknown): ReminderSettings {
  const whole = reminderSettingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const enabled = z.boolean().safeParse(o.enabled);
  const leadDays = leadDaysSchema.safeParse(o.leadDays);
  const quiet = quietHoursSchema.safeParse(o.quietHours);
  const merged = {
    enabled: enabled.success ? enabled.data : DEFAULT_REMINDER_SETTINGS.enabled,
    leadDays: leadDays.success ? leadDays.data : DEFAULT_REMINDER_SETTINGS.leadDays,
    quietHours: quiet.success ? quiet.data : DEFAULT_REMINDER_SETTINGS.quietHours,
  };
  const checked = reminderSettingsSchema.safeParse(merged);
  return checked.success ? checked.data : { ...merged, quietHours: DEFAULT_REMINDER_SETTINGS.quietHours };
}

/** Minutes after local midnight for "HH:MM". */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether the local time of `now` falls in the quiet window (start inclusive, end exclusive). */
export function inQuietHours(now: Date, quiet: QuietHours): boolean {
  if (!quiet.enabled) return false;
  const m = now.getHours() * 60 + now.getMinutes();
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** When the quiet window that contains `now` ends (local time); `now` itself outside quiet hours. */
export function quietHoursEnd(now: Date, quiet: QuietHours): Date {
  if (!inQuietHours(now, quiet)) return now;
  const end = minutesOf(quiet.end);
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), Math.floor(end / 60), end % 60);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at;
}
