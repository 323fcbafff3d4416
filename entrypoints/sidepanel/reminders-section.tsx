import { ReportReminders } from '@/components/reminders/ReportReminders';
import { useReminderSettings } from '@/lib/reminders/use-reminder-settings';
import type { Reminder } from '@/lib/db/schema';
import { snoozeReminder, unsnoozeReminder, vendorReminderRows } from '@/lib/reminders/vendor-reminders';

/**
 * One vendor's report reminders (its rows come with the review). Its own component so the reminder
 * options, which arrive from extension storage after the review, re-render only this card.
 */
export function RemindersSection({ rows, today }: { rows: Reminder[]; today: string }) {
  const settings = useReminderSettings();
  return (
    <ReportReminders
      rows={vendorReminderRows(rows, today, settings)}
      disabled={!settings.enabled}
      onSnooze={(id) => void snoozeReminder(id, today)}
      onUnsnooze={(id) => void unsnoozeReminder(id, today)}
    />
  );
}
