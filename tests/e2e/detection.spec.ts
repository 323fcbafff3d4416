import AxeBuilder from '@axe-core/playwright';
import { actionState, caseFor, checks, expect, gateDecisions, openTab, test } from './fixtures';

test('a trust page lights the badge and names the vendor in the title; other pages do not', async ({
  context,
  serviceWorker,
}) => {
  const trust = caseFor('openai-security.html');
  const { page, tabId } = await openTab(context, serviceWorker, trust.url);
  await expect
    .poll(() => actionState(serviceWorker, tabId))
    .toEqual({
      badge: '✓',
      title: 'Vendorscope — trust page: OpenAI',
    });

  // Same tab, now a sales page that merely defines SOC 2: back to the defaults.
  await page.goto(caseFor('gptzero-sales.html').url);
  await expect.poll(async () => (await gateDecisions(serviceWorker, tabId)).at(-1)).toBe('not-candidate');
  await expect.poll(() => actionState(serviceWorker, tabId)).toEqual({ badge: '', title: 'Vendorscope' });
  // Nothing of Vendorscope's ran in it: no address or title hint, so no script was injected.
  expect(await checks(page)).toEqual([]);

  const { page: other, tabId: otherId } = await openTab(
    context,
    serviceWorker,
    caseFor('fullstory-blog-soc2.html').url,
  );
  // Its address passed the gate; the detector read it and decided it is not a trust page: nothing sent.
  await expect.poll(() => checks(other)).toContain('not-trust-page');
  expect(await checks(other)).not.toContain('trust-page');
  expect(await actionState(serviceWorker, otherId)).toEqual({ badge: '', title: 'Vendorscope' });
});

test('markup in a page title stays text in the badge title and the panel', async ({
  context,
  pages,
  serviceWorker,
  openPanel,
}) => {
  // On a portal the title names the vendor (on a vendor's own host only the words that spell the host do).
  const url = 'https://evil-vendor.safebase.us/';
  const payload = '<img src=x onerror="document.title=\'pwned\'">Evil<b>Corp</b>';
  pages.set(url, `<!doctype html><title>${payload.replace(/</g, '&lt;')} Trust Center</title><h1>Trust</h1>`);
  const { tabId } = await openTab(context, serviceWorker, url);
  await expect.poll(async () => (await actionState(serviceWorker, tabId)).title).toContain('<img src=x');

  const panel = await openPanel(`?tabId=${tabId}`);
  await expect(panel.getByTestId('detected-vendor')).toContainText('<img src=x onerror=');
  expect(await panel.locator('img').count()).toBe(0);
  expect(await panel.title()).toBe('Vendorscope');
});

