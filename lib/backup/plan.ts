import type { AppDB } from '../db/app-db';
import type { Answer } from '../db/schema';
import { BACKUP_TABLES, type Backup, type BackupTable } from './format';
import { backupTableList, backupTablesOf, type BackupDexieTable } from './tables';

/** What an import does to one table. Every backup record is counted once: added + updated + kept = its length. */
export interface TableCounts {
  /** In the backup only: will be added. */
  added: number;
  /** In both, and the backup's copy is newer: ours will be replaced. */
  updated: number;
  /** In both, and ours is as new or newer (or the same): ours stays. */
  kept: number;
}

/** A record both sides have under one id with different content, and which side the merge keeps. */
export interface ImportConflict {
  table: BackupTable;
  id: string;
  winner: 'ours' | 'backup';
  /** `updatedAt` (`changedAt` for answer history) of each side. */
  oursAt: number;
  backupAt: number;
  /** Top-level fields whose values differ, e.g. ['tier', 'updatedAt']. */
  fields: string[];
}

/** What importing a backup will do, computed before anything is written. */
export interface ImportPlan {
  counts: Record<BackupTable, TableCounts>;
  conflicts: ImportConflict[];
  /** Reasons the import cannot be applied as a whole (empty when it can); applyImport refuses if any. */
  blockers: string[];
}

type AnyRecord = Backup['tables'][BackupTable][number];

/** The plan and the records it would write; the records stay internal to plan and apply. */
export interface ComputedImport {
  plan: ImportPlan;
  writes: Record<BackupTable, AnyRecord[]>;
}

/**
 * Previews an import without writing: per-table counts and the conflicts. Merge rule: the newer
 * `updatedAt` wins, a tie keeps ours, nothing is deleted (records only in the database stay), and
 * answer history is append-only (entries we have are never replaced).
 */
export async function planImport(db: AppDB, backup: Backup): Promise<ImportPlan> {
  const { plan } = await db.transaction('r', backupTableList(db), () => computeImport(db, backup));
  return plan;
}

/**
 * The plan and its writes. Only awaits Dexie, so it can run inside the caller's transaction (apply
 * recomputes it there, so nothing saved between preview and apply is overwritten blindly).
 */
export async function computeImport(db: AppDB, backup: Backup): Promise<ComputedImport> {
  const plan: ImportPlan = { counts: {} as ImportPlan['counts'], conflicts: [], blockers: [] };
  const writes = {} as ComputedImport['writes'];
  const tables = backupTablesOf(db);
  for (const name of BACKUP_TABLES) {
    const incoming: readonly AnyRecord[] = backup.tables[name];
    const table = tables[name] as BackupDexieTable<BackupTable>;
    const ours = await existingRecords(table, incoming);
    const counts: TableCounts = { added: 0, updated: 0, kept: 0 };
    const toWrite: AnyRecord[] = [];
    incoming.forEach((theirs, i) => {
      const mine = ours[i];
      if (!mine) {
        counts.added++;
        toWrite.push(theirs);
        return;
      }
      const fields = differingFields(mine, theirs);
      // History entries are facts about the past: an entry we already have is never rewritten.
      const backupWins = name !== 'answerHistory' && stamp(theirs) > stamp(mine);
      if (backupWins) {
        counts.updated++;
        toWrite.push(theirs);
      } else counts.kept++;
      if (fields.length)
        plan.conflicts.push({
          table: name,
          id: theirs.id,
          winner: backupWins ? 'backup' : 'ours',
          oursAt: stamp(mine),
          backupAt: stamp(theirs),
          fields,
        });
    });
    plan.counts[name] = counts;
    writes[name] = toWrite;
  }
  plan.blockers = await answerKeyClashes(db, writes.answers as Answer[]);
  return { plan, writes };
}

/** Our copies of the incoming records, by position. Key by key for a few; past that, one getAll. */
async function existingRecords(
  table: BackupDexieTable<BackupTable>,
  incoming: readonly AnyRecord[],
): Promise<(AnyRecord | undefined)[]> {
  if (incoming.length <= 2000) return table.bulkGet(incoming.map((r) => r.id));
  const byId = new Map((await table.toArray()).map((r) => [r.id, r]));
  return incoming.map((r) => byId.get(r.id));
}

const stamp = (r: AnyRecord): number => ('updatedAt' in r ? r.updatedAt : r.changedAt);

/**
 * The database allows one answer per question of an assessment ([assessmentId+questionId] is unique).
 * Two devices that answered the same question each made their own answer id, so merging by id alone
 * would hit that index and abort; this names each clash instead.
 */
async function answerKeyClashes(db: AppDB, written: Answer[]): Promise<string[]> {
  if (!written.length) return [];
  const key = (a: Answer) => JSON.stringify([a.assessmentId, a.questionId]);
  const writtenIds = new Set(written.map((a) => a.id));
  const existing = await db.answers
    .where('[assessmentId+questionId]')
    .anyOf(written.map((a) => [a.assessmentId, a.questionId]))
    .toArray();
  const owner = new Map<string, string>();
  // Answers being replaced give up their old key; the rest keep theirs.
  for (const a of existing) if (!writtenIds.has(a.id)) owner.set(key(a), a.id);
  const clashes: string[] = [];
  for (const a of written) {
    const other = owner.get(key(a));
    if (other !== undefined && other !== a.id)
      clashes.push(
        `answers: "${a.id}" and "${other}" both answer question "${a.questionId}" of assessment "${a.assessmentId}"; only one answer per question is allowed.`,
      );
    else owner.set(key(a), a.id);
  }
  return clashes;
}

/** Top-level fields whose values differ, compared as canonical JSON (key order does not matter). */
function differingFields(a: object, b: object): string[] {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  return keys.filter((k) => canonical(x[k]) !== canonical(y[k]));
}

function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}
