import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../lib/dates/local-date';
import {
  caseFor,
  launchFirefox,
  openExtensionPage,
  openFixture,
  poll,
  reloadExtensionPage,
  textOf,
  type FirefoxSession,
} from './harness';

/**
 * Firefox smoke test of the built Firefox extension: every browser API the background uses must work
 * in Firefox's MV2 (browserAction, sidebar, storage.session, alarms), and the panel must keep what is
 * typed. Runs in `npm test` after the Chromium end-to-end tests.
 */

/**
 * The WebExtension API as seen from an extension page's JavaScript. Functions passed to `evaluate` run
 * in Firefox, so each reaches `browser` itself (no closures cross over).
 */
interface Ext {
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
  browserAction: {
    getBadgeText(d: { tabId?: number }): Promise<string>;
    getTitle(d: { tabId?: number }): Promise<string>;
  };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
}

/** The id of the open tab whose address starts with `prefix`, asked from an extension page. */
const tabIdAt = (page: Page, prefix: string) =>
  page.evaluate(async (p) => {
    const ext = (globalThis as unknown as { browser: Ext }).browser;
    return (await ext.tabs.query({})).find((t) => t.url?.startsWith(p))?.id;
  }, prefix);

let ff: FirefoxSession;
let options: Page;
const trust = caseFor('openai-security.html');

beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

