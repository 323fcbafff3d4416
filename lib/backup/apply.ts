import type { AppDB } from '../db/app-db';
import { BACKUP_TABLES, type Backup } from './format';
import { computeImport, type ImportPlan } from './plan';
import { backupTableList, backupTablesOf, type BackupDexieTable } from './tables';

/** Thrown when the plan has blockers; nothing was written. */
export class ImportBlockedError extends Error {
  constructor(readonly blockers: string[]) {
    super(
      `The backup cannot be imported: ${blockers[0]}${blockers.length > 1 ? ` (and ${blockers.length - 1} more)` : ''}`,
    );
    this.name = 'ImportBlockedError';
  }
}

/**
 * Merges a backup into the database in one read-write transaction over every table: the plan is
 * recomputed inside it, then only added and updated records are written. Any failure (a blocker, a
 * constraint, a quota error) rejects and Dexie aborts the transaction, so the database is unchanged.
 * @returns the plan that was applied
 * @throws ImportBlockedError when the plan has blockers, or the underlying Dexie error
 */
export async function applyImport(db: AppDB, backup: Backup): Promise<ImportPlan> {
  const tables = backupTablesOf(db);
  return db.transaction('rw', backupTableList(db), async () => {
    const { plan, writes } = await computeImport(db, backup);
    if (plan.blockers.length) throw new ImportBlockedError(plan.blockers);
    for (const name of BACKUP_TABLES) {
      const records = writes[name];
      // One table type for the loop; each list holds only that table's records (built per table in plan).
      if (records.length) await (tables[name] as BackupDexieTable<typeof name>).bulkPut(records);
    }
    return plan;
  });
}
