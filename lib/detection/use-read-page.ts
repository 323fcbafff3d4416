import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { errorText } from '../autosave/autosave';
import { sendMessage } from '../messaging/send';
import type { ReadOutcome } from '../messaging/protocol';

export type ReadPageState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'done'; outcome: ReadOutcome }
  | { status: 'failed'; error: string };

/**
 * "Read this page" for the bound tab: asks the background to run the detector on the tab's page even
 * though its address and title gave no trust hint. A page that reads as a trust page then arrives
 * through the tab's detection like any other; the state says what happened otherwise, until the tab
 * loads another page.
 */
export function useReadPage(tabId: number | null): { state: ReadPageState; read: () => void } {
  // Kept with the tab it is about: another tab bound, and what was read no longer applies.
  const [kept, setKept] = useState<{ tabId: number | null; state: ReadPageState }>({
    tabId,
    state: { status: 'idle' },
  });
  // The tab loads another page: what was read was about the one before.
  useEffect(() => {
    if (tabId === null) return;
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'loading') setKept({ tabId, state: { status: 'idle' } });
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);
  const read = useCallback(() => {
    if (tabId === null) return;
    setKept({ tabId, state: { status: 'reading' } });
    sendMessage('readPageRequested', { tabId }).then(
      (outcome) => setKept({ tabId, state: { status: 'done', outcome } }),
      (err: unknown) => setKept({ tabId, state: { status: 'failed', error: errorText(err) } }),
    );
  }, [tabId]);
  return { state: kept.tabId === tabId ? kept.state : { status: 'idle' }, read };
}
