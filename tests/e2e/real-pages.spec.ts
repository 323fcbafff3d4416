import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { actionState, expect, openTab, test } from './fixtures';

/**
 * Pages from the real-page corpus (tests/fixtures/real), served under their real URLs: what the
 * engine does on the web, in the built extension in Chromium, not only in the scanner.
 */
const REAL = path.resolve('tests/fixtures/real');
const realCases: { file: string; url: string }[] = JSON.parse(
  readFileSync(path.join(REAL, 'cases.json'), 'utf8'),
);
const real = (file: string) => {
  const c = realCases.find((x) => x.file === file);
  if (!c) throw new Error(`No real case ${file}`);
  return { url: c.url, html: readFileSync(path.join(REAL, file), 'utf8') };
};

/** The panel's list under a heading, as its items' text. */
const listAfter = (panel: Page, heading: string) =>
  panel
    .getByRole('heading', { name: heading })
    .locator('xpath=following-sibling::ul[1]')
    .getByRole('listitem')
    .allInnerTexts();

test('a German trust page is recognised, named by its host and its own certificates shown', async ({
  context,
  pages,
  serviceWorker,
  openPanel,
}) => {
  const { url, html } = real('de-dropbox-zertifizierungen.html');
  pages.set(url, html);
  const { tabId } = await openTab(context, serviceWorker, url);
  await expect
    .poll(() => actionState(serviceWorker, tabId))
    .toEqual({ badge: '✓', title: 'Vendorscope — trust page: Dropbox' });
  const panel = await openPanel(`?tabId=${tabId}`);
  await expect(panel.getByTestId('detected-vendor')).toHaveText('Dropbox');
  const own = await listAfter(panel, 'What the page states');
  expect(own.some((t) => t.startsWith('ISO/IEC 27001') && t.includes('held'))).toBe(true);
  expect(own.some((t) => t.startsWith('ISO/IEC 27017'))).toBe(true);
  expect(own.join('\n')).toContain('ISO 27001-Zertifikat für Dropbox');
});

test('a docs-hosted security page is recognised; the cloud’s certificates stay the cloud’s', async ({
  context,
  pages,
  serviceWorker,
  openPanel,
}) => {
  const { url, html } = real('mindset-security-qa.html');
  pages.set(url, html);
  const { tabId } = await openTab(context, serviceWorker, url);
  await expect.poll(async () => (await actionState(serviceWorker, tabId)).badge).toBe('✓');
  const panel = await openPanel(`?tabId=${tabId}`);
  await expect(panel.getByTestId('detected-vendor')).toHaveText('Mindset');
  const own = await listAfter(panel, 'What the page states');
  expect(own).toHaveLength(1);
  expect(own[0]).toMatch(/^ISO\/IEC 27001\s+in progress/);
  const third = await listAfter(panel, 'Stated for third parties');
  expect(third.length).toBeGreaterThanOrEqual(5);
  expect(third.every((t) => t.startsWith('Google Cloud Platform (GCP): '))).toBe(true);
  expect(third.some((t) => t.includes('SOC 3'))).toBe(true);
});

test('a page listing a cloud provider’s certificates shows them on the provider, not as the vendor’s', async ({
  context,
  pages,
  serviceWorker,
  openPanel,
}) => {
  const safer = real('safer-security.html');
  pages.set(safer.url, safer.html);
  const { tabId } = await openTab(context, serviceWorker, safer.url);
  await expect.poll(async () => (await actionState(serviceWorker, tabId)).badge).toBe('✓');
  const panel = await openPanel(`?tabId=${tabId}`);
  await expect(panel.getByRole('heading', { name: 'Stated for third parties' })).toBeVisible();
  // The page states no certificate of the vendor's own: none is shown as the vendor's.
  await expect(panel.getByRole('heading', { name: 'What the page states' })).toHaveCount(0);
  const third = await listAfter(panel, 'Stated for third parties');
  expect(third.some((t) => t.startsWith('Amazon Web Services (AWS): ISO/IEC 27001'))).toBe(true);

  // A provider that is also a listed sub-processor carries its certificates on its row.
  const url = 'https://quillon.example/security';
  pages.set(url, readFileSync(path.resolve('tests/fixtures/extra/quillon-cloud-provider-rows.html'), 'utf8'));
  const second = await openTab(context, serviceWorker, url);
  await expect.poll(async () => (await actionState(serviceWorker, second.tabId)).badge).toBe('✓');
  const rows = await openPanel(`?tabId=${second.tabId}`);
  const aws = rows.getByRole('listitem').filter({ hasText: 'Amazon Web Services, Inc.' });
  await expect(aws.getByTestId('subprocessor-certs')).toHaveText(
    'ISO/IEC 27001, SOC 2 Type II (as stated by the vendor)',
  );
  expect(await listAfter(rows, 'What the page states')).toEqual([
    expect.stringMatching(/^SOC 2 Type II\s+held/),
  ]);
});
