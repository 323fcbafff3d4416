import { useEffect, useState } from 'react';
import { db } from './db';
import { reviewService } from '../review/page-service';

/**
 * Opens the database once (bringing list summaries up to today) and reports why it could not be opened (blocked by another version,
 * storage disabled, quota), so the panel can say so instead of failing silently.
 */
export function useDbHealth(): string | null {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    db.open()
      .then(() => reviewService.refreshStaleSummaries())
      .catch((err: unknown) => setError(describeStorageError(err)));
  }, []);
  return error;
}

export function describeStorageError(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (/Quota/i.test(name) || /quota/i.test(message))
    return 'The browser says local storage is full (quota exceeded).';
  if (/Blocked|Version/i.test(name))
    return 'The local database is blocked by another Vendorscope window; close it and retry.';
  return message || 'The local database could not be used.';
}
