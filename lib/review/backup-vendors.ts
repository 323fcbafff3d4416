import type { Backup } from '../backup/format';
import type { AppDB } from '../db/app-db';

/**
 * Every vendor whose latest review a restored backup may have changed: the vendors it holds, the
 * vendors of its reviews, and the vendors of the reviews its answers belong to (an answer can arrive
 * for a review the database already had). Read after the import, inside its transaction.
 */
export async function vendorsTouchedByBackup(db: AppDB, backup: Backup): Promise<Set<string>> {
  const { vendors, assessments, answers } = backup.tables;
  const ids = new Set<string>(vendors.map((v) => v.id));
  for (const a of assessments) ids.add(a.vendorId);
  const reviewIds = [...new Set(answers.map((a) => a.assessmentId))];
  for (const review of await db.assessments.bulkGet(reviewIds)) if (review) ids.add(review.vendorId);
  return ids;
}
