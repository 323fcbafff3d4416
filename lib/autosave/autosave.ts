import type { Journal } from './journal';

/**
 * The one debounced-save helper of the extension pages, for notes and answers alike.
 * `schedule(key, job, delay)` saves `job` after `delay` ms of quiet (a newer job for the same key
 * replaces it); saves of one key run in order, never overlapping. Every scheduled job is first copied
 * to the journal, synchronously, and the copy is removed once that job is saved: a save the page
 * could not finish (closed, reloaded, crashed) is replayed by the next page. `flushAll` runs
 * everything pending now; the page calls it on `pagehide` and when hidden (use-flush-on-hide.ts).
 */

export interface SaveCallbacks {
  onSaving?: () => void;
  /** With what the save returned (e.g. the stored record, for its revision). */
  onSaved?: (result: unknown) => void;
  /** The message, and the error itself (a SaveConflictError carries what is stored now). */
  onFailed?: (error: string, cause: unknown) => void;
}

export interface Autosave<J> {
  schedule(key: string, job: J, delayMs: number, callbacks?: SaveCallbacks): void;
  /** Saves `key`'s pending job now (if any) and resolves when it and any save before it are done. */
  flush(key: string): Promise<void>;
  flushAll(): Promise<void>;
  /** Drops `key`'s waiting job and its journal copy (the reviewer chose to discard that text). */
  cancel(key: string): void;
  /** Keys with a job waiting for its delay. */
  pendingKeys(): string[];
}

interface Pending<J> {
  job: J;
  seq: number;
  timer: ReturnType<typeof setTimeout> | null;
  callbacks: SaveCallbacks;
}

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function createAutosave<J>(perform: (job: J) => Promise<unknown>, journal?: Journal): Autosave<J> {
  const pending = new Map<string, Pending<J>>();
  /** Per key, the save running now: the next one waits for it. */
  const running = new Map<string, Promise<void>>();

  function run(key: string): Promise<void> {
    const entry = pending.get(key);
    if (!entry) return running.get(key) ?? Promise.resolve();
    pending.delete(key);
    if (entry.timer) clearTimeout(entry.timer);
    const previous = running.get(key) ?? Promise.resolve();
    const save = previous.then(async () => {
      entry.callbacks.onSaving?.();
      try {
        const result = await perform(entry.job);
        journal?.settle(key, entry.seq);
        entry.callbacks.onSaved?.(result);
      } catch (err) {
        // The journal keeps the job: the text is not lost, and Retry or the next page saves it.
        entry.callbacks.onFailed?.(errorText(err), err);
      }
    });
    running.set(key, save);
    void save.then(() => {
      if (running.get(key) === save) running.delete(key);
    });
    return save;
  }

  return {
    schedule(key, job, delayMs, callbacks = {}) {
      const old = pending.get(key);
      if (old?.timer) clearTimeout(old.timer);
      const seq = journal?.put(key, job) ?? 0;
      const entry: Pending<J> = { job, seq, timer: null, callbacks };
      pending.set(key, entry);
      if (delayMs <= 0) void run(key);
      else entry.timer = setTimeout(() => void run(key), delayMs);
    },
    flush: run,
    async flushAll() {
      await Promise.all([...new Set([...pending.keys(), ...running.keys()])].map(run));
    },
    cancel(key) {
      const entry = pending.get(key);
      if (entry?.timer) clearTimeout(entry.timer);
      pending.delete(key);
      journal?.discard(key);
    },
    pendingKeys: () => [...pending.keys()],
  };
}
