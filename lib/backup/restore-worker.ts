/// <reference lib="webworker" />
import { AppDB } from '../db/app-db';
import { createReviewService } from '../review/service';
import { MAX_BACKUP_BYTES, type Backup } from './format';
import { parseBackup } from './parse';
import { planImport, type ImportPlan } from './plan';
import type { FromWorker, PlanSummary, ToWorker } from './restore-messages';

/**
 * Restore, off the options page's main thread: a 40 MB backup of two hundred thousand vendors takes
 * seconds to parse, check, compare and write, and none of it may freeze the page. The worker opens the
 * database itself (IndexedDB works in workers), keeps the parsed backup between preview and import,
 * and sends back only progress, counts and sentences. Cancelling terminates the worker: a write under
 * way is a transaction that then never commits, so nothing changes.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const db = new AppDB(undefined, { cache: 'disabled' });
let checked: Backup | null = null;
const post = (m: FromWorker) => scope.postMessage(m);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function summary(plan: ImportPlan): PlanSummary {
  const fromBackup = plan.conflicts.filter((c) => c.winner === 'backup').length;
  return {
    counts: plan.counts,
    conflicts: { total: plan.conflicts.length, fromBackup, ours: plan.conflicts.length - fromBackup },
    blockers: plan.blockers.slice(0, 5),
  };
}

async function preview(file: File): Promise<void> {
  checked = null;
  post({ type: 'progress', stage: 'reading' });
  // Refuse an oversized file before reading it into memory at all.
  const text = file.size > MAX_BACKUP_BYTES ? '' : await file.text();
  post({ type: 'progress', stage: 'checking' });
  const parsed = parseBackup(text, file.size);
  if (!parsed.ok) return post({ type: 'refused', name: file.name, error: parsed.error });
  post({ type: 'progress', stage: 'comparing' });
  const plan = await planImport(db, parsed.backup);
  checked = parsed.backup;
  post({ type: 'preview', name: file.name, plan: summary(plan) });
}

async function apply(): Promise<void> {
  if (!checked) return post({ type: 'failed', error: 'Choose the backup file again.' });
  let remindersChanged = false;
  const reviews = createReviewService(db, { onRemindersChanged: () => void (remindersChanged = true) });
  post({ type: 'progress', stage: 'importing' });
  const plan = await reviews.restoreBackup(checked);
  checked = null;
  const total = (k: 'added' | 'updated') => Object.values(plan.counts).reduce((n, c) => n + c[k], 0);
  post({ type: 'applied', added: total('added'), updated: total('updated'), remindersChanged });
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  const work = m.type === 'preview' ? preview(m.file) : apply();
  work.catch((e: unknown) => post({ type: 'failed', error: errorText(e) }));
};
