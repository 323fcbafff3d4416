/**
 * Playwright fixtures: the BUILT extension (.output/chrome-mv3) loaded into Debian's Chromium, with
 * fixture pages served under their real URLs through request interception (no network, no certs).
 */
import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extensionArgs, requireChromium } from '../../scripts/chromium.mjs';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
const PAGES_DIR = path.resolve('tests/fixtures/pages');

export interface FixtureCase {
  file: string;
  url: string;
  expect: { isTrustPage: boolean; platform: string | null; vendorName: string | null };
}

export const cases: FixtureCase[] = JSON.parse(readFileSync(path.join(PAGES_DIR, 'cases.json'), 'utf8'));

export function caseFor(file: string): FixtureCase {
  const c = cases.find((x) => x.file === file);
  if (!c) throw new Error(`No fixture case ${file}`);
  return c;
}

const key = (url: string) => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

/** Serves `pages` (URL → HTML) plus every corpus page; anything else is a 404, never the network. */
async function serve(context: BrowserContext, extra: Map<string, string>) {
  const corpus = new Map(
    cases.map((c) => [key(c.url), () => readFileSync(path.join(PAGES_DIR, c.file), 'utf8')]),
  );
  // Only web URLs: chrome-extension:// pages must load from the extension itself.
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const html = extra.get(key(url)) ?? corpus.get(key(url))?.();
    if (html !== undefined)
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
}

interface Fixtures {
  context: BrowserContext;
  /** Extra pages to serve: URL → HTML. Add before navigating. */
  pages: Map<string, string>;
  serviceWorker: Worker;
  extensionId: string;
  openPanel: (query: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  pages: async ({}, use) => {
    await use(new Map());
  },
  context: async ({ pages }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: requireChromium(),
      headless: true,
      args: extensionArgs(EXTENSION_PATH),
    });
    await serve(context, pages);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openPanel: async ({ context, extensionId }, use) => {
    await use(async (query: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return page;
    });
  },
});

/**
 * Opens `url` in a new tab created by the extension itself, which is how a test learns the tab id
 * without the "tabs" permission the product does not need.
 */
export async function openTab(
  context: BrowserContext,
  worker: Worker,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const pageEvent = context.waitForEvent('page');
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id!, url);
  const page = await pageEvent;
  // The new tab starts at about:blank, and its first load can land on chrome-error:// before request
  // interception is attached to it; wait for the requested document itself.
  const wanted = new URL(url).href;
  await page.waitForURL((u) => u.href === wanted, { waitUntil: 'domcontentloaded' });
  return { page, tabId };
}

export async function actionState(worker: Worker, tabId: number) {
  return worker.evaluate(
    async (id) => ({
      badge: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

/** Waits until the tab shows the trust badge, as a reviewer would before opening the panel. */
export async function waitForTrustBadge(worker: Worker, tabId: number, timeout = 10_000): Promise<void> {
  await expect.poll(async () => (await actionState(worker, tabId)).badge, { timeout }).toBe('✓');
}

/** Every record of one object store in the extension's own IndexedDB, read from an extension page. */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const req = indexedDB.open('vendorscope');
    const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
    const all: T[] = await new Promise((r) => {
      const q = db.transaction(name).objectStore(name).getAll();
      q.onsuccess = () => r(q.result as T[]);
    });
    db.close();
    return all;
  }, store);
}

export { expect };

/** What the injected detector decided on this page so far (its `vendorscope:check` measures, in order). */
export function checks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('vendorscope:check').map((e) => String((e as PerformanceMeasure).detail)),
  );
}

/** What the background gate decided for this tab so far (its `vendorscope:gate` measures, in order). */
export function gateDecisions(worker: Worker, tabId: number): Promise<string[]> {
  return worker.evaluate(
    (id) =>
      performance
        .getEntriesByName('vendorscope:gate')
        .map((e) => (e as PerformanceMeasure).detail as { tabId: number; outcome: string })
        .filter((d) => d.tabId === id)
        .map((d) => d.outcome),
    tabId,
  );
}

/** Waits for a `vendorscope:<name>` mark the injected detector sets (watch ended, routes capped). */
export async function waitForMark(page: Page, name: string, timeout = 20_000): Promise<void> {
  await expect
    .poll(() => page.evaluate((n) => performance.getEntriesByName(`vendorscope:${n}`).length, name), {
      timeout,
    })
    .toBeGreaterThan(0);
}
