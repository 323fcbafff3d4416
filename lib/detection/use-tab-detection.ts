import { useEffect, useState } from 'react';
import { pickTabDetection, tabDetectionsItem, type TabDetection } from './tab-detections';

/**
 * The bound tab's detection, kept live from session storage. `undefined` while loading, unless
 * `initial` (what the panel's first script read, lib/panel/first-view.ts) stands in for it.
 */
export function useTabDetection(
  tabId: number | null | undefined,
  initial?: { tabId: number; detection: TabDetection | null },
): TabDetection | null | undefined {
  const [state, setState] = useState(initial);

  useEffect(() => {
    if (typeof tabId !== 'number') return;
    let cancelled = false;
    const show = (all: unknown) => {
      if (!cancelled) setState({ tabId, detection: pickTabDetection(all, tabId) });
    };
    void tabDetectionsItem.getValue().then(show);
    const unwatch = tabDetectionsItem.watch(show);
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [tabId]);

  if (tabId === null) return null;
  return state && state.tabId === tabId ? state.detection : undefined;
}
