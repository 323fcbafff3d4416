import { describe, expect, it } from 'vitest';
import { reviewHarness } from '@/tests/helpers/review';
import { Q } from '../questionnaire/question-ids';
import { isSaveConflict, SaveConflictError } from './conflict';

/** Two panels on one review: each save says what it was based on; a stale base is refused. */
async function twoWindows() {
  const h = reviewHarness();
  const vendor = await h.service.createVendor({ name: 'Acme' });
  const target = { vendorId: vendor.id };
  const first = await h.service.saveNote(target, 'v1');
  return { h, target, first };
}

describe('saves state their base', () => {
  it('refuses a note saved over text another window saved since, and writes nothing', async () => {
    const { h, target, first } = await twoWindows();
    // Both windows read revision 1 ("v1"); window A saves first.
    const a = await h.service.saveNote(target, 'A’s text', { rev: first.rev!, value: 'v1' });
    expect(a.rev).toBe(2);
    const refused = await h.service
      .saveNote(target, 'B’s text', { rev: first.rev!, value: 'v1' })
      .catch((e: unknown) => e);
    expect(isSaveConflict(refused)).toBe(true);
    expect(refused).toMatchObject({ theirs: 'A’s text', theirsRev: 2 });
    expect((await h.db.notes.toArray()).map((n) => n.body)).toEqual(['A’s text']);
    // B keeps both, based on what A saved: it goes through.
    const both = await h.service.saveNote(target, 'A’s text\n\nB’s text', { rev: 2, value: 'A’s text' });
    expect(both).toMatchObject({ body: 'A’s text\n\nB’s text', rev: 3 });
  });

  it('a first note written in two windows at once: the second is refused, not lost', async () => {
    const h = reviewHarness();
    const vendor = await h.service.createVendor({ name: 'Acme' });
    const target = { vendorId: vendor.id };
    await h.service.saveNote(target, 'from A', { rev: 0, value: '' });
    await expect(h.service.saveNote(target, 'from B', { rev: 0, value: '' })).rejects.toBeInstanceOf(
      SaveConflictError,
    );
  });

  it('saving the text already stored is never a conflict', async () => {
    const { h, target, first } = await twoWindows();
    await h.service.saveNote(target, 'same', { rev: first.rev!, value: 'v1' });
    await expect(h.service.saveNote(target, 'same', { rev: first.rev!, value: 'v1' })).resolves.toMatchObject(
      { body: 'same' },
    );
  });

  it('refuses an answer changed in another window; another field of it changing is no conflict', async () => {
    const h = reviewHarness();
    const vendor = await h.service.createVendor({ name: 'Acme' });
    const t = { vendorId: vendor.id };
    const first = await h.service.saveAnswer(t, { questionId: Q.opinion, value: 'unqualified', author: 'A' });
    // Window A changes the note (rev 2); window B, still on rev 1, changes the value: fine.
    await h.service.saveAnswer(t, {
      questionId: Q.opinion,
      note: 'per p. 4',
      author: 'A',
      base: { rev: 1, value: '' },
    });
    const b = await h.service.saveAnswer(t, {
      questionId: Q.opinion,
      value: 'qualified',
      author: 'B',
      base: { rev: first.rev!, value: 'unqualified' },
    });
    expect(b).toMatchObject({ value: 'qualified', note: 'per p. 4', rev: 3 });
    // Window A, still believing 'unqualified', sets 'adverse': refused, B's value stays.
    const refused = await h.service
      .saveAnswer(t, {
        questionId: Q.opinion,
        value: 'adverse',
        author: 'A',
        base: { rev: 2, value: 'unqualified' },
      })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ theirs: 'qualified', theirsRev: 3 });
    expect((await h.db.answers.toArray())[0]?.value).toBe('qualified');
  });
});
