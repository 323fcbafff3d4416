import type { AppDB } from '../db/app-db';
import {
  reminderSchema,
  vendorRowSchema,
  vendorSchema,
  type Answer,
  type Assessment,
  type MetaCount,
  type Reminder,
  type Vendor,
  type VendorRow,
} from '../db/schema';
import { lowerDueFloor } from '../db/reminders-repo';
import { datedReports } from '../reminders/reports';
import { reminderRows } from '../reminders/rows';
import { countFromMeta } from '../vendors/list-query';
import { vendorRow } from '../vendors/list-row';
import { reviewSummary } from './summary';

/** More vendors than this are refreshed from whole-table reads instead of per-key index lookups. */
const BULK_READ = 2000;

/**
 * Recomputes everything derived from vendors and their latest reviews: each one's summary (verdict,
 * report type, next stale date), vendor-list row and reminder rows. Runs inside the review service's
 * transaction, so derived data can never disagree with the reviews it comes from. A deleted vendor
 * keeps its summary (undo brings it back as it was) and loses its list row and reminder rows.
 * Reads and writes in bulk, a few requests whatever the number of vendors: one answer saved or a
 * restore of two hundred thousand vendors take the same path.
 * @returns whether any reminder row changed (the background must re-sweep: badge and alarms)
 */
export async function refreshDerived(
  db: AppDB,
  vendorIds: readonly string[],
  now: number,
  today: string,
): Promise<boolean> {
  const ids = [...new Set(vendorIds)];
  // Key by key, IndexedDB answers each get or index step in a round trip; past a few thousand keys,
  // one read of the whole table (getAll) is many times faster.
  const bulk = ids.length > BULK_READ;
  const idSet = new Set(ids);
  const ofVendors = <T extends { vendorId: string }>(all: T[]) => all.filter((x) => idSet.has(x.vendorId));
  const vendors = bulk
    ? (await db.vendors.toArray()).filter((v) => idSet.has(v.id))
    : (await db.vendors.bulkGet(ids)).filter((v): v is Vendor => !!v);
  if (!vendors.length) return false;
  const liveIds = vendors.map((v) => v.id);

  const assessments = bulk
    ? ofVendors(await db.assessments.toArray())
    : await db.assessments.where('vendorId').anyOf(liveIds).toArray();
  const latest = latestByVendor(assessments);
  const reviewIds = [...latest.values()].map((a) => a.id);
  const answers = reviewIds.length ? await db.answers.where('assessmentId').anyOf(reviewIds).toArray() : [];
  const valuesByReview = new Map<string, Record<string, unknown>>();
  for (const a of answers) valuesOf(valuesByReview, a)[a.questionId] = a.value;

  const [storedRows, storedReminders, counter] = await Promise.all([
    bulk
      ? db.vendorRows.toArray().then((all) => {
          const byId = new Map(all.map((r) => [r.id, r]));
          return liveIds.map((id) => byId.get(id));
        })
      : db.vendorRows.bulkGet(liveIds),
    bulk ? db.reminders.toArray().then(ofVendors) : db.reminders.where('vendorId').anyOf(liveIds).toArray(),
    db.meta.get('vendorRows'),
  ]);
  const remindersByVendor = groupBy(storedReminders, (r) => r.vendorId);

  const vendorPuts: Vendor[] = [];
  const rowPuts: VendorRow[] = [];
  const rowDeletes: string[] = [];
  const reminderPuts: Reminder[] = [];
  const reminderDeletes: string[] = [];
  let rowCount = 0;
  // An empty review's summary depends only on the tier: computed once per tier, not per vendor.
  const emptySummaries = new Map<string, ReturnType<typeof reviewSummary>>();
  const summaryOf = (tier: Vendor['tier'], values: Record<string, unknown> | undefined) => {
    if (values) return reviewSummary(tier, values, today);
    let s = emptySummaries.get(tier);
    if (!s) emptySummaries.set(tier, (s = reviewSummary(tier, {}, today)));
    return s;
  };
  vendors.forEach((vendor, i) => {
    const review = latest.get(vendor.id);
    const found = review && valuesByReview.get(review.id);
    const values = found ?? {};
    // A vendor never reviewed has no summary yet (the list says so); a review, even empty, has one.
    const summary = review ? summaryOf(vendor.tier, found) : null;
    const nextStaleOn = summary?.nextStaleOn ?? null;
    const current = { ...vendor, summary, nextStaleOn };
    // Derived data does not bump updatedAt: it must not win a backup merge over a real edit.
    if (JSON.stringify(summary) !== JSON.stringify(vendor.summary) || nextStaleOn !== vendor.nextStaleOn)
      vendorPuts.push(vendorSchema.parse(current));
    const row = vendorRow(current);
    const stored = storedRows[i];
    rowCount += (row ? 1 : 0) - (stored ? 1 : 0);
    if (!row) {
      if (stored) rowDeletes.push(vendor.id);
    } else if (JSON.stringify(row) !== JSON.stringify(stored)) rowPuts.push(vendorRowSchema.parse(row));
    const reports = vendor.deletedAt === null ? datedReports(values) : [];
    const { put, remove } = reminderRows(vendor.id, reports, remindersByVendor.get(vendor.id) ?? [], now);
    reminderPuts.push(...put.map((r) => reminderSchema.parse(r)));
    reminderDeletes.push(...remove);
  });

  // The list's row count moves with its rows (a counter: IndexedDB counts 200,000 rows in a second).
  const stored = countFromMeta(counter);
  const count =
    stored !== undefined ? stored + rowCount : await db.vendorRows.count().then((n) => n + rowCount);
  const counted: MetaCount = { id: 'vendorRows', count: Math.max(0, count) };
  await Promise.all([
    (rowCount !== 0 || stored === undefined) && db.meta.put(counted),
    vendorPuts.length && db.vendors.bulkPut(vendorPuts),
    rowPuts.length && db.vendorRows.bulkPut(rowPuts),
    rowDeletes.length && db.vendorRows.bulkDelete(rowDeletes),
    reminderPuts.length && db.reminders.bulkPut(reminderPuts),
    // New rows' first day to look may be long past: the sweep must read from there.
    reminderPuts.length &&
      lowerDueFloor(
        db,
        reminderPuts.map((r) => r.checkOn),
      ),
    reminderDeletes.length && db.reminders.bulkDelete(reminderDeletes),
  ]);
  return reminderPuts.length + reminderDeletes.length > 0;
}

/** Each vendor's review that speaks for it: its most recently updated one (as latestAssessment). */
function latestByVendor(assessments: Assessment[]): Map<string, Assessment> {
  const latest = new Map<string, Assessment>();
  for (const a of assessments) {
    const seen = latest.get(a.vendorId);
    if (!seen || a.updatedAt >= seen.updatedAt) latest.set(a.vendorId, a);
  }
  return latest;
}

function valuesOf(map: Map<string, Record<string, unknown>>, a: Answer): Record<string, unknown> {
  let values = map.get(a.assessmentId);
  if (!values) map.set(a.assessmentId, (values = {}));
  return values;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
