import { errorText } from '../autosave/autosave';
import type { Journal } from '../autosave/journal';
import { pendingSaveSchema, pendingText, type PendingSave } from './pending-save';

/** A save left by a page that is gone, which could not be replayed: shown so it can be copied. */
export interface UnsavedLeftover {
  key: string;
  text: string;
  error: string;
  at: number;
}

export interface RecoverDeps {
  journal: Journal;
  perform: (job: PendingSave) => Promise<unknown>;
  /** Whether the page that wrote an entry still lives (it then saves the entry itself). */
  isAlive: (owner: string) => Promise<boolean>;
}

/**
 * Replays the saves that pages closed or reloaded before finishing. Entries of living pages are
 * theirs; an entry that cannot be replayed (its vendor was deleted, it is damaged) stays in the
 * journal and is returned, never dropped silently.
 * @returns how many were saved, and those that could not be
 */
export async function recoverUnsaved({
  journal,
  perform,
  isAlive,
}: RecoverDeps): Promise<{ saved: number; leftovers: UnsavedLeftover[] }> {
  let saved = 0;
  const leftovers: UnsavedLeftover[] = [];
  const orphans = journal.entries().filter((e) => e.owner !== journal.owner);
  // Oldest first, so a later edit of the same field is the one that stays.
  orphans.sort((a, b) => a.at - b.at);
  for (const entry of orphans) {
    if (await isAlive(entry.owner)) continue;
    const job = pendingSaveSchema.safeParse(entry.job);
    if (!job.success) {
      leftovers.push({
        key: entry.key,
        text: '',
        error: 'not saved: the unsaved copy is damaged.',
        at: entry.at,
      });
      continue;
    }
    try {
      await perform(job.data);
      journal.discard(entry.key);
      saved++;
    } catch (err) {
      leftovers.push({
        key: entry.key,
        text: pendingText(job.data),
        error: `not saved: ${errorText(err)}`,
        at: entry.at,
      });
    }
  }
  return { saved, leftovers };
}
