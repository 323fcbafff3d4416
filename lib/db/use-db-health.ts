import { useEffect, useState } from 'react';
import { closeForGoodWhenDeleted } from './closed-for-good';
import { loadPageData } from './load-page-data';

/**
 * Opens the database once (bringing list summaries up to today) and reports why it could not be opened (blocked by another version,
 * storage disabled, quota), so the panel can say so instead of failing silently.
 */
export function useDbHealth(): { error: string | null; deleted: boolean } {
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  useEffect(() => {
    let stopped = false;
    let stopWatching = () => {};
    loadPageData()
      .then(({ db, reviewService }) => {
        if (stopped) return;
        // Another page deleted the database (or the browser cleared the extension's data). Dexie would
        // reopen it empty on the next save and file the text under nothing: close it for good instead,
        // and say what happened. What was typed and not saved stays in the journal, shown for copying.
        stopWatching = closeForGoodWhenDeleted(db, () => {
          setDeleted(true);
          setError(DELETED);
        });
        return db.open().then(() => reviewService.refreshStaleSummaries());
      })
      .catch((err: unknown) => setError(describeStorageError(err)));
    return () => {
      stopped = true;
      stopWatching();
    };
  }, []);
  return { error, deleted };
}

const DELETED =
  'Vendorscope’s database was deleted while this panel was open (by another extension page, or the browser cleared the extension’s data). Nothing more can be saved here; the text you typed and had not saved is shown below so you can copy it. Close and reopen the panel to start again.';

export function describeStorageError(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (/Quota/i.test(name) || /quota/i.test(message))
    return 'The browser says local storage is full (quota exceeded).';
  if (/Blocked|Version/i.test(name))
    return 'The local database is blocked by another Vendorscope window; close it and retry.';
  return message || 'The local database could not be used.';
}
