import { actionState, expect, openTab, test, waitForMark, waitForTrustBadge } from './fixtures';

test('script and markup payloads in page text stay inert text in the panel', async ({
  context,
  pages,
  serviceWorker,
  openPanel,
}) => {
  const url = 'https://trust.hostile-vendor.example/';
  pages.set(
    url,
    `<!doctype html><title>Hostile &lt;script&gt;alert(1)&lt;/script&gt; Trust Center</title>
     <h1>Hostile Trust Center</h1>
     <p>Hostile has completed a SOC 2 Type II audit. <img src=x onerror="window.parent.postMessage('pwned','*')"></p>
     <p>We are ISO 27001 certified &lt;img src=x onerror=alert(2)&gt; by an accredited body.</p>`,
  );
  const { tabId } = await openTab(context, serviceWorker, url);
  await waitForTrustBadge(serviceWorker, tabId);
  const panel = await openPanel(`?tabId=${tabId}`);
  const dialogs: string[] = [];
  panel.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  await expect(panel.getByTestId('detected-vendor')).toBeVisible();
  // Shown as text wherever page text appears (the claim, and the suggestion built from it).
  await expect(panel.getByText('<img src=x onerror=alert(2)>', { exact: false }).first()).toBeVisible();
  expect(await panel.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a 5 MB trust page is handled without hanging the page', async ({ context, pages, serviceWorker }) => {
  const url = 'https://trust.huge-vendor.example/';
  const block = '<div><h3>Control</h3><p>Access is reviewed quarterly and logged for audit.</p></div>';
  pages.set(
    url,
    `<!doctype html><title>Huge Trust Center</title><h1>Huge Trust Center</h1>
     <p>Huge has completed a SOC 2 Type II audit.</p>${block.repeat(Math.ceil((5 * 1024 * 1024) / block.length))}`,
  );
  const { page, tabId } = await openTab(context, serviceWorker, url);
  // Loading 5 MB takes a while on a busy 2-core machine; detection itself is bounded (asserted below).
  await waitForTrustBadge(serviceWorker, tabId, 30_000);
  // The page stays responsive: a round trip through its event loop is quick.
  const started = Date.now();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  expect(Date.now() - started).toBeLessThan(1000);
  const longest = await page.evaluate(() =>
    Math.max(0, ...performance.getEntriesByName('vendorscope:check').map((e) => e.duration)),
  );
  expect(longest).toBeLessThan(500);
});

test('a page that mutates its DOM forever: the observer gives up, nothing grows', async ({
  context,
  pages,
  serviceWorker,
}) => {
  const url = 'https://trust.restless-vendor.example/';
  pages.set(
    url,
    `<!doctype html><title>Restless Trust Center</title><h1>Restless Trust Center</h1>
     <p>Restless has completed a SOC 2 Type II audit.</p><div id="tick"></div>
     <script>let n = 0; setInterval(() => { document.getElementById('tick').textContent = 'tick ' + n++; }, 20);</script>`,
  );
  const { page, tabId } = await openTab(context, serviceWorker, url);
  await waitForTrustBadge(serviceWorker, tabId);
  const runs = () => page.evaluate(() => performance.getEntriesByName('vendorscope:check').length);
  // The content script says it stopped watching (after its runs or its time, whichever first).
  await waitForMark(page, 'watch-ended');
  const afterBound = await runs();
  // 1 gate + 1 detection + at most 8 re-detections, however busy the page is.
  expect(afterBound).toBeLessThanOrEqual(10);
  // The page keeps mutating (another 100 ticks of its own), and the content script stays out of it.
  const tick = () => page.evaluate(() => Number(document.getElementById('tick')!.textContent!.slice(5)));
  const from = await tick();
  await expect.poll(tick, { timeout: 20_000 }).toBeGreaterThan(from + 100);
  expect(await runs()).toBe(afterBound);
  expect((await actionState(serviceWorker, tabId)).badge).toBe('✓');
});

test('a page firing route-change events cannot keep detection running', async ({
  context,
  pages,
  serviceWorker,
}) => {
  const url = 'https://trust.fidgety-vendor.example/';
  pages.set(
    url,
    `<!doctype html><title>Fidgety Trust Center</title><h1>Fidgety Trust Center</h1>
     <p>Fidgety has completed a SOC 2 Type II audit.</p>`,
  );
  const { page, tabId } = await openTab(context, serviceWorker, url);
  await waitForTrustBadge(serviceWorker, tabId);
  await waitForMark(page, 'watch-ended');
  const runs = () => page.evaluate(() => performance.getEntriesByName('vendorscope:check').length);
  const settled = await runs();

  // 2,000 forged route changes, the address never moving: nothing restarts.
  await page.evaluate(() => {
    for (let i = 0; i < 2000; i++) window.dispatchEvent(new Event('wxt:locationchange'));
  });
  // Real address changes, 20 a second for 10 s, each announced: followed at most once a second, and
  // never more than ROUTES_MAX (30) times a document.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let n = 0;
        const timer = setInterval(() => {
          history.pushState({}, '', `/route-${n++}`);
          window.dispatchEvent(new Event('wxt:locationchange'));
          if (n >= 200) {
            clearInterval(timer);
            done();
          }
        }, 50);
      }),
  );
  const afterBurst = await runs();
  // At most one gate (and one detection) per followed route, each second of the 10: far from 72 in 10 s.
  expect(afterBurst - settled).toBeLessThanOrEqual(2 * 11);
  // And it stops for good: the page keeps going, the count does not.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let n = 0;
        const timer = setInterval(() => {
          history.pushState({}, '', `/more-${n++}`);
          window.dispatchEvent(new Event('wxt:locationchange'));
          if (n >= 300) {
            clearInterval(timer);
            done();
          }
        }, 100);
      }),
  );
  expect(await page.evaluate(() => performance.getEntriesByName('vendorscope:routes-capped').length)).toBe(1);
  const capped = await runs();
  await page.evaluate(() => history.pushState({}, '', '/one-more'));
  await page.evaluate(() => window.dispatchEvent(new Event('wxt:locationchange')));
  expect(await runs()).toBe(capped);
});
