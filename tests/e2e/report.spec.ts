import AxeBuilder from '@axe-core/playwright';
import {
  encryptedPath,
  fixturePath,
  longReportPath,
  notPdfPath,
  PASSWORD,
  truncatedPath,
} from '../helpers/report-fixtures';
import { expect, readStore, test } from './fixtures';

/**
 * The vendor's SOC 2 report PDF, dropped into the panel through its file input, is read in the
 * extension page: its facts show with their pages, one is accepted as an answer and survives a reload,
 * a qualified opinion moves the verdict, and no request leaves the machine while it is read.
 */
test('a SOC 2 report read locally: facts with pages, an accepted fact kept, the verdict follows', async ({
  context,
  openPanel,
}) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const panel = await openPanel('');
  await panel.getByRole('button', { name: 'Add vendor' }).click();
  await panel.getByLabel('Vendor name').fill('Quillwork');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('review-vendor')).toHaveText('Quillwork');
  const [vendor] = await readStore<{ id: string }>(panel, 'vendors');
  const review = await openPanel(`?vendorId=${vendor!.id}`);
  await expect(review.getByTestId('review-vendor')).toHaveText('Quillwork');
  const before = requests.length;

  await review
    .getByLabel('Add the SOC 2 report (PDF)')
    .setInputFiles(await fixturePath('quillwork-soc2-type2-qualified'));
  const facts = review.getByRole('article', { name: /^From the report: / });
  await expect(facts).toBeVisible({ timeout: 20_000 });
  await expect(facts).toContainText('SOC 2 Type II');
  await expect(facts).toContainText('Qualified');
  await expect(facts.getByText(/^p\. \w+$/).first()).toBeVisible();
  await expect(facts).toContainText('Our obligations under this report');
  expect((await new AxeBuilder({ page: review }).analyze()).violations).toEqual([]);

  // The report's kind and opinion, suggested with their file and page, accepted: the verdict follows.
  await review.getByRole('button', { name: /^Accept suggestion: Which SOC 2 report/ }).click();
  await expect(review.getByRole('radio', { name: 'Type II', exact: true })).toBeChecked();
  const verdict = review.locator('.verdict-sticky');
  await expect(verdict).not.toContainText('Auditor’s opinion: Qualified.');
  await review.getByRole('button', { name: /^Accept suggestion: .*opinion/i }).click();
  await expect(review.getByRole('radio', { name: 'Qualified', exact: true })).toBeChecked();
  await expect(verdict).toContainText('Proceed with conditions');
  await expect(verdict).toContainText('Auditor’s opinion: Qualified.');
  await review.reload();
  await expect(review.getByRole('radio', { name: 'Qualified', exact: true })).toBeChecked();
  await expect(review.getByRole('article', { name: /^From the report: / })).toBeVisible();
  // The evidence names the file and the page, not a URL.
  await expect(review.getByRole('list', { name: 'Evidence' }).first()).toContainText(/\.pdf, p\. \w+/);

  // Nothing but the extension's own files was requested while the report was read.
  expect(requests.slice(before).filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  const stored = await readStore<{ fileName: string; sha256: string; reading: unknown }>(
    review,
    'reportFiles',
  );
  expect(stored).toHaveLength(1);
  expect(JSON.stringify(stored[0])).not.toContain('%PDF');
});

test('bad report files get a clear message and store nothing; a password is asked for, never stored', async ({
  openPanel,
}) => {
  const panel = await openPanel('');
  await panel.getByRole('button', { name: 'Add vendor' }).click();
  await panel.getByLabel('Vendor name').fill('Nimbus');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('review-vendor')).toHaveText('Nimbus');
  const input = panel.getByLabel('Add the SOC 2 report (PDF)');
  const section = panel.getByRole('region', { name: 'SOC 2 report' });
  const says = (text: string | RegExp) =>
    expect(section.getByRole('alert')).toContainText(text, { timeout: 20_000 });

  await input.setInputFiles(await notPdfPath());
  await says('This file is not a PDF.');
  await input.setInputFiles(await truncatedPath());
  await says('This PDF is damaged');
  await input.setInputFiles(await fixturePath('scanned-report-image-only'));
  await says('No text layer: this report is scanned; OCR is not supported.');
  await input.setInputFiles(await fixturePath('nimbus-pentest-letter'));
  await says('This PDF is not a SOC report');

  await input.setInputFiles(await encryptedPath());
  const password = section.getByLabel('Password', { exact: true });
  await expect(password).toBeVisible({ timeout: 20_000 });
  await password.fill('not it');
  await section.getByRole('button', { name: 'Open report' }).click();
  await says('That password does not open this PDF.');
  await password.fill(PASSWORD);
  await section.getByRole('button', { name: 'Open report' }).click();
  await expect(panel.getByRole('article', { name: /^From the report: / })).toBeVisible({ timeout: 20_000 });
  const stored = await readStore<object>(panel, 'reportFiles');
  expect(stored).toHaveLength(1);
  expect(JSON.stringify(stored)).not.toContain(PASSWORD);

  // The same file again is recognised by its content, not added twice.
  await input.setInputFiles(await encryptedPath());
  await expect(password).toBeVisible({ timeout: 20_000 });
  await password.fill(PASSWORD);
  await section.getByRole('button', { name: 'Open report' }).click();
  await says('was already read for this vendor');
  expect(await readStore<object>(panel, 'reportFiles')).toHaveLength(1);
});

test('a 500-page report shows its progress and can be cancelled: nothing is stored', async ({
  openPanel,
}) => {
  test.setTimeout(120_000);
  const long = await longReportPath(500);
  const panel = await openPanel('');
  await panel.getByRole('button', { name: 'Add vendor' }).click();
  await panel.getByLabel('Vendor name').fill('Longwinded');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('review-vendor')).toHaveText('Longwinded');
  await panel.getByLabel('Add the SOC 2 report (PDF)').setInputFiles(long);
  const section = panel.getByRole('region', { name: 'SOC 2 report' });
  await expect(section.getByText(/^page \d+ of 500$/)).toBeVisible({ timeout: 30_000 });
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByRole('alert')).toContainText('Reading the report was cancelled.');
  expect(await readStore<object>(panel, 'reportFiles')).toEqual([]);
});
