import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab the panel describes: a fixed tab from the URL, else the active tab of the panel's window,
 * following tab switches. `undefined` while it is being looked up; `initial`, the tab the panel's
 * first script found (lib/panel/first-view.ts), stands in until then.
 */
export function useBoundTab(fixedTabId: number | null, initial?: number): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(fixedTabId ?? initial);

  useEffect(() => {
    if (fixedTabId !== null) return;
    let windowId: number | undefined;
    let cancelled = false;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (cancelled) return;
      windowId = tab?.windowId;
      setTabId(tab?.id ?? null);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixedTabId]);

  return tabId;
}
