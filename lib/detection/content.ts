import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/send';
import { isPaused, PAUSED_SITES_KEY } from '../settings/paused-sites';
import { detect } from './detect';
import { isCandidatePage, mainHeading, sampleText } from './gate';
import type { Detection } from './schema';

/**
 * Content-script half of detection. It runs on every page, so it does as little as possible:
 * the cheap gate (URL, title, a bounded sample) on idle time, and full detection only on candidates.
 * Trust portals often render client-side, so on candidates a MutationObserver re-runs detection
 * (debounced, at most MAX_RUNS times, for at most WATCH_MS) and then gives up for good.
 * Leaf imports only: no Zod, no tldts, no React.
 */

/** How long client-rendered content is waited for. @default 15 s */
export const WATCH_MS = 15_000;
/** Re-detections allowed per page (or SPA route) while watching. @default 8 */
export const MAX_RUNS = 8;
/** Quiet time after the last DOM mutation before re-detecting. @default 600 ms */
export const SETTLE_MS = 600;
/** A page that was not a candidate gets one late look, for apps that set their title after load. */
const LATE_LOOK_MS = 3_000;

/**
 * The work is timed with performance marks so `npm run bench` can read the extension's own cost; the
 * measure's detail says what was decided, and `mark` records the ends of watching and paused skips, so
 * tests can wait for the decision instead of sleeping.
 */
function timed<T>(fn: () => T, outcome: (result: T) => string): T {
  const start = performance.now();
  const result = fn();
  performance.measure?.('vendorscope:check', {
    start,
    end: performance.now(),
    detail: outcome(result),
  });
  return result;
}
const mark = (name: string) => performance.mark?.(`vendorscope:${name}`);

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

export function startTrustPageDetection(ctx: ContentScriptContext): void {
  let reported = '';
  let route = 0;

  async function report(detection: Detection): Promise<void> {
    const print = fingerprint(detection);
    if (print === reported) return;
    const { [PAUSED_SITES_KEY]: paused } = await browser.storage.local.get(PAUSED_SITES_KEY);
    if (Array.isArray(paused) && isPaused(location.hostname, paused)) return void mark('paused');
    if (ctx.isInvalid) return;
    reported = print;
    await sendMessage('detectionReported', { detection });
  }

  async function clear(): Promise<void> {
    if (!reported) return;
    reported = '';
    await sendMessage('detectionCleared', { url: location.href });
  }

  // The extension may have been reloaded under us; a failed send is not the page's problem.
  const quietly = (p: Promise<void>) => void p.catch(() => undefined);

  /** @param gated the gate has just passed for this page: detect() need not run it again */
  function detectAndReport(gated = false): void {
    if (ctx.isInvalid) return;
    const detection = timed(
      () => detect(document, location.href, { gated }),
      (d) => (d.isTrustPage ? 'trust-page' : 'not-trust-page'),
    );
    quietly(detection.isTrustPage ? report(detection) : clear());
  }

  /** Watches a candidate page for content that arrives later; bounded in time and in runs. */
  function watch(myRoute: number): void {
    let runs = 0;
    let timer: number | undefined;
    let watching = true;
    const stop = () => {
      if (!watching) return;
      watching = false;
      observer.disconnect();
      mark('watch-ended');
    };
    const observer = new MutationObserver(() => {
      if (timer !== undefined || !watching) return;
      timer = ctx.setTimeout(() => {
        timer = undefined;
        if (myRoute !== route || ctx.isInvalid) return stop();
        runs += 1;
        detectAndReport();
        if (runs >= MAX_RUNS) stop();
      }, SETTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.setTimeout(stop, WATCH_MS);
    ctx.onInvalidated(stop);
  }

  function start(lateLook: boolean): void {
    const myRoute = ++route;
    ctx.requestIdleCallback(
      () => {
        if (myRoute !== route || ctx.isInvalid) return;
        const candidate = timed(
          () => isCandidatePage(location.href, document.title, sampleText(document), mainHeading(document)),
          (yes) => (yes ? 'candidate' : 'not-candidate'),
        );
        if (!candidate) {
          quietly(clear());
          if (lateLook) ctx.setTimeout(() => myRoute === route && start(false), LATE_LOOK_MS);
          return;
        }
        detectAndReport(true);
        watch(myRoute);
      },
      { timeout: 2_000 },
    );
  }

  start(true);
  // SPA navigation: a new route is a new page.
  ctx.addEventListener(window, 'wxt:locationchange', () => start(true));
}
