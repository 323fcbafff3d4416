import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { isClosedError } from './closed-for-good';

/**
 * useLiveQuery that keeps showing its last result once the database is closed for good (deleted
 * under the panel): the panel keeps the review and the editor the reviewer is typing in, and says
 * what happened, instead of throwing the error into React and losing the page. `initial` is its value
 * until the first result (the panel's first view, lib/panel/first-view.ts).
 */
export function useLive<T>(querier: () => Promise<T> | T, deps: unknown[], initial?: T): T | undefined {
  const last = useRef<T | undefined>(initial);
  return useLiveQuery(
    async () => {
      try {
        const result = await querier();
        last.current = result;
        return result;
      } catch (err) {
        if (isClosedError(err) && last.current !== undefined) return last.current;
        throw err;
      }
    },
    deps,
    initial,
  );
}
