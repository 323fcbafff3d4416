import { expect, readStore, test } from './fixtures';

/**
 * One review open in two panel tabs. A tab that is not editing follows the other live; when both type
 * at once, the later save is refused, the newer text is shown beside the reviewer's own, and nothing
 * is lost until the reviewer chooses.
 */
test('two tabs on one review: nothing typed is lost, the conflict is shown, the choice is saved', async ({
  openPanel,
}) => {
  const a = await openPanel('');
  await a.getByRole('button', { name: 'Add vendor' }).click();
  await a.getByLabel('Vendor name').fill('Concurrent Co');
  await a.keyboard.press('Enter');
  await expect(a.getByTestId('review-vendor')).toHaveText('Concurrent Co');
  const [vendor] = await readStore<{ id: string }>(a, 'vendors');
  const b = await openPanel(`?vendorId=${vendor!.id}`);
  await expect(b.getByTestId('review-vendor')).toHaveText('Concurrent Co');

  // A types; B, not editing, follows live.
  await a.getByLabel('Reviewer notes').fill('Shared start.');
  await expect(a.getByText('Saved on this computer')).toBeVisible();
  await expect(b.getByLabel('Reviewer notes')).toHaveValue('Shared start.');

  // Both type at once, from the same text.
  await Promise.all([
    a.getByLabel('Reviewer notes').fill('Shared start. A adds this.'),
    b.getByLabel('Reviewer notes').fill('Shared start. B adds that.'),
  ]);
  const conflictIn = async () => {
    for (const [name, tab] of [
      ['a', a],
      ['b', b],
    ] as const)
      if (await tab.getByRole('group', { name: /Changed in another window/ }).isVisible()) return name;
    return null;
  };
  await expect.poll(conflictIn, { timeout: 15_000 }).not.toBeNull();
  const loser = (await conflictIn()) === 'a' ? a : b;
  const winner = loser === a ? b : a;
  const mine = loser === a ? 'Shared start. A adds this.' : 'Shared start. B adds that.';
  const theirs = loser === a ? 'Shared start. B adds that.' : 'Shared start. A adds this.';
  // Nothing lost: the loser still holds its text, the store the winner's, shown beside it.
  await expect(loser.getByLabel('Reviewer notes')).toHaveValue(mine);
  await expect(loser.getByRole('group', { name: /Changed in another window/ })).toContainText(theirs);
  expect((await readStore<{ body: string }>(winner, 'notes')).map((n) => n.body)).toEqual([theirs]);

  await loser.getByRole('button', { name: 'Keep both' }).click();
  const both = `${theirs}\n\n${mine}`;
  await expect
    .poll(async () => (await readStore<{ body: string }>(winner, 'notes')).map((n) => n.body))
    .toEqual([both]);
  // The winner is not editing any more: it follows live to the merged text.
  await expect(winner.getByLabel('Reviewer notes')).toHaveValue(both);
  await expect(loser.getByRole('group', { name: /Changed in another window/ })).toHaveCount(0);
});
