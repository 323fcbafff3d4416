import { ReportReminders } from '@/components/reminders/ReportReminders';
import { useReminderSettings } from '@/lib/reminders/use-reminder-settings';
import { snoozeReminder, unsnoozeReminder, useVendorReminders } from '@/lib/reminders/use-vendor-reminders';

/**
 * One vendor's report reminders. Its own component so the reminder rows and options, which arrive
 * after the review, re-render only this card and not the whole review.
 */
export function RemindersSection({ vendorId, today }: { vendorId: string; today: string }) {
  const settings = useReminderSettings();
  const rows = useVendorReminders(vendorId, today, settings);
  return (
    <ReportReminders
      rows={rows}
      disabled={!settings.enabled}
      onSnooze={(id) => void snoozeReminder(id, today)}
      onUnsnooze={(id) => void unsnoozeReminder(id, today)}
    />
  );
}
