/**
 * Drives Debian's Firefox ESR with the BUILT Firefox extension (.output/firefox-mv2), over WebDriver
 * BiDi with puppeteer-core (Playwright's Firefox is a patched build that cannot be downloaded here).
 * Fixture pages are served under their real URLs by request interception, so detection sees real
 * hosts. Extension pages load at moz-extension://<fixed uuid>/… thanks to the uuids pref.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { requireFirefox } from '../../scripts/firefox.mjs';

export const GECKO_ID = 'vendorscope@vendorscope.app';
/** Fixed, so the test can open the extension's pages without looking the uuid up. */
export const UUID = '5e1f3c0a-7b2d-4e8f-9a61-0d3c2b1a4f77';
export const EXTENSION_URL = `moz-extension://${UUID}`;
const EXTENSION_PATH = path.resolve('.output/firefox-mv2');
const PAGES_DIR = path.resolve('tests/fixtures/pages');

export interface FixtureCase {
  file: string;
  url: string;
  expect: { vendorName: string | null; claims: { framework: string; status: string }[] };
}
export const cases: FixtureCase[] = JSON.parse(readFileSync(path.join(PAGES_DIR, 'cases.json'), 'utf8'));
export const caseFor = (file: string): FixtureCase => {
  const c = cases.find((x) => x.file === file);
  if (!c) throw new Error(`No fixture case ${file}`);
  return c;
};

export interface FirefoxSession {
  browser: Browser;
  /** Every line Firefox printed; extension console output included (devtools.console.stdout.content). */
  output: string[];
  /** Lines that report an error from the extension's own pages or background. */
  extensionErrors: () => string[];
  close: () => Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    // Without it, navigating to moz-extension:// pages is refused.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // The extension's console (background page included) goes to stdout, where the test reads it.
      'devtools.console.stdout.content': true,
    },
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n'));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  await browser.installExtension(EXTENSION_PATH);
  return {
    browser,
    output,
    extensionErrors: () =>
      output.filter(
        (line) =>
          /^(console\.error|JavaScript error)/.test(line) &&
          (line.includes(UUID) || line.includes('[vendorscope]')),
      ),
    close: () => browser.close(),
  };
}

/** Polls `check` until it returns a value other than undefined/false, or throws after `timeout`. */
export async function poll<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeout = 15_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v as T;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A web page at its real URL, its HTML served from the fixtures (anything else is a 404). */
export async function openFixture(browser: Browser, url: string, html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    const served =
      req.url().split('#')[0] === url
        ? req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : req.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
    // A request the page dropped before the answer (a favicon when the tab closes: "no such request")
    // needs none; left unhandled, that rejection failed a run whose tests had all passed. Serving the
    // page itself is checked where it counts: goto fails, and the test's own checks.
    served.catch(() => undefined);
  });
  await page.goto(url);
  return page;
}

/**
 * Opens an extension page. `goto` to a moz-extension:// URL may never resolve although the page
 * loads, so it is not awaited: the page's own document is polled instead.
 */
export async function openExtensionPage(browser: Browser, pathAndQuery: string): Promise<Page> {
  const page = await browser.newPage();
  await navigateExtensionPage(page, pathAndQuery);
  return page;
}

export async function navigateExtensionPage(page: Page, pathAndQuery: string): Promise<void> {
  const url = `${EXTENSION_URL}/${pathAndQuery}`;
  void page.goto(url).catch(() => undefined);
  await poll(`${pathAndQuery} to load`, () =>
    page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
  );
}

/** Reloads an extension page the same way (reload, like goto, may never resolve there). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  const marker = await page.evaluate(() => {
    const id = String(Math.random());
    (window as unknown as { __vsMarker: string }).__vsMarker = id;
    location.reload();
    return id;
  });
  await poll('the page to reload', () =>
    page.evaluate(
      (m) =>
        (window as unknown as { __vsMarker?: string }).__vsMarker !== m && document.readyState === 'complete',
      marker,
    ),
  );
}

/** Text of the first element matching `selector`, or undefined. */
export const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? undefined, selector);
