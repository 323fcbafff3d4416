import AxeBuilder from '@axe-core/playwright';
import { caseFor, expect, openTab, test, waitForTrustBadge } from './fixtures';
import type { Page } from '@playwright/test';
import { SidePanel } from './pages/side-panel';

/** What the panel's first render could show from its first script's read (lib/panel/first-view.ts). */
const firstView = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByName('vendorscope:first-view').map((e) => (e as PerformanceMark).detail),
  );

test('the panel bound to a trust tab shows the vendor and keeps notes across reloads', async ({
  context,
  serviceWorker,
  openPanel,
}) => {
  const trust = caseFor('openai-security.html');
  const { tabId } = await openTab(context, serviceWorker, trust.url);
  await waitForTrustBadge(serviceWorker, tabId);

  const panel = new SidePanel(await openPanel(`?tabId=${tabId}`));
  await expect(panel.detectedVendor()).toHaveText('OpenAI');
  await panel.note().fill('Asked for the SOC 2 Type II report | bridge letter pending.');
  await expect(panel.saved()).toBeVisible();

  await panel.page.reload();
  await expect(panel.note()).toHaveValue('Asked for the SOC 2 Type II report | bridge letter pending.');
  await expect(panel.reviewVendor()).toHaveText('OpenAI');
  // The reloaded panel's first render showed the tab's detection, its vendor's review and the list, as
  // read by the page's first script (lib/panel/first-view-read.ts) while the panel's code loaded.
  expect(await firstView(panel.page)).toEqual([{ review: true, list: true, tab: true }]);
});

test('a first note typed and reloaded at once is kept, and so is an answer note', async ({
  context,
  serviceWorker,
  openPanel,
}) => {
  const { tabId } = await openTab(context, serviceWorker, caseFor('workato-security.html').url);
  await waitForTrustBadge(serviceWorker, tabId);
  const panel = new SidePanel(await openPanel(`?tabId=${tabId}`));
  await expect(panel.detectedVendor()).toHaveText('Workato');
  // No vendor record exists yet: this keystroke's save must create it. Reload well inside the delay.
  await panel.note().pressSequentially('Typed and reloaded at once.');
  await panel.page.reload();
  await expect(panel.note()).toHaveValue('Typed and reloaded at once.');
  await expect(panel.reviewVendor()).toHaveText('Workato');

  // The same for a note on an answer (the questionnaire's debounced save, same helper).
  const answerNote = () => panel.page.locator('#q-soc2-report-type-note');
  await answerNote().pressSequentially('Type II per the sales call; ask for the report.');
  await panel.page.reload();
  await expect(answerNote()).toHaveValue('Type II per the sales call; ask for the report.');
});

test('the panel has no axe violations, with and without a recognised page', async ({
  context,
  serviceWorker,
  openPanel,
}) => {
  const { tabId } = await openTab(context, serviceWorker, caseFor('netapp-safebase.html').url);
  await waitForTrustBadge(serviceWorker, tabId);
  const panel = await openPanel(`?tabId=${tabId}`);
  await expect(panel.getByTestId('detected-vendor')).toBeVisible();
  await panel.getByText('Why Vendorscope thinks so').click();
  expect((await new AxeBuilder({ page: panel }).analyze()).violations).toEqual([]);

  const empty = await openPanel('');
  await empty.getByRole('button', { name: 'Add vendor' }).click();
  await expect(empty.getByLabel('Vendor name')).toBeVisible();
  expect((await new AxeBuilder({ page: empty }).analyze()).violations).toEqual([]);
});

test('a vendor created by hand opens by ?vendorId= and keeps its note', async ({ openPanel }) => {
  const panel = await openPanel('');
  await panel.getByRole('button', { name: 'Add vendor' }).click();
  await panel.getByLabel('Vendor name').fill('Acme Agents');
  await panel.getByLabel('Website (optional)').fill('https://www.acme-agents.example/security');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('review-vendor')).toHaveText('Acme Agents');
  await panel.getByLabel('Deployment tier').selectOption('regulated');
  await panel.getByLabel('Reviewer notes').fill('Only have the PDF report.');
  await expect(panel.getByText('Saved on this computer')).toBeVisible();

  const vendorId = await panel.evaluate(async () => {
    const req = indexedDB.open('vendorscope');
    const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
    const all: { id: string; name: string }[] = await new Promise((r) => {
      const q = db.transaction('vendors').objectStore('vendors').getAll();
      q.onsuccess = () => r(q.result);
    });
    return all.find((v) => v.name === 'Acme Agents')!.id;
  });
  const again = await openPanel(`?vendorId=${vendorId}`);
  await expect(again.getByTestId('review-vendor')).toHaveText('Acme Agents');
  await expect(again.getByLabel('Deployment tier')).toHaveValue('regulated');
  await expect(again.getByLabel('Reviewer notes')).toHaveValue('Only have the PDF report.');
  // Its first render showed the review and the list read by the page's first script.
  expect(await firstView(again)).toEqual([{ review: true, list: true, tab: false }]);
});
