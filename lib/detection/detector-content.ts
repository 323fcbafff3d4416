import { sendMessage } from '../messaging/send';
import { detectSteps } from './detect';
import { findDetector, installDetector } from './detector-handle';
import { mark, measureCheck, measureSlice } from './perf-marks';
import type { Detection } from './schema';
import { nextTask, runSliced } from './time-slice';

/**
 * The detector, injected by the background into a page the gate found a candidate (once per document).
 * It runs full detection and reports what the page states; trust portals often render client-side,
 * so a MutationObserver re-runs detection (debounced, at most MAX_RUNS times, for at most WATCH_MS)
 * and then gives up for good. Each detection runs in slices (time-slice.ts), one at a time, and a
 * detection overtaken by a newer route or a clear reports nothing. Leaf imports only: no Zod, no
 * tldts, no React.
 */

/** How long client-rendered content is waited for. @default 15 s */
export const WATCH_MS = 15_000;
/** Re-detections allowed per page (or SPA route) while watching. @default 8 */
export const MAX_RUNS = 8;
/** Quiet time after the last DOM mutation before re-detecting. @default 600 ms */
export const SETTLE_MS = 600;
/** SPA routes followed per document, however often the background asks. @default 30 */
export const ROUTES_MAX = 30;
/** Sends of one detection tried again when the background did not take it. */
const SEND_RETRIES = 3;

/** A stable fingerprint: re-report only when what the page states actually changed. */
function fingerprint(d: Detection): string {
  return JSON.stringify([
    d.isTrustPage,
    d.platform,
    d.vendor,
    d.claims,
    d.thirdParty,
    d.subprocessors.length,
    d.url,
  ]);
}

export function startDetector(): void {
  // Injected twice into one document (two requests raced): the first one serves both.
  const existing = findDetector();
  if (existing) return existing.run();
  let reported = '';
  /** The last detection's verdict, for the background after a fresh injection (see latest()). */
  let lastTrust: boolean | null = null;
  let route = 0;
  /** The address the current route was detected at; '' once cleared. */
  let runFor = '';
  /** Routes run in this document, and whether the cap was reached. */
  let routes = 0;
  let capped = false;
  /** Ends the current route's watch, if any. */
  let stopWatching = (): void => undefined;
  const quietly = (p: Promise<void>) => void p.catch(() => undefined);

  /**
   * Reports a detection. The background worker may be stopping or restarting when it is sent: a
   * failed send is not marked as sent, and is tried again (after 1, 2 and 4 s) unless a newer
   * detection was reported meanwhile.
   */
  async function report(detection: Detection, attempt = 0): Promise<void> {
    const print = fingerprint(detection);
    // A first send skips what was already sent; a retry gives way to anything reported since.
    if (attempt === 0 ? print === reported : reported !== '') return;
    reported = print;
    try {
      await sendMessage('detectionReported', { detection });
    } catch (err) {
      if (reported !== print) return;
      reported = '';
      if (attempt >= SEND_RETRIES) throw err;
      mark('report-retry');
      setTimeout(() => quietly(report(detection, attempt + 1)), 1000 * 2 ** attempt);
    }
  }

  /** Withdraws what was reported (the page, as it is now, is not a trust page). */
  async function withdraw(): Promise<void> {
    if (!reported) return;
    reported = '';
    await sendMessage('detectionCleared', { url: location.href });
  }

  /** The detection running or queued last: detections run one after another, never interleaved. */
  let queue: Promise<boolean | null> = Promise.resolve(null);

  /**
   * Detects and reports, after any detection already running. Resolves to whether the page reads as a
   * trust page; to the last reading instead when `forRoute` is overtaken (a newer route, a clear)
   * before it starts or while it runs, when it reports nothing.
   * @param gated the gate has just passed for this page: detect() need not run it again
   */
  function detectAndReport(gated: boolean, forRoute: number): Promise<boolean | null> {
    const next = queue.then(async () => {
      // In a task of its own: not in the one that injected this script (its compile and evaluation).
      await nextTask();
      if (forRoute !== route) return lastTrust;
      const start = performance.now();
      const { value: detection, busy } = await runSliced(
        detectSteps(document, location.href, { gated }),
        undefined,
        measureSlice,
      );
      measureCheck(start, busy, detection.isTrustPage ? 'trust-page' : 'not-trust-page');
      if (forRoute !== route) return lastTrust;
      quietly(detection.isTrustPage ? report(detection) : withdraw());
      lastTrust = detection.isTrustPage;
      return detection.isTrustPage;
    });
    // A detection that threw (a page the walk cannot read) does not stop the ones after it.
    queue = next.catch(() => null);
    return next;
  }

  /** Watches for content that arrives later; bounded in time and in runs. */
  function watch(myRoute: number): void {
    let runs = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let watching = true;
    const stop = () => {
      if (!watching) return;
      watching = false;
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      mark('watch-ended');
    };
    const observer = new MutationObserver(() => {
      if (timer !== undefined || !watching) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (myRoute !== route) return stop();
        runs += 1;
        quietly(detectAndReport(false, myRoute).then(() => undefined));
        if (runs >= MAX_RUNS) stop();
      }, SETTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    setTimeout(stop, WATCH_MS);
    stopWatching = stop;
  }

  /**
   * The background's gate passed this page (or a new SPA route of it). The same address again is
   * already detected and watched; routes are capped per document, because a page can change its
   * address as often as it likes.
   */
  function run(): void {
    if (location.href === runFor) return;
    if (routes >= ROUTES_MAX) {
      if (!capped) mark('routes-capped');
      capped = true;
      return;
    }
    routes += 1;
    quietly(detectHere().then(() => undefined));
  }

  /**
   * Detects this address now and watches it afresh; resolves true for a trust page. Also the
   * reviewer's read(): even an address read before, even past the route cap (one click, one run),
   * gate skipped, as the reviewer has judged the page worth it.
   */
  function detectHere(): Promise<boolean> {
    runFor = location.href;
    stopWatching();
    const myRoute = ++route;
    watch(myRoute);
    return detectAndReport(true, myRoute).then((trust) => trust === true);
  }

  /** The background's gate no longer passes this route: stop watching and withdraw. */
  function clear(): void {
    // A new route number ends the current watch; the next run starts afresh.
    route += 1;
    runFor = '';
    stopWatching();
    quietly(withdraw());
  }

  // latest(): the reading of the detection running now, if any (a fresh detector's first one).
  installDetector({ run, clear, read: detectHere, latest: () => queue.then(() => lastTrust) });
  run();
}
