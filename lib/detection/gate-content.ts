import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/send';
import { isPaused, PAUSED_SITES_KEY } from '../settings/paused-sites';
import { findDetector } from './detector-handle';
import { isCandidatePage, mainHeading, sampleText } from './gate';
import { mark, timed } from './perf-marks';

/**
 * The content script of every page: the cheap gate only (URL, title, a bounded text sample), on idle
 * time. A page with no trust hint stops here. A candidate gets the detector, injected by the
 * background into this document only (lib/detection/detector-content.ts), so the detection code and
 * its vocabulary never load into the pages the reviewer reads every day. Leaf imports only.
 */

/** A page that was not a candidate gets one late look, for apps that set their title after load. */
const LATE_LOOK_MS = 3_000;
/** SPA routes followed per document. @default 30 */
export const ROUTES_MAX = 30;
/** At most one route followed per this long. @default 1 s */
const ROUTE_MIN_MS = 1_000;

export function startTrustPageGate(ctx: ContentScriptContext): void {
  let route = 0;
  const quietly = (p: Promise<unknown>) => void p.catch(() => undefined);

  async function detect(): Promise<void> {
    const { [PAUSED_SITES_KEY]: paused } = await browser.storage.local.get(PAUSED_SITES_KEY);
    if (Array.isArray(paused) && isPaused(location.hostname, paused)) return mark('paused');
    if (ctx.isInvalid) return;
    const detector = findDetector();
    if (detector) detector.run();
    else await sendMessage('detectorRequested', { url: location.href });
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
        if (candidate) return quietly(detect());
        findDetector()?.clear();
        if (lateLook) ctx.setTimeout(() => myRoute === route && start(false), LATE_LOOK_MS);
      },
      { timeout: 2_000 },
    );
  }

  start(true);
  // SPA navigation: a new route is a new page. The event is dispatched on the page's window, where the
  // page's own scripts can dispatch it too: only an address that really changed counts, at most one
  // route a second and ROUTES_MAX per document, so a page cannot keep detection running.
  let href = location.href;
  let routes = 0;
  let lastRouteAt = 0;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    const now = performance.now();
    if (location.href === href || routes >= ROUTES_MAX || now - lastRouteAt < ROUTE_MIN_MS) return;
    href = location.href;
    routes += 1;
    lastRouteAt = now;
    if (routes === ROUTES_MAX) mark('routes-capped');
    start(true);
  });
}
