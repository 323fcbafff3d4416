import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/tests/helpers/memory-storage';
import { reviewHarness } from '@/tests/helpers/review';
import { createAutosave } from '../autosave/autosave';
import { createJournal } from '../autosave/journal';
import { latestAssessment } from '../db/assessments-repo';
import { Q } from '../questionnaire/question-ids';
import { performSave, type PendingSave } from './pending-save';
import { recoverUnsaved } from './recover-unsaved';

/** Two "pages" sharing one localStorage, as a panel and the panel that replaces it on reload do. */
function pages() {
  const h = reviewHarness();
  const storage = memoryStorage();
  const alive = new Set<string>();
  const page = (owner: string) => {
    alive.add(owner);
    const journal = createJournal(storage, owner);
    const autosave = createAutosave<PendingSave>((job) => performSave(h.service, job), journal);
    return { journal, autosave, close: () => alive.delete(owner) };
  };
  const recover = (journal: ReturnType<typeof createJournal>) =>
    recoverUnsaved({
      journal,
      perform: (job) => performSave(h.service, job),
      isAlive: async (owner) => alive.has(owner),
    });
  return { h, storage, page, recover };
}

describe('text typed just before the panel closes or reloads', () => {
  it('is saved by the next panel: a first note and an answer typed under the debounce', async () => {
    const { h, page, recover } = pages();
    const vendor = await h.service.createVendor({ name: 'Acme' });
    const first = page('panel-1');
    first.autosave.schedule(
      'n',
      { kind: 'note', target: { vendorId: vendor.id }, body: 'Typed, then reloaded' },
      400,
    );
    first.autosave.schedule(
      'a',
      {
        kind: 'answer',
        target: { vendorId: vendor.id },
        questionId: Q.cuec,
        author: 'Dana',
        note: 'Ask about CUEC 3',
      },
      500,
    );
    // The panel is gone before either timer fires: no save ever ran.
    first.close();

    const second = page('panel-2');
    expect(await recover(second.journal)).toEqual({ saved: 2, leftovers: [] });
    const review = await latestAssessment(h.db, vendor.id);
    expect((await h.db.notes.where('assessmentId').equals(review!.id).first())?.body).toBe(
      'Typed, then reloaded',
    );
    expect((await h.db.answers.toArray()).map((a) => [a.questionId, a.note])).toEqual([
      [Q.cuec, 'Ask about CUEC 3'],
    ]);
    expect(second.journal.entries()).toEqual([]);
  });

  it('leaves a living panel’s pending text to that panel', async () => {
    const { h, page, recover } = pages();
    const vendor = await h.service.createVendor({ name: 'Acme' });
    const first = page('panel-1');
    first.autosave.schedule(
      'n',
      { kind: 'note', target: { vendorId: vendor.id }, body: 'still typing' },
      60_000,
    );
    const second = page('panel-2');
    expect(await recover(second.journal)).toEqual({ saved: 0, leftovers: [] });
    expect(await h.db.notes.count()).toBe(0);
    expect(first.journal.entries()).toHaveLength(1);
  });

  it('keeps text it cannot save (its vendor was deleted) and returns it to show, never drops it', async () => {
    const { h, page, recover } = pages();
    const vendor = await h.service.createVendor({ name: 'Acme' });
    const first = page('panel-1');
    first.autosave.schedule(
      'n',
      { kind: 'note', target: { vendorId: vendor.id }, body: 'Precious text' },
      60_000,
    );
    first.close();
    await h.service.deleteVendor(vendor.id);
    const second = page('panel-2');
    const { saved, leftovers } = await recover(second.journal);
    expect(saved).toBe(0);
    expect(leftovers).toMatchObject([
      { key: 'n', text: 'Precious text', error: 'not saved: That vendor no longer exists.' },
    ]);
    expect(second.journal.entries()).toHaveLength(1);
  });

  it('does not replay a damaged copy; says so instead', async () => {
    const { storage, page, recover } = pages();
    storage.setItem(
      'vendorscope:unsaved:x',
      JSON.stringify({ owner: 'gone', seq: 1, at: 5, job: { kind: 'note' } }),
    );
    const { leftovers } = await recover(page('panel-2').journal);
    expect(leftovers).toMatchObject([{ key: 'x', error: 'not saved: the unsaved copy is damaged.' }]);
  });
});
