import { remindersRepo } from '../db/repos';
import { reviewService } from '../review/page-service';
import { reminderStatus } from './due';
import { REPORT_LABELS } from './reports';
import type { ReminderSettings } from './settings';
import { useLive } from '../db/use-live';

/** One vendor's reminder rows, live, with today's status by the reminder lead times. */
export function useVendorReminders(vendorId: string | null, today: string, settings: ReminderSettings) {
  const rows = useLive(async () => (vendorId ? remindersRepo.forVendor(vendorId) : []), [vendorId]);
  return (rows ?? [])
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
