import { useCallback, useEffect, useState } from 'react';
import { journal, recoverPageJournal } from './page-autosave';
import type { UnsavedLeftover } from './recover-unsaved';

/**
 * On panel start, saves what closed or reloaded pages left unsaved. What cannot be saved (its vendor
 * was deleted meanwhile, say) is returned for the panel to show with its text, to copy or discard.
 */
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
