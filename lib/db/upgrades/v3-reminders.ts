import type { Transaction } from 'dexie';
import { datedReports } from '../../reminders/reports';
import { reminderRows, type ReminderRow } from '../../reminders/rows';
import type { Answer, Assessment, Vendor } from '../schema';

/**
 * v2 → v3: derives a reminder row for every dated report already recorded (each live vendor's latest
 * review), so reviews made before reminders existed are reminded too. Reads only; the one write is
 * the new table. A failure aborts the upgrade and leaves v2 and its data as they were.
 */
export async function upgradeToV3(tx: Transaction, now = Date.now()): Promise<void> {
  const vendors = (await tx.table('vendors').toArray()) as Vendor[];
  const rows: ReminderRow[] = [];
  for (const vendor of vendors) {
    if (vendor.deletedAt) continue;
    const assessments = (await tx
      .table('assessments')
      .where('vendorId')
      .equals(vendor.id)
      .sortBy('updatedAt')) as Assessment[];
    const latest = assessments.at(-1);
    if (!latest) continue;
    const answers = (await tx.table('answers').where('assessmentId').equals(latest.id).toArray()) as Answer[];
    const values = Object.fromEntries(answers.map((a) => [a.questionId, a.value]));
    rows.push(...reminderRows(vendor.id, datedReports(values), [], now).put);
  }
  await tx.table('reminders').bulkAdd(rows);
}
