import type { AppDB } from '../db/app-db';
import { answersFromPacks } from '../db/answer-packs';
import { CURRENT_FORMAT_VERSION, type Backup } from './format';
import { backupTableList } from './tables';

/**
 * Reads every table in one read transaction, so the backup is a consistent snapshot even while the
 * side panel keeps saving. Records come out in primary-key order, so the same database gives the same file.
 */
export async function exportBackup(db: AppDB, now: Date = new Date()): Promise<Backup> {
  const tables = await db.transaction('r', [...backupTableList(db), db.answerPacks], async () => {
    const [vendors, assessments, packs, answerHistory, reports, notes] = await Promise.all([
      db.vendors.toArray(),
      db.assessments.toArray(),
      db.answerPacks.toArray(),
      db.answerHistory.toArray(),
      db.reports.toArray(),
      db.notes.toArray(),
    ]);
    // The answers from their packs (a third of the bytes to read); from the table itself in the
    // unexpected case a pack cannot be read, so a backup never leaves an answer out.
    const answers = (answersFromPacks(packs) ?? (await db.answers.toArray())) as Backup['tables']['answers'];
    return { vendors, assessments, answers, answerHistory, reports, notes };
  });
  return {
    app: 'vendorscope',
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    dbVersion: db.verno,
    tables,
  };
}

/**
 * The file text: 2-space JSON with the header and tables in a fixed order (whatever order the object
 * was built in), and a final newline, so two backups of the same data are byte-identical and diff well.
 */
export function backupToJson(b: Backup): string {
  const ordered: Backup = {
    app: b.app,
    formatVersion: b.formatVersion,
    exportedAt: b.exportedAt,
    dbVersion: b.dbVersion,
    tables: {
      vendors: b.tables.vendors,
      assessments: b.tables.assessments,
      answers: b.tables.answers,
      answerHistory: b.tables.answerHistory,
      reports: b.tables.reports,
      notes: b.tables.notes,
    },
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
