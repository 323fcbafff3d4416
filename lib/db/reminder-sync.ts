import { datedReports } from '../reminders/reports';
import { reminderRows } from '../reminders/rows';
import type { Answers } from '../questionnaire/visibility';
import type { AppDB } from './app-db';
import { latestAssessment } from './assessments-repo';
import { reminderSchema } from './schema';

/**
 * Brings a vendor's reminder rows in line with its latest review's answers (or removes them all for a
 * vendor that is deleted or has no review). Run inside the caller's transaction where it has one.
 */
export async function syncVendorReminders(
  db: AppDB,
  vendorId: string,
  now: number,
  answers?: Answers,
): Promise<void> {
  const vendor = await db.vendors.get(vendorId);
  const live = !!vendor && vendor.deletedAt === null;
  let values = answers;
  if (!values && live) {
    const latest = await latestAssessment(db, vendorId);
    const rows = latest ? await db.answers.where('assessmentId').equals(latest.id).toArray() : [];
    values = Object.fromEntries(rows.map((a) => [a.questionId, a.value]));
  }
  const existing = await db.reminders.where('vendorId').equals(vendorId).toArray();
  const { put, remove } = reminderRows(vendorId, live ? datedReports(values ?? {}) : [], existing, now);
  if (remove.length) await db.reminders.bulkDelete(remove);
  if (put.length) await db.reminders.bulkPut(put.map((r) => reminderSchema.parse(r)));
}
