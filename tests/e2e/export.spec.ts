import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('backup downloads from the options page and restores with a preview; a bad file changes nothing', async ({
  context,
  extensionId,
  openPanel,
}, testInfo) => {
  const panel = await openPanel('');
  await panel.getByRole('button', { name: 'Add vendor' }).click();
  await panel.getByLabel('Vendor name').fill('Backup Co');
  await panel.getByRole('button', { name: 'Add vendor' }).click();
  await panel.getByLabel('Reviewer notes').fill('Keep this note.');
  await expect(panel.getByText('Saved on this computer')).toBeVisible();
  // An answer: the backup reads answers from their packs (lib/db/answer-packs.ts), kept by the browser's
  // own IndexedDB transactions here.
  const report = panel
    .locator('[data-question-card]')
    .filter({ has: panel.getByRole('heading', { name: 'Which SOC 2 report does the vendor hold?' }) });
  await report.getByLabel('Type II', { exact: true }).check();
  await expect(report.getByLabel('Type II', { exact: true })).toBeChecked();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ app: 'vendorscope', formatVersion: 2 });
  expect(backup.tables.vendors.map((v: { name: string }) => v.name)).toEqual(['Backup Co']);
  expect(backup.tables.notes[0].body).toBe('Keep this note.');
  expect(backup.tables.answers).toEqual([
    expect.objectContaining({ questionId: 'soc2-report-type', value: 'type-2' }),
  ]);

  // A truncated file is refused with a reason, and nothing changes.
  const text = readFileSync(file, 'utf8');
  await options.getByLabel('Restore from a backup file').setInputFiles({
    name: 'truncated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, text.length / 2)),
  });
  await expect(options.getByText(/truncated\.json was not imported: .*Nothing was changed\./)).toBeVisible();

  // A newer copy of the vendor: previewed as one update, then merged.
  backup.tables.vendors[0].name = 'Backup Co (renamed)';
  backup.tables.vendors[0].updatedAt += 60_000;
  await options.getByLabel('Restore from a backup file').setInputFiles({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const preview = options.getByRole('group', { name: 'Confirm import' });
  await expect(preview.getByRole('row', { name: /^Vendors 0 1 0$/ })).toBeVisible();
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(
    options.getByText(/Imported: 0 records added, 1 updated\. Nothing was deleted\./),
  ).toBeVisible();

  await panel.reload();
  await expect(panel.getByRole('button', { name: 'Backup Co (renamed)' })).toBeVisible();
});
