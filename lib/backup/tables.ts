import type { EntityTable, Table } from 'dexie';
import type { AppDB } from '../db/app-db';
import { BACKUP_TABLES, type Backup, type BackupTable } from './format';

/** A backup table's Dexie table, typed by the records it holds. */
export type BackupDexieTable<K extends BackupTable> = EntityTable<Backup['tables'][K][number], 'id'>;

/**
 * The database tables a backup covers, by name. Goes through the AppDB properties (not db.table(name),
 * which Dexie answers with a different Table object) so every read and write uses the same tables.
 */
export function backupTablesOf(db: AppDB): { [K in BackupTable]: BackupDexieTable<K> } {
  return {
    vendors: db.vendors,
    assessments: db.assessments,
    answers: db.answers,
    answerHistory: db.answerHistory,
    reports: db.reports,
    notes: db.notes,
  };
}

/** The tables as a list, for `db.transaction(mode, list, …)`. */
export const backupTableList = (db: AppDB): Table[] =>
  BACKUP_TABLES.map((name) => backupTablesOf(db)[name] as Table);
