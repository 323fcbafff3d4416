/**
 * Write-ahead copy of what the reviewer typed and has not saved yet, in the page's synchronous
 * storage (localStorage). An IndexedDB save started while the panel closes or reloads may never
 * finish: the document is gone before its transaction runs. A synchronous write cannot be lost that
 * way, so the text survives and the next panel saves it (see lib/review/recover-unsaved.ts).
 * Best effort by design: if storage is unavailable or full, the normal save still runs.
 */

/** The part of the Web Storage API the journal needs (localStorage in pages; a Map in tests). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface JournalEntry {
  key: string;
  /** The page instance that wrote it; its entries are its own while it lives. */
  owner: string;
  seq: number;
  at: number;
  /** Unvalidated: whoever replays an entry parses it (it was read back from storage). */
  job: unknown;
}

export interface Journal {
  readonly owner: string;
  /** Records `job` under `key`, replacing any older entry; returns its sequence number. */
  put(key: string, job: unknown): number;
  /** Removes the entry if it is still the one with this sequence number (a newer one stays). */
  settle(key: string, seq: number): void;
  /** Removes whatever is stored under `key`. */
  discard(key: string): void;
  entries(): JournalEntry[];
}

const PREFIX = 'vendorscope:unsaved:';

export function createJournal(
  storage: StorageLike | null,
  owner: string,
  now: () => number = Date.now,
): Journal {
  let seq = 0;
  const read = (storageKey: string): JournalEntry | null => {
    try {
      const raw = storage?.getItem(storageKey);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<JournalEntry>;
      if (typeof parsed.owner !== 'string' || typeof parsed.seq !== 'number') return null;
      return {
        key: storageKey.slice(PREFIX.length),
        owner: parsed.owner,
        seq: parsed.seq,
        at: typeof parsed.at === 'number' ? parsed.at : 0,
        job: parsed.job,
      };
    } catch {
      return null;
    }
  };
  return {
    owner,
    put(key, job) {
      seq += 1;
      try {
        storage?.setItem(PREFIX + key, JSON.stringify({ owner, seq, at: now(), job }));
      } catch {
        // Full or disabled storage: the IndexedDB save still runs; only the crash copy is missing.
      }
      return seq;
    },
    settle(key, done) {
      const entry = read(PREFIX + key);
      if (entry && entry.owner === owner && entry.seq === done) storage?.removeItem(PREFIX + key);
    },
    discard(key) {
      storage?.removeItem(PREFIX + key);
    },
    entries() {
      if (!storage) return [];
      const out: JournalEntry[] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        const entry = k?.startsWith(PREFIX) ? read(k) : null;
        if (entry) out.push(entry);
      }
      return out;
    },
  };
}
