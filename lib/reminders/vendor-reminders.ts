import type { Reminder } from '../db/schema';
import { reviewService } from '../review/page-service';
import { reminderStatus } from './due';
import { REPORT_LABELS } from './reports';
import type { ReminderSettings } from './settings';

/** One vendor's reminder rows as the panel lists them: today's status by the lead times, soonest first. */
export function vendorReminderRows(rows: Reminder[], today: string, settings: ReminderSettings) {
  return rows
    .map((r) => ({
      id: r.id,
      label: REPORT_LABELS[r.key],
      staleOn: r.staleOn,
      status: reminderStatus(r.staleOn, today, settings.leadDays),
      snoozedUntil: r.snoozedUntil && r.snoozedUntil > today ? r.snoozedUntil : null,
    }))
    .sort((a, b) => a.staleOn.localeCompare(b.staleOn));
}

export async function snoozeReminder(id: string, today: string): Promise<void> {
  await reviewService.snoozeReminders([id], today);
}

export async function unsnoozeReminder(id: string, today: string): Promise<void> {
  await reviewService.unsnoozeReminder(id, today);
}
