import { createAutosave } from '../autosave/autosave';
import { createJournal, type StorageLike } from '../autosave/journal';
import { reviewService } from './page-service';
import { performSave, type PendingSave } from './pending-save';
import { recoverUnsaved } from './recover-unsaved';

/**
 * The autosave of this extension page (side panel or a panel tab), journalled to localStorage.
 * Each page holds a Web Lock named after itself for as long as it lives, so another page can tell a
 * living page's journal entries (it will save them) from a closed page's (to be replayed).
 */
const owner = crypto.randomUUID();
const lockName = (id: string) => `vendorscope:page:${id}`;
void navigator.locks?.request(lockName(owner), () => new Promise<void>(() => undefined));

function pageStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export const journal = createJournal(pageStorage(), owner);
export const pageAutosave = createAutosave<PendingSave>((job) => performSave(reviewService, job), journal);

async function isAlive(id: string): Promise<boolean> {
  if (!navigator.locks) return false;
  const { held = [] } = await navigator.locks.query();
  return held.some((l) => l.name === lockName(id));
}

/** Replays what closed pages left unsaved; one page at a time, so nothing is saved twice. */
export function recoverPageJournal() {
  const run = () => recoverUnsaved({ journal, perform: (job) => performSave(reviewService, job), isAlive });
  return navigator.locks ? navigator.locks.request('vendorscope:recover', run) : run();
}