test('paused sites are left alone', async ({ context, serviceWorker, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Site to pause').fill('openai.com');
  await options.getByRole('button', { name: 'Pause site' }).click();
  await expect(options.getByText('Paused openai.com.')).toBeVisible();

  const { page, tabId } = await openTab(context, serviceWorker, caseFor('openai-security.html').url);
  // The gate found a candidate and stopped there because the site is paused: no detector was injected.
  // (A new tab's first load can be an error page before interception, so the last decision counts.)
  await expect.poll(async () => (await gateDecisions(serviceWorker, tabId)).at(-1)).toBe('paused');
  expect(await gateDecisions(serviceWorker, tabId)).not.toContain('run');
  expect(await checks(page)).toEqual([]);
  expect(await actionState(serviceWorker, tabId)).toEqual({ badge: '', title: 'Vendorscope' });

  await options.getByRole('button', { name: 'Resume openai.com' }).click();
  await page.reload();
  await expect.poll(async () => (await actionState(serviceWorker, tabId)).badge).toBe('✓');
});

test('client-rendered trust centers are read when their content arrives', async ({
  context,
  pages,
  serviceWorker,
  openPanel,
}) => {
  const url = 'https://trust.latecomer.example/';
  pages.set(
    url,
    `<!doctype html><title>Loading…</title><div id="app"></div>
     <script>setTimeout(() => {
       document.title = 'Latecomer Trust Center';
       document.getElementById('app').innerHTML =
         '<h1>Latecomer Trust Center</h1><p>Latecomer has completed a SOC 2 Type II audit.</p>';
     }, 1200);</script>`,
  );
  const { tabId } = await openTab(context, serviceWorker, url);
  await expect
    .poll(async () => (await actionState(serviceWorker, tabId)).title)
    .toBe('Vendorscope — trust page: Latecomer');
  const panel = await openPanel(`?tabId=${tabId}`);
  await expect(panel.getByText('SOC 2 Type II', { exact: true })).toBeVisible();
});

test('an SPA route change away from the trust page clears the badge', async ({
  context,
  pages,
  serviceWorker,
}) => {
  const url = 'https://www.spa-vendor.example/security';
  pages.set(
    url,
    `<!doctype html><title>Security | SPA Vendor</title><h1>Security at SPA Vendor</h1>
     <p>SPA Vendor has completed a SOC 2 Type II audit.</p>`,
  );
  const { page, tabId } = await openTab(context, serviceWorker, url);
  await expect.poll(async () => (await actionState(serviceWorker, tabId)).badge).toBe('✓');
  await page.evaluate(() => {
    document.title = 'Pricing | SPA Vendor';
    document.body.innerHTML = '<h1>Pricing</h1><p>Plans for every team.</p>';
    history.pushState({}, '', '/pricing');
  });
  await expect.poll(() => actionState(serviceWorker, tabId)).toEqual({ badge: '', title: 'Vendorscope' });
});

test('a trust page the gate cannot see is read when the reviewer asks, and a page that is not says so', async ({
  context,
  pages,
  serviceWorker,
  openPanel,
}) => {
  // The hint is only in its heading: the background's gate sees the address and the title only.
  const url = 'https://www.quietvendor.example/company/how-we-work';
  pages.set(
    url,
    `<!doctype html><html lang="en"><title>How we work — Quiet Vendor</title>
     <h1>Security and compliance at Quiet Vendor</h1>
     <p>Quiet Vendor has completed a SOC 2 Type II audit.</p></html>`,
  );
  const offsite = 'https://www.quietvendor.example/company/offsite';
  pages.set(
    offsite,
    `<!doctype html><html lang="en"><title>Our offsite — Quiet Vendor</title><h1>Our team offsite</h1>
     <p>We spent a week in Lisbon planning the year.</p></html>`,
  );
  const { page, tabId } = await openTab(context, serviceWorker, url);
  await expect.poll(async () => (await gateDecisions(serviceWorker, tabId)).at(-1)).toBe('not-candidate');
  expect(await checks(page)).toEqual([]);

  const panel = await openPanel(`?tabId=${tabId}`);
  await expect(panel.getByText(/This tab is not a recognised trust page/)).toBeVisible();
  expect((await new AxeBuilder({ page: panel }).analyze()).violations).toEqual([]);
  const read = panel.getByRole('button', { name: 'Read this page' });
  await read.focus();
  await panel.keyboard.press('Enter');
  await expect(panel.getByText('SOC 2 Type II', { exact: true })).toBeVisible();
  await expect.poll(async () => (await actionState(serviceWorker, tabId)).badge).toBe('✓');
  expect(await checks(page)).toContain('trust-page');

  // Another page in the tab, with nothing of the kind: the panel says so after reading it.
  await page.goto(offsite);
  await expect(read).toBeVisible();
  await read.click();
  await expect(panel.getByRole('status')).toContainText('nothing on this page reads as');
  // Read on request only, once: injected for it, the detector found nothing to report.
  expect(await checks(page)).toEqual(['not-trust-page']);
  expect(await actionState(serviceWorker, tabId)).toEqual({ badge: '', title: 'Vendorscope' });
});
