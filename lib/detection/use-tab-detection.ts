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
      if (cancelled) return;
      const detection = pickTabDetection(all, tabId);
      // The same report read again (the first read after the first view, another tab's change) keeps
      // the object the panel shows, so the review and the page's summary do not render again for it.
      setState((prev) =>
        prev?.tabId === tabId && sameReport(prev.detection, detection) ? prev : { tabId, detection },
      );
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

/** One report of the background's: each is stamped when stored (lib/detection/background.ts). */
const sameReport = (a: TabDetection | null, b: TabDetection | null) =>
  a === b || (!!a && !!b && a.reportedAt === b.reportedAt && a.url === b.url);
