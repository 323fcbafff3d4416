import type { AppDB } from '../db/app-db';
import { latestAssessment } from '../db/assessments-repo';
import { syncReminderRows } from '../db/reminder-sync';
import { vendorSchema } from '../db/schema';
import { datedReports } from '../reminders/reports';
import { reviewSummary } from './summary';

/**
 * Recomputes everything derived from a vendor's latest review: its list summary (verdict, report
 * type, next stale date) and its reminder rows. Runs inside the review service's transaction, so the
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
  const summary = latest ? reviewSummary(vendor.tier, values, today) : null;
  const nextStaleOn = summary?.nextStaleOn ?? null;
  // Derived data does not bump updatedAt: it must not win a backup merge over a real edit.
  if (JSON.stringify(summary) !== JSON.stringify(vendor.summary) || nextStaleOn !== vendor.nextStaleOn)
    await db.vendors.put(vendorSchema.parse({ ...vendor, summary, nextStaleOn }));
  const live = vendor.deletedAt === null;
  return syncReminderRows(db, vendorId, live ? datedReports(values) : [], now);
}
