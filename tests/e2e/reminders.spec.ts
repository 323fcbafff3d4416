import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionArgs, requireChromium } from '../../scripts/chromium.mjs';
import { localIsoDate as iso } from '../../lib/dates/local-date';
import { EXTENSION_PATH, expect, openTab, readStore, test, waitForTrustBadge } from './fixtures';

async function launch(
  profile: string,
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless: true,
    args: extensionArgs(EXTENSION_PATH),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

const alarms = (worker: Worker) =>
  worker.evaluate(async () =>
    (await chrome.alarms.getAll())
      .map(({ name, scheduledTime, periodInMinutes }) => ({ name, scheduledTime, periodInMinutes }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );

const vendorIdByName = async (panel: Page, name: string) =>
  (await readStore<{ id: string; name: string }>(panel, 'vendors')).find((v) => v.name === name)?.id ?? null;

test('a report going stale is notified, clicking it opens the vendor’s review, and alarms survive a relaunch', async () => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'vendorscope-profile-'));
  try {
    const first = await launch(profile);
    let { context, worker } = first;
    const { extensionId } = first;
    // Observe (not replace) what the worker sends to the notification centre.
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __shown: { id: string; message: string }[] };
      g.__shown = [];
      const create = chrome.notifications.create.bind(chrome.notifications) as (
        id: string,
        o: chrome.notifications.NotificationCreateOptions,
      ) => Promise<string>;
      (chrome.notifications as { create: unknown }).create = (
        id: string,
        options: chrome.notifications.NotificationCreateOptions,
      ) => {
        g.__shown.push({ id, message: options.message ?? '' });
        return create(id, options);
      };
    });

    // A Type II report whose window ended 12 months before "20 days from now": it goes stale in 20 days.
    const staleOn = new Date();
    staleOn.setDate(staleOn.getDate() + 20);
    const end = new Date(staleOn);
    end.setFullYear(end.getFullYear() - 1);
    const start = new Date(end);
    start.setMonth(start.getMonth() - 6);

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByRole('button', { name: 'Add vendor' }).first().click();
    await panel.getByLabel('Vendor name').fill('Lumenhive');
    await panel.getByRole('button', { name: 'Add vendor' }).last().click();
    await expect(panel.getByTestId('review-vendor')).toHaveText('Lumenhive');
    const report = panel
      .locator('[data-question-card]')
      .filter({ has: panel.getByRole('heading', { name: 'Which SOC 2 report does the vendor hold?' }) });
    await report.getByLabel('Type II', { exact: true }).check();
    const window = panel
      .locator('[data-question-card]')
      .filter({ has: panel.getByRole('heading', { name: /observation window/i }) });
    await window.getByLabel(/start/i).fill(iso(start));
    await window.getByLabel(/end/i).fill(iso(end));

    const expected = `Lumenhive’s SOC 2 report goes stale on ${iso(staleOn)} — ask for the new report or a bridge letter`;
    await expect
      .poll(() =>
        worker.evaluate(() => (globalThis as unknown as { __shown: { message: string }[] }).__shown),
      )
      .toEqual([expect.objectContaining({ message: expected })]);
    // The same sweep then sets the badge and the alarms.
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    await expect
      .poll(async () => (await alarms(worker)).map((a) => a.name))
      .toEqual(['vendorscope:reminders-next', 'vendorscope:reminders-sweep']);
    const before = await alarms(worker);

    // Click the notification: Chrome's own onClicked event, dispatched to the worker's real listener.
    // Headless Chrome has no notification centre to click in, and no user gesture, so the review
    // opens in a tab by vendor id (the side panel needs a gesture).
    const vendorId = await vendorIdByName(panel, 'Lumenhive');
    const opened = context.waitForEvent('page');
    await worker.evaluate(() => {
      const [shown] = (globalThis as unknown as { __shown: { id: string }[] }).__shown;
      (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(shown!.id);
    });
    const review = await opened;
    await review.waitForLoadState('domcontentloaded');
    expect(review.url()).toBe(`chrome-extension://${extensionId}/sidepanel.html?vendorId=${vendorId}`);
    await expect(review.getByTestId('review-vendor')).toHaveText('Lumenhive');
    const reminders = review.getByRole('region', { name: 'Report reminders' });
    await expect(reminders).toContainText(
      `SOC 2 report: stale on ${iso(staleOn)} (due: ask for the new report)`,
    );
    const axe = await new AxeBuilder({ page: review })
      .include('section[aria-labelledby="reminders-heading"]')
      .analyze();
    expect(axe.violations).toEqual([]);
    await reminders.getByRole('button', { name: /Snooze 1 week/ }).click();
    const snoozedTo = new Date();
    snoozedTo.setDate(snoozedTo.getDate() + 7);
    await expect(reminders).toContainText(`snoozed until ${iso(snoozedTo)}`);
    // The snooze moved the next reminder alarm to the day it ends.
    await expect.poll(async () => JSON.stringify(await alarms(worker))).not.toBe(JSON.stringify(before));
    const snoozed = await alarms(worker);

    await context.close();
    ({ context, worker } = await launch(profile));
    // The worker's start-up sweep recomputes from the database: the same alarms, none lost or doubled.
    await expect
      .poll(() => worker.evaluate(() => performance.getEntriesByName('vendorscope:sweep').length), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    expect(await alarms(worker)).toEqual(snoozed);
    // No notification again after the restart: the stage was told once, and the snooze holds.
    expect(await worker.evaluate(() => chrome.storage.session.get('reminderNotifications'))).toEqual({});
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a revisit of a changed trust page shows the differences to confirm and marks the vendor', async ({
  context,
  serviceWorker,
  pages,
  extensionId,
}) => {
  const url = 'https://www.piedpiper.example/legal/subprocessors';
  const original = readFileSync(path.resolve('tests/fixtures/extra/subprocessor-list.html'), 'utf8');
  pages.set(url, original);
  const { page, tabId } = await openTab(context, serviceWorker, url);
  await waitForTrustBadge(serviceWorker, tabId);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  // The first thing saved records the vendor, and what the page states becomes the baseline.
  await panel.getByLabel('Reviewer notes').fill('Sub-processor list reviewed.');
  await expect(panel.getByText('Saved on this computer')).toBeVisible();
  await expect(panel.getByRole('region', { name: /Changed since review/ })).toHaveCount(0);

  // The vendor adds an AI provider and drops one: the reviewer revisits the page.
  pages.set(
    url,
    original
      .replace(
        '<tbody>',
        '<tbody><tr><td>OpenAI</td><td>LLM inference for the assistant</td><td>United States</td></tr>',
      )
      .replace(/<li>Zendesk[^<]*<\/li>/, ''),
  );
  await page.reload();
  const changes = panel.getByRole('region', { name: /Changed since review/ });
  await expect(changes).toBeVisible({ timeout: 15_000 });
  await expect(changes.getByRole('listitem')).toHaveText([
    /New sub-processor: OpenAI \(AI provider\)/,
    /Sub-processor no longer listed: Zendesk/,
  ]);
  const list = panel.getByRole('region', { name: 'Vendors' });
  await expect(list.getByText('changed since review', { exact: true })).toBeVisible();
  await list.getByLabel('Show').selectOption('changed');
  await expect(list.locator('tbody tr')).toHaveCount(1);

  await changes.getByRole('button', { name: /Confirm New sub-processor: OpenAI/ }).click();
  await expect(changes.getByRole('listitem')).toHaveCount(1);
  await changes.getByRole('button', { name: 'Confirm all' }).click();
  await expect(changes).toHaveCount(0);
  await expect(list.getByText('No vendor matches.')).toBeVisible();
});

