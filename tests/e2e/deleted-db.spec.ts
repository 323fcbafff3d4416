import { expect, test } from './fixtures';

/**
 * Another extension page deletes Vendorscope's database while the reviewer types. The panel must not
 * reopen an empty database and file the text under nothing: it says what happened and keeps the
 * typed text for copying.
 */
test('the database deleted while typing: the panel says so and keeps the typed text', async ({
  openPanel,
}) => {
  const panel = await openPanel('');
  await panel.getByRole('button', { name: 'Add vendor' }).click();
  await panel.getByLabel('Vendor name').fill('Ephemeral Inc');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('review-vendor')).toHaveText('Ephemeral Inc');
  await panel.getByLabel('Reviewer notes').fill('Saved before.');
  await expect(panel.getByText('Saved on this computer')).toBeVisible();

  const other = await openPanel('');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('vendorscope');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
  );
  await other.close();

  await panel.getByLabel('Reviewer notes').fill('Saved before. Typed after the deletion.');
  await expect(panel.getByRole('alert').filter({ hasText: 'database was deleted' })).toBeVisible();
  const unsaved = panel.getByRole('region', { name: 'Text you typed that was not saved' });
  await expect(unsaved).toContainText('Saved before. Typed after the deletion.');
  await expect(unsaved.getByRole('button', { name: 'Copy text' })).toBeVisible();
  // The text was not filed into a new, empty database behind the reviewer's back.
  const filed = await panel.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'vendorscope')) return [];
    const req = indexedDB.open('vendorscope');
    const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
    if (!db.objectStoreNames.contains('notes')) return [];
    const all: { body: string }[] = await new Promise((r) => {
      const q = db.transaction('notes').objectStore('notes').getAll();
      q.onsuccess = () => r(q.result as { body: string }[]);
    });
    db.close();
    return all.map((n) => n.body);
  });
  expect(filed.filter((b) => b.includes('Typed after the deletion'))).toEqual([]);
});
