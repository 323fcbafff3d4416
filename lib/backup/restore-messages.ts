import type { TableCounts } from './plan';
import type { BackupTable } from './format';

/**
 * The messages between the options page and the restore worker (lib/backup/restore-worker.ts). Both
 * ends are our own code in the extension's origin; nothing from the file travels in them but counts,
 * names and sentences.
 */
export type RestoreStage = 'reading' | 'checking' | 'comparing' | 'importing' | 'updating';

export interface PlanSummary {
  counts: Record<BackupTable, TableCounts>;
  conflicts: { total: number; fromBackup: number; ours: number };
  blockers: string[];
}

export type ToWorker = { type: 'preview'; file: File } | { type: 'apply' };

export type FromWorker =
  | { type: 'progress'; stage: RestoreStage }
  | { type: 'preview'; name: string; plan: PlanSummary }
  | { type: 'refused'; name: string; error: string }
  | { type: 'applied'; added: number; updated: number; remindersChanged: boolean }
  | { type: 'failed'; error: string };
