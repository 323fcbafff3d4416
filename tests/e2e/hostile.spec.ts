import {
  actionState,
  expect,
  gateDecisions,
  openTab,
  test,
  waitForMark,
  waitForTrustBadge,
} from './fixtures';

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
  // 1 detection + at most 8 re-detections, however busy the page is.
  expect(afterBound).toBeLessThanOrEqual(9);
  // The page keeps mutating (another 100 ticks of its own), and the content script stays out of it.
  const tick = () => page.evaluate(() => Number(document.getElementById('tick')!.textContent!.slice(5)));
  const from = await tick();
  await expect.poll(tick, { timeout: 20_000 }).toBeGreaterThan(from + 100);
  expect(await runs()).toBe(afterBound);
  expect((await actionState(serviceWorker, tabId)).badge).toBe('✓');
});

test('a page changing its address or title for ever cannot keep detection running', async ({
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
  // About 15 s of watching, 10 s of routes, then the 20-odd s until the route cap.
  test.setTimeout(120_000);
  const { page, tabId } = await openTab(context, serviceWorker, url);
  await waitForTrustBadge(serviceWorker, tabId);
  await waitForMark(page, 'watch-ended');
  const runs = () => page.evaluate(() => performance.getEntriesByName('vendorscope:check').length);
  const looks = async () => (await gateDecisions(serviceWorker, tabId)).length;
  const settled = await runs();

  // 2,000 title changes, the address never moving: the gate has nothing new to decide.
  await page.evaluate(() => {
    for (let i = 0; i < 2000; i++) document.title = `Fidgety Trust Center ${i}`;
  });
  // Real address changes, 20 a second for 10 s: followed at most once a second per tab.
  const burst = (prefix: string, n: number, everyMs: number) =>
    page.evaluate(
      ([p, count, ms]) =>
        new Promise<void>((done) => {
          let i = 0;
          const timer = setInterval(() => {
            history.pushState({}, '', `/${p}-${i++}`);
            if (i >= count) {
              clearInterval(timer);
              done();
            }
          }, ms);
        }),
      [prefix, n, everyMs] as const,
    );
  await burst('route', 200, 50);
  const afterBurst = await runs();
  // One detection per followed route, each second of the 10 (and a last look): far from 200.
  expect(afterBurst - settled).toBeLessThanOrEqual(12);
  expect(afterBurst - settled).toBeGreaterThan(0);
  // And it stops for good: the detector follows ROUTES_MAX (30) routes per document, then no more.
  // Routes 5 a second until the cap is marked (about 20 s of followed routes left), 60 s at most.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let i = 0;
        const timer = setInterval(() => {
          history.pushState({}, '', `/more-${i++}`);
          if (performance.getEntriesByName('vendorscope:routes-capped').length > 0 || i >= 300) {
            clearInterval(timer);
            done();
          }
        }, 200);
      }),
  );
  await waitForMark(page, 'routes-capped', 1_000);
  const capped = await runs();
  const before = await looks();
  await page.evaluate(() => history.pushState({}, '', '/one-more'));
  // The background looked at the new address (a positive signal), and the page ran nothing for it.
  await expect.poll(looks).toBeGreaterThan(before);
  expect(await runs()).toBe(capped);
  expect(await page.evaluate(() => performance.getEntriesByName('vendorscope:routes-capped').length)).toBe(1);
});
