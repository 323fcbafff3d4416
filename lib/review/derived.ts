import type { AppDB } from '../db/app-db';
import { latestAssessment } from '../db/assessments-repo';
import { syncReminderRows } from '../db/reminder-sync';
import { vendorRowSchema, vendorSchema } from '../db/schema';
import { datedReports } from '../reminders/reports';
import { vendorRow } from '../vendors/list-row';
import { reviewSummary } from './summary';

/**
 * Recomputes everything derived from a vendor and its latest review: its summary (verdict, report
 * type, next stale date), its vendor-list row and its reminder rows. Runs inside the review service's transaction, so the
 * derived data can never disagree with the review it comes from. A deleted vendor keeps its summary
 * (undo brings it back as it was) and loses its reminder rows.
 * @returns whether reminder rows changed (the background must re-sweep: badge and alarms)
 */
export async function refreshDerived(
  db: AppDB,
  vendorId: string,
  now: number,
  today: string,
): Promise<boolean> {
  const vendor = await db.vendors.get(vendorId);
  if (!vendor) return false;
  const latest = await latestAssessment(db, vendorId);
  const rows = latest ? await db.answers.where('assessmentId').equals(latest.id).toArray() : [];
  const values = Object.fromEntries(rows.map((a) => [a.questionId, a.value]));
  // A vendor without a review yet still has the verdict an empty review gives (as the panel shows).
  const summary = reviewSummary(vendor.tier, values, today);
  const nextStaleOn = summary.nextStaleOn;
  // Derived data does not bump updatedAt: it must not win a backup merge over a real edit.
  const current = { ...vendor, summary, nextStaleOn };
  if (JSON.stringify(summary) !== JSON.stringify(vendor.summary) || nextStaleOn !== vendor.nextStaleOn)
    await db.vendors.put(vendorSchema.parse(current));
  // The vendor list's row: rewritten when anything it shows or sorts by changed, gone when deleted.
  const row = vendorRow(current);
  const stored = await db.vendorRows.get(vendorId);
  if (!row) {
    if (stored) await db.vendorRows.delete(vendorId);
  } else if (JSON.stringify(row) !== JSON.stringify(stored))
    await db.vendorRows.put(vendorRowSchema.parse(row));
  const live = vendor.deletedAt === null;
  return syncReminderRows(db, vendorId, live ? datedReports(values) : [], now);
}
