import { useEffect, useState } from 'react';
import { loadPageData, type PageData } from './load-page-data';

/**
 * A live query, as dexie-react-hooks' useLiveQuery (whose import would load Dexie with the panel's
 * first render): the page's data layer loads, then `querier` runs under Dexie's liveQuery and runs
 * again whenever what it read changes. `initial` is the value until the first result (the panel's
 * first view, lib/panel/first-view.ts); when `deps` change, the last result stays until the next.
 *
 * Once the database is closed for good (deleted under the panel), it keeps showing its last result:
 * Dexie's liveQuery does not pass a DatabaseClosedError on, so the panel keeps the review and the
 * editor the reviewer is typing in, and says what happened (use-db-health.ts). Other errors are
 * thrown into React.
 */
export function useLive<T>(
  querier: (data: PageData) => Promise<T> | T,
  deps: unknown[],
  initial?: T,
): T | undefined {
  const [state, setState] = useState<{ result: T | undefined; error: unknown }>({
    result: initial,
    error: null,
  });
  useEffect(() => {
    let stopped = false;
    let unsubscribe = () => {};
    const fail = (error: unknown) => {
      if (!stopped) setState((s) => ({ result: s.result, error }));
    };
    loadPageData().then((data) => {
      if (stopped) return;
      const subscription = data
        .liveQuery(() => querier(data))
        .subscribe({
          next: (result) => {
            if (!stopped)
              setState((s) => (s.error === null && s.result === result ? s : { result, error: null }));
          },
          error: fail,
        });
      unsubscribe = () => subscription.unsubscribe();
    }, fail);
    return () => {
      stopped = true;
      unsubscribe();
    };
    // Like useLiveQuery, the querier is taken as it is when the deps change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (state.error) throw state.error;
  return state.result;
}
