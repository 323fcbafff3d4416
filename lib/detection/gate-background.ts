import { browser } from 'wxt/browser';
import type { ReadOutcome } from '../messaging/protocol';
import { readPausedSites } from '../settings/items';
import { isPaused } from '../settings/paused-sites';
import { passesTabGate, TabGate, webHost, type GateStep } from './tab-gate';

/**
 * Wires the background gate (tab-gate.ts) to the browser: tab events in, the detector injected into
 * a candidate tab's top frame out. Nothing is declared to run in pages, so a page with no trust hint
 * in its address or title never sees any Vendorscope code.
 */

/** Gate decisions kept as performance measures (tests wait on them); older ones are dropped. */
const KEPT_DECISIONS = 500;

type DetectorMethod = 'run' | 'clear' | 'read' | 'latest';
const ABSENT = 'absent';

/**
 * Calls a method of the detector already injected into the tab's top frame: its handle lives in the
 * extension's isolated world there, which page scripts cannot reach (detector-handle.ts). ABSENT when
 * no detector is there yet; null for a method that returns nothing.
 */
async function callDetector(tabId: number, method: DetectorMethod): Promise<boolean | null | typeof ABSENT> {
  const [r] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    // Serialised into the page: it can use only its arguments, not this module's constants.
    func: (m: DetectorMethod, absent: string) => {
      // read() and latest() answer with a promise: the browser hands back what it settles to.
      const handle = (
        globalThis as {
          __vendorscopeDetector?: Record<DetectorMethod, () => Promise<boolean | null> | void>;
        }
      ).__vendorscopeDetector;
      return handle ? (handle[m]() ?? null) : absent;
    },
    args: [method, ABSENT],
  });
  return (r?.result as boolean | null | typeof ABSENT | undefined) ?? null;
}

const injectDetector = (tabId: number) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/detector.js'] });

/** Runs the detector in this document: the one already injected, else a fresh one, which starts itself. */
async function runDetector(tabId: number): Promise<void> {
  if ((await callDetector(tabId, 'run')) === ABSENT) await injectDetector(tabId);
}

/**
 * The reviewer's "Read this page": the detector reads the tab's page whatever its address and title
 * say (a trust page the gate cannot see, with its hints only in its heading or text). A paused site
 * stays unread; a page the browser does not let extensions script (its store, PDF viewer, error
 * pages) is unreadable.
 */
export async function readTab(tabId: number): Promise<ReadOutcome> {
  const host = webHost((await browser.tabs.get(tabId)).url ?? '');
  if (host === null) return 'unreadable';
  if (isPaused(host, await readPausedSites())) return 'paused';
  try {
    let trust = await callDetector(tabId, 'read');
    if (trust === ABSENT) {
      // A fresh detector reads the page as it starts: ask for that reading, not for a second one.
      await injectDetector(tabId);
      trust = await callDetector(tabId, 'latest');
    }
    return trust === true ? 'trust-page' : 'not-trust-page';
  } catch {
    return 'unreadable';
  }
}

/** The page (route) is no longer a candidate: its detector withdraws what it reported and stops watching. */
async function clearDetector(tabId: number): Promise<void> {
  await callDetector(tabId, 'clear');
}

/** Decisions measured since the last clear (the worker's timeline starts empty with it). */
let kept = 0;

function record(tabId: number, step: GateStep, url: string, start: number): void {
  if (!performance.measure) return;
  // Counted, not listed: reading the timeline back on every navigation would copy up to 500 entries.
  if (kept >= KEPT_DECISIONS) {
    performance.clearMeasures('vendorscope:gate');
    kept = 0;
  }
  kept += 1;
  performance.measure('vendorscope:gate', {
    start,
    end: performance.now(),
    detail: { tabId, outcome: step.kind, url },
  });
}

/**
 * @param forgetTab drops a tab's detection and resets its badge: called when the tab starts loading
 *   (until the new page reports), when its page is not a candidate, and when it closes.
 */
export function registerGate(forgetTab: (tabId: number) => Promise<void>): void {
  const gate = new TabGate();
  const later = new Map<number, ReturnType<typeof setTimeout>>();

  async function look(tabId: number, tab: { url?: string; title?: string }): Promise<void> {
    const start = performance.now();
    // The pause list matters only to a candidate: most pages cost no storage read at all.
    const paused = passesTabGate(tab.url ?? '', tab.title ?? '') ? await readPausedSites() : [];
    const step = gate.decide(tabId, tab, Date.now(), (host) => isPaused(host, paused));
    if (step.kind === 'ignore') return;
    record(tabId, step, tab.url ?? '', start);
    if (step.kind === 'run') return runDetector(tabId);
    if (step.kind === 'not-candidate') {
      if (step.clear) await clearDetector(tabId).catch(() => undefined);
      return forgetTab(tabId);
    }
    if (step.kind === 'later' && !later.has(tabId)) {
      // One pending look per tab: it decides on whatever the tab shows when it fires.
      later.set(
        tabId,
        setTimeout(() => {
          later.delete(tabId);
          void browser.tabs
            .get(tabId)
            .then((t) => (t.status === 'complete' ? look(tabId, t) : undefined))
            .catch(() => undefined);
        }, step.afterMs),
      );
    }
  }

  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.status === 'loading') {
      gate.loading(tabId);
      return void forgetTab(tabId);
    }
    // Loaded, or a route or title that changed after loading (SPAs, apps that set their title late).
    const changed =
      changeInfo.status === 'complete' || changeInfo.url !== undefined || changeInfo.title !== undefined;
    // Injection into a tab that closed or navigated meanwhile fails; the next event decides again.
    if (changed && tab.status === 'complete') void look(tabId, tab).catch(() => undefined);
  });
  // Tabs already open when Vendorscope is installed, updated or the browser starts (restored
  // sessions): no load event will come for them, so each gets one look now.
  const lookAtOpenTabs = () =>
    void browser.tabs
      .query({ status: 'complete' })
      .then((tabs) => tabs.forEach((t) => t.id !== undefined && void look(t.id, t).catch(() => undefined)))
      .catch(() => undefined);
  browser.runtime.onInstalled.addListener(lookAtOpenTabs);
  browser.runtime.onStartup.addListener(lookAtOpenTabs);
  browser.tabs.onRemoved.addListener((tabId) => {
    gate.forget(tabId);
    void forgetTab(tabId);
    clearTimeout(later.get(tabId));
    later.delete(tabId);
  });
}