test('reminder options are edited by keyboard, validated inline and stored; axe finds nothing', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const leads = options.getByLabel('Remind this many days before the stale date');
  await expect(leads).toHaveValue('30, 7, 0');
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  await leads.focus();
  await leads.fill('30, soon');
  await options.keyboard.press('Enter');
  await expect(options.getByRole('alert')).toHaveText('Lead times are whole days');
  await expect(leads).toHaveAttribute('aria-invalid', 'true');
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  await leads.fill('14, 0');
  // Tab to "Hold notifications during quiet hours" and switch it on with the space bar.
  const quiet = options.getByLabel('Hold notifications during quiet hours');
  for (let presses = 0; !(await quiet.evaluate((el) => el === document.activeElement)); presses++) {
    expect(presses, 'Tab reaches the quiet-hours switch').toBeLessThan(25);
    await options.keyboard.press('Tab');
  }
  await options.keyboard.press('Space');
  await expect(quiet).toBeChecked();
  await options.getByRole('button', { name: 'Save reminder options' }).press('Enter');
  await expect(options.getByText('Reminder options saved.')).toBeVisible();
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.storage.local.get('reminderSettings')))
    .toEqual({
      reminderSettings: {
        enabled: true,
        leadDays: [14, 0],
        quietHours: { enabled: true, start: '22:00', end: '08:00' },
      },
    });
});
