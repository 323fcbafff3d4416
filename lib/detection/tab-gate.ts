import { isCandidatePage } from './gate';

/**
 * The gate, run in the background on what the browser already reports about each tab (its address
 * and title, through tabs.onUpdated) instead of in a content script on every page: a declared
 * content script costs each page the reviewer opens about 2 ms of script time just to exist, and a
 * page with no trust hint in its address or title now pays nothing. Pure: the wiring
 * (gate-background.ts) feeds it tab events and carries out what it decides.
 *
 * Chromium reports a history.pushState route as loading → complete, like a new document, and a page
 * can do that as often as it likes: so runs are limited here per tab in time, and the detector in
 * the page limits the routes it follows per document (detector-content.ts).
 */

/** At most one detector run per tab per this long; a later candidate waits for the rest. @default 1 s */
export const RUN_MIN_MS = 1_000;

/** What the background can tell from a tab alone: could its page be a trust page? */
export const passesTabGate = (url: string, title: string): boolean => isCandidatePage(url, title, '');

export type GateStep =
  /** Not a web page, or nothing new since the last decision for this document. */
  | { kind: 'ignore' }
  /** No trust hint. `clear`: a detector ran for this document and must withdraw what it reported. */
  | { kind: 'not-candidate'; clear: boolean }
  /** A candidate on a site the reviewer paused: nothing runs. */
  | { kind: 'paused' }
  /** Run the detector in the tab's top frame (inject it when this document has none yet). */
  | { kind: 'run' }
  /** A candidate, but the tab ran the detector less than RUN_MIN_MS ago: decide again after this. */
  | { kind: 'later'; afterMs: number };

/** The host of a web page's address; null for anything else (the browser's own pages, files, junk). */
export function webHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

interface TabState {
  /** The address decided for since the tab last started loading; null: nothing decided yet. */
  decided: string | null;
  candidate: boolean;
  /** A detector was run in this tab and not cleared since (it may be in a document gone since). */
  ran: boolean;
  lastRunAt: number;
}

export class TabGate {
  private readonly tabs = new Map<number, TabState>();

  private state(tabId: number): TabState {
    let s = this.tabs.get(tabId);
    if (!s) {
      s = { decided: null, candidate: false, ran: false, lastRunAt: -Infinity };
      this.tabs.set(tabId, s);
    }
    return s;
  }

  /**
   * The tab started loading (a new document, or in Chromium also a pushState route). `ran` stays:
   * after a route the same document's detector is still watching, and must be told to stop.
   */
  loading(tabId: number): void {
    this.state(tabId).decided = null;
  }

  /** The tab was closed. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /**
   * Decides for a tab that finished loading or changed its address or title since.
   * @param isPaused whether the reviewer paused this host (options page)
   */
  decide(
    tabId: number,
    tab: { url?: string; title?: string },
    now: number,
    isPaused: (hostname: string) => boolean,
  ): GateStep {
    const url = tab.url ?? '';
    const hostname = webHost(url);
    if (hostname === null) return { kind: 'ignore' };
    const s = this.state(tabId);
    const candidate = passesTabGate(url, tab.title ?? '');
    if (s.decided === url && s.candidate === candidate) return { kind: 'ignore' };
    if (!candidate) {
      const clear = s.ran;
      Object.assign(s, { decided: url, candidate, ran: false });
      return { kind: 'not-candidate', clear };
    }
    if (isPaused(hostname)) {
      Object.assign(s, { decided: url, candidate });
      return { kind: 'paused' };
    }
    const wait = s.lastRunAt + RUN_MIN_MS - now;
    // Not recorded as decided: the later look must decide again on whatever the tab shows then.
    if (wait > 0) return { kind: 'later', afterMs: wait };
    Object.assign(s, { decided: url, candidate, ran: true, lastRunAt: now });
    return { kind: 'run' };
  }
}
