import { caseFor, expect, openTab, test, waitForTrustBadge } from './fixtures';
import { SidePanel } from './pages/side-panel';

/**
 * Every end-to-end test that touches the system clipboard lives in this file. Playwright runs a
 * file's tests one after another in one worker, so no two tests ever use the clipboard at once
 * (two workers did, and one read the other's copy: "Clipboard data has changed").
 * tests/conventions.test.ts keeps the clipboard out of every other spec.
 */

test('Copy findings puts both formatted HTML and Markdown on the clipboard', async ({
  context,
  serviceWorker,
  openPanel,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const trust = caseFor('openai-security.html');
  const { tabId } = await openTab(context, serviceWorker, trust.url);
  await waitForTrustBadge(serviceWorker, tabId);
  const panel = await openPanel(`?tabId=${tabId}`);
  await panel.getByRole('button', { name: /^Accept suggestion: Which SOC 2 report/ }).click();
  await expect(panel.getByRole('radio', { name: 'Type II', exact: true })).toBeChecked();

  await panel.getByRole('button', { name: 'Copy findings' }).click();
  await expect(panel.getByText(/Findings copied: formatted/)).toBeVisible();
  // A read that overlaps the panel's next write fails with "Clipboard data has changed" (the item
  // read is gone before its types are): read again, as the data is then the new copy.
  const read = () =>
    panel.evaluate(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const [item] = await navigator.clipboard.read();
          return {
            types: item!.types,
            html: await (await item!.getType('text/html')).text(),
            text: await (await item!.getType('text/plain')).text(),
          };
        } catch (err) {
          if (attempt >= 20 || !(err instanceof DOMException && err.name === 'DataError')) throw err;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    });
  const full = await read();
  expect(full.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(full.html).toContain('OpenAI');
  expect(full.html).toMatch(/<h1[^>]*>/);
  expect(full.html).not.toContain('<script');
  expect(full.text).toMatch(/^# .*OpenAI/m);
  expect(full.text).toContain('SOC 2 Type II');
  expect(full.text).toContain(trust.url);

  // The keyboard shortcut, in "questions for the vendor" mode: a ready e-mail body.
  await panel.getByLabel('Copy', { exact: true }).selectOption('questions');
  await panel.getByLabel('Reviewer notes').focus();
  await panel.keyboard.press('Control+Shift+C');
  await expect.poll(async () => (await read()).text).not.toBe(full.text);
  const questions = await read();
  expect(questions.text).toContain('OpenAI');
  expect(questions.text).toMatch(/^1\. /m);
  expect(questions.text).not.toContain('## ');
});

test('a note is in the findings copied right after typing it', async ({
  context,
  serviceWorker,
  openPanel,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const trust = caseFor('openai-security.html');
  const { tabId } = await openTab(context, serviceWorker, trust.url);
  await waitForTrustBadge(serviceWorker, tabId);
  const panel = new SidePanel(await openPanel(`?tabId=${tabId}`));
  await expect(panel.detectedVendor()).toHaveText('OpenAI');
  await panel.note().fill('Asked for the SOC 2 Type II report | bridge letter pending.');
  // No wait for the autosave: copying saves what is pending first.
  await panel.copyFindings().click();
  await expect(panel.page.getByText(/Findings copied: formatted/)).toBeVisible();
  const markdown = await panel.page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^# .*OpenAI/m);
  expect(markdown).toContain(trust.url);
  expect(markdown).toContain('openai.com');
  expect(markdown).toContain('Asked for the SOC 2 Type II report | bridge letter pending.');
});