/** Sets a React-controlled input's value the way typing does (date inputs cannot be typed reliably). */
async function setInputValue(page: Page, selector: string, value: string) {
  await page.evaluate(
    (s, v) => {
      const input = document.querySelector<HTMLInputElement>(s)!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selector,
    value,
  );
}

describe('Firefox (built extension, Firefox ESR)', () => {
  let tabId: number;

  it('a trust page under its real URL sets the toolbar badge and title for its tab', async () => {
    await openFixture(
      ff.browser,
      trust.url,
      readFileSync(path.join('tests/fixtures/pages', trust.file), 'utf8'),
    );
    options = await openExtensionPage(ff.browser, 'options.html');
    tabId = await poll('the page’s detection', () =>
      options.evaluate(async (url) => {
        const { detections = {} } = (await (
          globalThis as unknown as { browser: Ext }
        ).browser.storage.session.get('detections')) as {
          detections?: Record<string, { url: string }>;
        };
        const hit = Object.entries(detections).find(([, d]) => d.url === url);
        return hit ? Number(hit[0]) : undefined;
      }, trust.url),
    );
    const action = await poll('the badge', async () => {
      const state = await options.evaluate(
        async (id) => ({
          badge: await (globalThis as unknown as { browser: Ext }).browser.browserAction.getBadgeText({
            tabId: id,
          }),
          title: await (globalThis as unknown as { browser: Ext }).browser.browserAction.getTitle({
            tabId: id,
          }),
        }),
        tabId,
      );
      return state.badge ? state : undefined;
    });
    expect(action).toEqual({ badge: '✓', title: 'Vendorscope — trust page: OpenAI' });
  });

  it('the panel shows the vendor and the claims it states', async () => {
    const panel = await openExtensionPage(ff.browser, `sidepanel.html?tabId=${tabId}`);
    await poll(
      'the vendor',
      async () => (await textOf(panel, '[data-testid="detected-vendor"]')) === 'OpenAI',
    );
    const claims = await panel.evaluate(() =>
      [...document.querySelectorAll('ul.claims > li')].map((li) => li.textContent ?? ''),
    );
    expect(claims.some((c) => c.includes('SOC 2 Type II') && c.includes('held'))).toBe(true);
    await panel.close();
  });

  it('a note typed and reloaded at once survives the reload', async () => {
    const panel = await openExtensionPage(ff.browser, `sidepanel.html?tabId=${tabId}`);
    await poll('the note editor', () => panel.evaluate(() => !!document.querySelector('#review-note')));
    const text = 'First note, typed and reloaded at once.';
    await panel.type('#review-note', text);
    // No wait for "Saved": the reload comes well inside the autosave delay.
    await reloadExtensionPage(panel);
    await poll(
      'the note after reload',
      () =>
        panel.evaluate((t) => document.querySelector<HTMLTextAreaElement>('#review-note')?.value === t, text),
      20_000,
    );
    // The reloaded panel's first render showed the tab's detection, review and list as its first
    // script read them (lib/panel/first-view-read.ts): the tab and storage APIs answer it in Firefox too.
    expect(
      await panel.evaluate(() =>
        performance.getEntriesByName('vendorscope:first-view').map((e) => (e as PerformanceMark).detail),
      ),
    ).toEqual([{ review: true, list: true, tab: true }]);
    await panel.close();
  });

  it('answering the report window creates the reminder alarms', async () => {
    const panel = await openExtensionPage(ff.browser, `sidepanel.html?tabId=${tabId}`);
    await poll('the questions', () =>
      panel.evaluate(() => !!document.querySelector('#q-soc2-report-type-option-type-2')),
    );
    await panel.click('#q-soc2-report-type-option-type-2');
    // A window that ended 11 months ago: stale in about a month, so a reminder lies ahead.
    const end = new Date();
    end.setMonth(end.getMonth() - 11);
    const start = new Date(end);
    start.setMonth(start.getMonth() - 6);
    await poll('the window inputs', () =>
      panel.evaluate(() => !!document.querySelector('#q-soc2-observation-window-start')),
    );
    await setInputValue(panel, '#q-soc2-observation-window-start', localIsoDate(start));
    await setInputValue(panel, '#q-soc2-observation-window-end', localIsoDate(end));
    const names = await poll('both reminder alarms', async () => {
      const alarms = await options.evaluate(async () =>
        (await (globalThis as unknown as { browser: Ext }).browser.alarms.getAll()).map((a) => a.name).sort(),
      );
      return alarms.length === 2 ? alarms : undefined;
    });
    expect(names).toEqual(['vendorscope:reminders-next', 'vendorscope:reminders-sweep']);
    // Each answer write kept its assessment's answer pack, which the backup reads (lib/db/answer-packs.ts).
    const [answers, packed] = await panel.evaluate(async () => {
      const req = indexedDB.open('vendorscope');
      const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
      const all = <T>(store: string): Promise<T[]> =>
        new Promise((r) => {
          const q = db.transaction(store).objectStore(store).getAll();
          q.onsuccess = () => r(q.result as T[]);
        });
      const counts = [
        (await all('answers')).length,
        (await all<{ count: number }>('answerPacks')).reduce((n, p) => n + p.count, 0),
      ];
      db.close();
      return counts;
    });
    expect(answers).toBeGreaterThanOrEqual(2);
    expect(packed).toBe(answers);
    await panel.close();
  });

  it('two panels on one review: the idle one follows live; typing in both shows the conflict, loses nothing', async () => {
    const a = await openExtensionPage(ff.browser, `sidepanel.html?tabId=${tabId}`);
    await poll('the note editor', () => a.evaluate(() => !!document.querySelector('#review-note')));
    const vendorId = await poll('the vendor record', () =>
      a.evaluate(async () => {
        const req = indexedDB.open('vendorscope');
        const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
        const all: { id: string }[] = await new Promise((r) => {
          const q = db.transaction('vendors').objectStore('vendors').getAll();
          q.onsuccess = () => r(q.result as { id: string }[]);
        });
        db.close();
        return all[0]?.id;
      }),
    );
    const b = await openExtensionPage(ff.browser, `sidepanel.html?vendorId=${vendorId}`);
    await poll('panel B', () => b.evaluate(() => !!document.querySelector('#review-note')));
    // B's first render showed the review and list its first script read (lib/panel/first-view-read.ts).
    expect(
      await b.evaluate(() =>
        performance.getEntriesByName('vendorscope:first-view').map((e) => (e as PerformanceMark).detail),
      ),
    ).toEqual([{ review: true, list: true, tab: false }]);
    const noteIn = (p: Page) =>
      p.evaluate(() => document.querySelector<HTMLTextAreaElement>('#review-note')!.value);
    // Typed as a reviewer adds to a note: after what is there. (A textarea rendered with its text, as
    // the panel's first render now does, takes the caret at its start.)
    const typeAtEnd = async (p: Page, text: string) => {
      await p.evaluate(() => {
        const note = document.querySelector<HTMLTextAreaElement>('#review-note')!;
        note.focus();
        note.setSelectionRange(note.value.length, note.value.length);
      });
      await p.keyboard.type(text);
    };
    const start = await noteIn(a);
    await typeAtEnd(a, ' A1');
    await poll('B to follow A', async () => (await noteIn(b)) === `${start} A1`);

    await Promise.all([typeAtEnd(a, ' A2'), typeAtEnd(b, ' B2')]);
    const conflicted = (p: Page) =>
      p.evaluate(() => !!document.querySelector('[role="group"][aria-label^="Changed in another window"]'));
    const loser = await poll('a conflict in one panel', async () =>
      (await conflicted(a)) ? a : (await conflicted(b)) ? b : undefined,
    );
    const mine = await noteIn(loser);
    expect(mine).toMatch(/ (A2|B2)$/);
    await loser.evaluate(() =>
      [...document.querySelectorAll('button')].find((x) => x.textContent === 'Keep both')!.click(),
    );
    await poll('both texts kept', async () => {
      const winner = loser === a ? b : a;
      const text = await noteIn(winner);
      return text.includes(' A2') && text.includes(' B2');
    });
    await a.close();
    await b.close();
  });

  it('an SPA route away from a trust page clears its badge (the gate follows routes in Firefox too)', async () => {
    const url = 'https://www.spa-vendor.example/security';
    const page = await openFixture(
      ff.browser,
      url,
      `<!doctype html><title>Security | SPA Vendor</title><h1>Security at SPA Vendor</h1>
       <p>SPA Vendor has completed a SOC 2 Type II audit.</p>`,
    );
    const state = async () => {
      const tabId = await tabIdAt(options, new URL(url).origin);
      if (tabId === undefined) return undefined;
      return options.evaluate(
        (id) => (globalThis as unknown as { browser: Ext }).browser.browserAction.getBadgeText({ tabId: id }),
        tabId,
      );
    };
    await poll('the badge on the trust route', async () => ((await state()) === '✓' ? true : undefined));
    await page.evaluate(() => {
      document.title = 'Pricing | SPA Vendor';
      document.body.innerHTML = '<h1>Pricing</h1><p>Plans for every team.</p>';
      history.pushState({}, '', '/pricing');
    });
    await poll('the badge cleared on the pricing route', async () =>
      (await state()) === '' ? true : undefined,
    );
    await page.close();
  });

  it('the panel reads a page the gate cannot see when the reviewer asks', async () => {
    // Its hint is in its heading only: the gate sees the address and the title.
    const url = 'https://www.quietvendor.example/company/how-we-work';
    const page = await openFixture(
      ff.browser,
      url,
      `<!doctype html><html lang="en"><title>How we work — Quiet Vendor</title>
       <h1>Security and compliance at Quiet Vendor</h1>
       <p>Quiet Vendor has completed a SOC 2 Type II audit.</p></html>`,
    );
    const quietTab = await tabIdAt(options, url);
    expect(quietTab).toBeTypeOf('number');
    const panel = await openExtensionPage(ff.browser, `sidepanel.html?tabId=${quietTab}`);
    await poll('the read button', async () =>
      (await panel.$('xpath/.//button[normalize-space()="Read this page"]')) ? true : undefined,
    );
    await panel.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Read this page')!.click(),
    );
    await poll(
      'the vendor read from the page',
      async () => (await textOf(panel, '[data-testid="detected-vendor"]')) === 'Quiet Vendor',
    );
    await panel.close();
    await page.close();
  });

  it('the options page renders its settings', async () => {
    await poll('the options heading', async () => (await textOf(options, 'h1')) === 'Vendorscope options');
    expect(await options.evaluate(() => document.body.textContent ?? '')).toMatch(/Report reminders/);
  });

  it('the extension logged no error, in the background or its pages', () => {
    expect(ff.extensionErrors()).toEqual([]);
  });
});

