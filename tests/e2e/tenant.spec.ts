import AxeBuilder from '@axe-core/playwright';
import { expect, openTab, readStore, test, waitForTrustBadge } from './fixtures';

/**
 * Anyone can open a tenant on a hosted trust-center platform. A tenant page that links to a vendor the
 * reviewer has on record must get no access to that vendor's record: not matched, no baseline, no
 * "changed since review", no notes shown; only a hint the reviewer may act on.
 */
const VICTIM = 'https://trust.victim-corp.example/';
const EVIL = 'https://victim-corp.safebase.us/';

const victimPage = `<!doctype html><title>Victim Corp Trust Center</title><h1>Victim Corp Trust Center</h1>
  <p>Victim Corp has completed a SOC 2 Type II audit.</p>`;
const evilPage = `<!doctype html><title>Victim Corp | Powered by SafeBase</title><h1>Victim Corp</h1>
  <p>Victim Corp is SOC 2 Type II certified and ISO 27001 certified.</p>
  <h2>Subprocessors</h2><table><tr><th>Name</th><th>Purpose</th></tr><tr><td>Attacker Analytics</td><td>Analytics</td></tr></table>
  <a href="https://victim-corp.example/">Victim Corp</a> <a href="https://victim-corp.example/security">Security</a>
  <a href="https://victim-corp.example/privacy">Privacy</a><footer>Powered by SafeBase</footer>`;

test('a hosted tenant claiming to be a vendor on record gets no access to its review', async ({
  context,
  pages,
  serviceWorker,
  openPanel,
}) => {
  pages.set(VICTIM, victimPage);
  pages.set(EVIL, evilPage);
  const victim = await openTab(context, serviceWorker, VICTIM);
  await waitForTrustBadge(serviceWorker, victim.tabId);
  const panel = await openPanel(`?tabId=${victim.tabId}`);
  await panel.getByLabel('Reviewer notes').fill('Victim’s confidential review notes.');
  await expect(panel.getByText('Saved on this computer')).toBeVisible();
  const [before] = await readStore<{ id: string; urls: string[]; changedAt?: number | null }>(
    panel,
    'vendors',
  );

  // The tenant page, visited twice (a first visit would set a baseline, a second "changed").
  const evil = await openTab(context, serviceWorker, EVIL);
  await waitForTrustBadge(serviceWorker, evil.tabId);
  await evil.page.reload();
  await waitForTrustBadge(serviceWorker, evil.tabId);

  const onEvil = await openPanel(`?tabId=${evil.tabId}`);
  const hint = onEvil.getByRole('region', { name: 'This page says it is Victim Corp’s trust center' });
  await expect(hint).toBeVisible();
  await expect(onEvil.getByLabel('Reviewer notes')).toHaveValue('');
  await expect(onEvil.getByText('Victim’s confidential review notes.')).toHaveCount(0);
  expect((await new AxeBuilder({ page: onEvil }).analyze()).violations).toEqual([]);

  const [after] = await readStore<{ id: string; urls: string[]; changedAt?: number | null }>(
    onEvil,
    'vendors',
  );
  expect(after).toEqual(before);
  expect(after!.urls).toEqual([VICTIM]);

  // The reviewer's own choice links it; only then is it Victim Corp's review.
  await hint.getByRole('button', { name: 'Link this page to Victim Corp' }).click();
  await expect(onEvil.getByLabel('Reviewer notes')).toHaveValue('Victim’s confidential review notes.');
});
