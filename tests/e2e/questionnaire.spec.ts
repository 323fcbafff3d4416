import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { localIsoDate } from '../../lib/dates/local-date';
import { caseFor, expect, openTab, readStore, test, waitForTrustBadge } from './fixtures';

/** YYYY-MM-DD `days` from today, in the browser's local calendar (the reviewer's date). */
const localDate = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return localIsoDate(d);
};

/** The stored answer to a question, read from the extension's own IndexedDB. */
const storedAnswer = async (panel: Page, questionId: string) =>
  (await readStore<{ questionId: string; value: unknown }>(panel, 'answers')).find(
    (a) => a.questionId === questionId,
  )?.value ?? null;

const verdict = (panel: Page) => panel.getByRole('status', { name: 'Verdict' });
const question = (panel: Page, text: string | RegExp) =>
  panel.locator('[data-question-card]').filter({ has: panel.getByRole('heading', { name: text }) });

test('accept a page suggestion, answer, note, reload: all kept, verdict per tier', async ({
  context,
  serviceWorker,
  openPanel,
}) => {
  const trust = caseFor('openai-security.html');
  const { tabId } = await openTab(context, serviceWorker, trust.url);
  await waitForTrustBadge(serviceWorker, tabId);
  const panel = await openPanel(`?tabId=${tabId}`);

  const report = question(panel, 'Which SOC 2 report does the vendor hold?');
  await expect(report.getByText('Suggested from the page:')).toBeVisible();
  await report.getByRole('button', { name: /^Accept suggestion/ }).click();
  await expect(report.getByLabel('Type II', { exact: true })).toBeChecked();
  await expect(report.getByText(/compliance with the SOC 2 Type 2 Security/).first()).toBeVisible();

  const window = question(panel, /observation window/i);
  await window.getByLabel(/start/i).fill(localDate(-300));
  await window.getByLabel(/end/i).fill(localDate(-30));
  await question(panel, /opinion/i)
    .getByLabel(/^Unqualified/)
    .check();
  await question(panel, /exceptions or deviations/i)
    .getByLabel('No', { exact: true })
    .check();
  await panel.getByLabel('Reviewer notes').fill('Report received under NDA.');
  await expect(panel.getByText('Saved on this computer')).toBeVisible();
  await expect.poll(() => storedAnswer(panel, 'soc2-exceptions')).toBe(false);
  await expect
    .poll(() => storedAnswer(panel, 'soc2-observation-window'))
    .toEqual({
      start: localDate(-300),
      end: localDate(-30),
    });

  await panel.reload();
  await expect(report.getByLabel('Type II', { exact: true })).toBeChecked();
  await expect(window.getByLabel(/end/i)).toHaveValue(localDate(-30));
  await expect(panel.getByLabel('Reviewer notes')).toHaveValue('Report received under NDA.');
  await expect(report.getByText(/compliance with the SOC 2 Type 2 Security/).first()).toBeVisible();

  // Standard: AI-specific questions are still open → conditions.
  await expect(verdict(panel)).toContainText('Proceed with conditions');
  await panel.getByLabel('Deployment tier').selectOption('regulated');
  await expect(verdict(panel)).toContainText('Walk away');
  await panel.getByLabel('Deployment tier').selectOption('high-stakes');
  await expect(verdict(panel)).toContainText('Proceed with conditions');
  // A stale report for a regulated buyer: walk away whatever else is said.
  await panel.getByLabel('Deployment tier').selectOption('regulated');
  await window.getByLabel(/end/i).fill(localDate(-400));
  await expect(verdict(panel)).toContainText('Walk away');

  await panel.getByText(/Change history/).click();
  await expect(panel.getByText(/Which SOC 2 report does the vendor hold\?/).last()).toBeVisible();
});

test('inline errors for impossible input never lose the stored answer', async ({ openPanel }) => {
  const panel = await openPanel('');
  await panel.getByRole('button', { name: 'Add vendor' }).click();
  await panel.getByLabel('Vendor name').fill('Datewise');
  await panel.getByRole('button', { name: 'Add vendor' }).click();
  await expect(panel.getByTestId('review-vendor')).toHaveText('Datewise');
  await question(panel, 'Which SOC 2 report does the vendor hold?')
    .getByLabel('Type II', { exact: true })
    .check();
  const window = question(panel, /observation window/i);
  await window.getByLabel(/start/i).fill('2026-03-01');
  await window.getByLabel(/end/i).fill('2026-06-30');
  // Saved: the vendor list shows the stale date computed from it.
  await expect(panel.getByRole('cell', { name: '2027-06-30' })).toBeVisible();
  await window.getByLabel(/end/i).fill('2025-01-01');
  await expect(window.getByRole('alert')).toHaveText(/ends before it starts/);
  await panel.reload();
  await panel.getByRole('button', { name: 'Datewise' }).click();
  await expect(window.getByLabel(/end/i)).toHaveValue('2026-06-30');
});