describe('web-ext lint of the Firefox build', () => {
  it('has no errors, and warnings only at third-party code we never call that way', () => {
    const out = execFileSync(
      'node_modules/.bin/web-ext',
      ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(out.slice(out.indexOf('{'))) as {
      errors: unknown[];
      warnings: { code: string; file: string; message: string }[];
    };
    expect(report.errors).toEqual([]);
    // Each warning must sit in a bundle holding one of these known pieces of library code:
    // - Zod's and pdf.js's capability probes `Function("")` (Zod runs jitless: lib/zod.ts);
    // - pdf.js's PostScript compiler (off: read-pdf.ts passes isEvalSupported: false);
    // - pdf.js's worker loader `import(workerSrc)` (workerSrc is the packaged worker file), and its
    //   JPEG 2000 decoder loader (from `wasmUrl`, which read-pdf.ts never sets: only text is read);
    // - React DOM's innerHTML (dangerouslySetInnerHTML, which a meta-test keeps out of our code).
    const signatures: Record<string, RegExp> = {
      DANGEROUS_EVAL: /Function\(``\)|new Function\(""\)|new PostScriptCompiler/,
      UNSAFE_VAR_ASSIGNMENT:
        /dangerouslySetInnerHTML|import\(this\.workerSrc\)|await import\("\$\{e\}"\)|openjpeg_nowasm_fallback/,
    };
    const unexplained = report.warnings.filter((w) => {
      const sig = signatures[w.code];
      if (!sig || /^(sidepanel|options)\.html$/.test(w.file)) return true;
      return !sig.test(readFileSync(path.join('.output/firefox-mv2', w.file), 'utf8'));
    });
    expect(unexplained).toEqual([]);
    expect(report.warnings.length).toBeLessThanOrEqual(12);
  });
});
