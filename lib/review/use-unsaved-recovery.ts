import { useCallback, useEffect, useState } from 'react';
import { journal, recoverPageJournal } from './page-autosave';
import { pendingSaveSchema, pendingText } from './pending-save';
import type { UnsavedLeftover } from './recover-unsaved';

/**
 * On panel start, saves what closed or reloaded pages left unsaved. What cannot be saved (its vendor
 * was deleted meanwhile, say) is returned for the panel to show with its text, to copy or discard.
 */
function journalTexts(): UnsavedLeftover[] {
  return journal.entries().flatMap((e) => {
    const job = pendingSaveSchema.safeParse(e.job);
    return job.success ? [{ key: e.key, text: pendingText(job.data), error: 'not saved', at: e.at }] : [];
  });
}

export function useUnsavedRecovery(): { leftovers: UnsavedLeftover[]; discard: (key: string) => void } {
  const [leftovers, setLeftovers] = useState<UnsavedLeftover[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.resolve(recoverPageJournal())
      // Nothing left over (the usual case) changes nothing: no re-render of the panel.
      .then((result) => live && result.leftovers.length > 0 && setLeftovers(result.leftovers))
      .catch((err: unknown) => console.error('[vendorscope] could not replay unsaved text', err));
    return () => {
      live = false;
    };
  }, []);
  const discard = useCallback((key: string) => {
    journal.discard(key);
    setLeftovers((all) => all.filter((l) => l.key !== key));
  }, []);
  return { leftovers, discard };
}

/**
 * Every text the journal holds (typed and not saved), refreshed each second while `active`: what the
 * panel shows for copying once saving has become impossible (the database was deleted).
 */
export function useJournalTexts(active: boolean): UnsavedLeftover[] {
  const [texts, setTexts] = useState<UnsavedLeftover[]>([]);
  useEffect(() => {
    if (!active) return;
    const read = () => setTexts(journalTexts());
    read();
    const timer = setInterval(read, 1000);
    return () => clearInterval(timer);
  }, [active]);
  return texts;
}
