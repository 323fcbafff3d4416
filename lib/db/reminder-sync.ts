import type { DatedReport } from '../reminders/reports';
import { reminderRows } from '../reminders/rows';
import type { AppDB } from './app-db';
import { reminderSchema } from './schema';

/**
 * Brings a vendor's reminder rows in line with its dated reports (none for a deleted vendor or one
 * without a review). Run inside the caller's transaction.
 * @returns whether any row was added, changed or removed (the background must then re-sweep)
 */
export async function syncReminderRows(
  db: AppDB,
  vendorId: string,
  reports: DatedReport[],
  now: number,
): Promise<boolean> {
  const existing = await db.reminders.where('vendorId').equals(vendorId).toArray();
  const { put, remove } = reminderRows(vendorId, reports, existing, now);
  if (remove.length) await db.reminders.bulkDelete(remove);
  if (put.length) await db.reminders.bulkPut(put.map((r) => reminderSchema.parse(r)));
  return put.length + remove.length > 0;
}
