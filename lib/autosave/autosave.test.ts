import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '@/tests/helpers/memory-storage';
import { createAutosave } from './autosave';
import { createJournal } from './journal';

afterEach(() => {
  vi.useRealTimers();
});

const deferred = () => {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('autosave', () => {
  it('saves once after a pause in typing, with the latest text', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const autosave = createAutosave<string>(async (job) => void saved.push(job));
    autosave.schedule('note', 'A', 400);
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule('note', 'AB', 400);
    await vi.advanceTimersByTimeAsync(300);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(saved).toEqual(['AB']);
  });

  it('runs the saves of one key in order, never overlapping', async () => {
    const first = deferred();
    const log: string[] = [];
    const autosave = createAutosave<string>(async (job) => {
      log.push(`start ${job}`);
      if (job === 'one') await first.promise;
      log.push(`end ${job}`);
    });
    autosave.schedule('k', 'one', 0);
    autosave.schedule('k', 'two', 0);
    await Promise.resolve();
    expect(log).toEqual(['start one']);
    first.resolve();
    await autosave.flush('k');
    expect(log).toEqual(['start one', 'end one', 'start two', 'end two']);
  });

  it('keeps a journal copy from the keystroke until that text is saved, and after a failure', async () => {
    const storage = memoryStorage();
    const journal = createJournal(storage, 'page-1');
    const fail = deferred();
    let attempt = 0;
    const autosave = createAutosave<string>((job) => {
      attempt++;
      return attempt === 1 ? fail.promise : Promise.resolve(job);
    }, journal);
    const failed = vi.fn();
    autosave.schedule('note', 'typed', 10_000, { onFailed: failed });
    // Written synchronously, before any timer or promise: a reload right now loses nothing.
    expect(journal.entries().map((e) => e.job)).toEqual(['typed']);
    const flushing = autosave.flushAll();
    fail.reject(new Error('disk full'));
    await flushing;
    expect(failed).toHaveBeenCalledWith('disk full', expect.any(Error));
    expect(journal.entries().map((e) => e.job)).toEqual(['typed']);
    autosave.schedule('note', 'typed', 0);
    await autosave.flush('note');
    expect(journal.entries()).toEqual([]);
  });

  it('does not clear a newer journal copy when an older save finishes', async () => {
    const storage = memoryStorage();
    const journal = createJournal(storage, 'page-1');
    const slow = deferred();
    const autosave = createAutosave<string>(
      (job) => (job === 'old' ? slow.promise : Promise.resolve()),
      journal,
    );
    autosave.schedule('note', 'old', 0);
    autosave.schedule('note', 'new', 10_000);
    slow.resolve();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(journal.entries().map((e) => e.job)).toEqual(['new']);
    await autosave.flushAll();
    expect(journal.entries()).toEqual([]);
  });

  it('flushAll saves every pending key now', async () => {
    const saved: string[] = [];
    const autosave = createAutosave<string>(async (job) => void saved.push(job));
    autosave.schedule('a', 'A', 60_000);
    autosave.schedule('b', 'B', 60_000);
    expect(autosave.pendingKeys().sort()).toEqual(['a', 'b']);
    await autosave.flushAll();
    expect(saved.sort()).toEqual(['A', 'B']);
    expect(autosave.pendingKeys()).toEqual([]);
  });
});

describe('journal', () => {
  it('survives full or missing storage: the save path never throws because of it', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => createJournal(full, 'p').put('k', 'x')).not.toThrow();
    expect(createJournal(null, 'p').entries()).toEqual([]);
  });

  it('ignores unparseable entries and other keys in the same storage', () => {
    const storage = memoryStorage();
    storage.setItem('vendorscope:unsaved:bad', '{not json');
    storage.setItem('someone-else', 'x');
    const journal = createJournal(storage, 'p');
    journal.put('good', { a: 1 });
    expect(journal.entries().map((e) => [e.key, e.job])).toEqual([['good', { a: 1 }]]);
  });
});