test('keyboard only through a section, and no axe violations', async ({
  context,
  serviceWorker,
  openPanel,
}) => {
  const { tabId } = await openTab(context, serviceWorker, caseFor('netapp-safebase.html').url);
  await waitForTrustBadge(serviceWorker, tabId);
  const panel = await openPanel(`?tabId=${tabId}`);
  await expect(panel.getByRole('tab', { name: /SOC 2 report/ })).toBeVisible();
  expect((await new AxeBuilder({ page: panel }).analyze()).violations).toEqual([]);

  // Tabs: arrow to the AI section and back.
  await panel.getByRole('tab', { name: /SOC 2 report/ }).focus();
  await panel.keyboard.press('ArrowRight');
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: /does not cover/ })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('heading', { name: /prompt injection/i })).toBeVisible();

  // Tab into the section, answer the first question by typing, move on with Alt+↓, answer the next.
  const cards = panel.locator('[data-question-card]');
  await panel.keyboard.press('Tab');
  await expect(cards.first().locator(':focus')).toHaveCount(1);
  await cards.first().getByRole('textbox').first().focus();
  await panel.keyboard.type('Red-teamed quarterly; tool calls need allow-listing.');
  await expect
    .poll(() => storedAnswer(panel, 'prompt-injection-resilience'))
    .toBe('Red-teamed quarterly; tool calls need allow-listing.');
  await panel.keyboard.press('Alt+ArrowDown');
  await expect(cards.nth(1).locator('[data-question-id]')).toBeFocused();
  await panel.keyboard.press('Alt+ArrowUp');
  await expect(cards.first().locator('[data-question-id]')).toBeFocused();
  await panel.keyboard.press('Alt+ArrowDown');
  await panel.keyboard.press('Alt+ArrowDown');
  await panel.keyboard.press('Alt+ArrowDown');
  await panel.keyboard.press('Alt+ArrowDown');
  await expect(cards.nth(4).locator('[data-question-id]')).toBeFocused();
  await cards.nth(4).getByRole('radio').first().focus();
  await panel.keyboard.press('Space');
  await expect(cards.nth(4).getByRole('radio').first()).toBeChecked();
  await expect.poll(() => storedAnswer(panel, 'agent-decision-audit-trail')).not.toBeNull();
  await panel.reload();
  await panel.getByRole('tab', { name: /does not cover/ }).click();
  await expect(cards.first().getByRole('textbox').first()).toHaveValue(
    'Red-teamed quarterly; tool calls need allow-listing.',
  );
  await expect(cards.nth(4).getByRole('radio').first()).toBeChecked();
  expect((await new AxeBuilder({ page: panel }).analyze()).violations).toEqual([]);
});

test('a quote selected on a page becomes evidence on a question', async ({
  context,
  serviceWorker,
  openPanel,
}) => {
  const { tabId } = await openTab(context, serviceWorker, caseFor('workato-security.html').url);
  await waitForTrustBadge(serviceWorker, tabId);
  // The context-menu click itself cannot be driven headless; the handler gets the same data.
  await serviceWorker.evaluate(() =>
    chrome.storage.session.set({
      pendingEvidence: [
        {
          id: 'q1',
          url: 'https://www.workato.com/legal/security',
          quote: 'Workato is SOC 2 Type 2 audited.',
          capturedAt: 1,
        },
      ],
    }),
  );
  const panel = await openPanel(`?tabId=${tabId}`);
  await panel.getByLabel('Attach to').selectOption({ label: 'Which SOC 2 report does the vendor hold?' });
  await panel.getByRole('button', { name: 'Attach quote' }).click();
  await expect(panel.getByText('Selected quotes to attach')).toHaveCount(0);
  await expect(
    question(panel, 'Which SOC 2 report does the vendor hold?').getByText('Workato is SOC 2 Type 2 audited.'),
  ).toBeVisible();
});
