import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from './app-db';
import { closeForGoodWhenDeleted } from './closed-for-good';

const NAME = 'vendorscope-closed-test';
const deleteRaw = () =>
  new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
const names = async () => (await indexedDB.databases()).map((d) => d.name);

afterEach(async () => {
  await deleteRaw();
});

describe('a database deleted under an open page', () => {
  it('is closed for good: the next query fails instead of creating an empty database', async () => {
    const db = new AppDB(NAME);
    await db.open();
    const onDeleted = vi.fn();
    closeForGoodWhenDeleted(db, onDeleted);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    await deleteRaw();
    expect(onDeleted).toHaveBeenCalledOnce();
    const err = await db.vendors.toArray().then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as Error).name).toBe('DatabaseClosedError');
    // Dexie's own handler would have re-enabled auto-open and recreated the database here.
    expect(await names()).not.toContain(NAME);
  });

  it('leaves an upgrade by a newer version to Dexie', async () => {
    const db = new AppDB(NAME);
    await db.open();
    const onDeleted = vi.fn();
    closeForGoodWhenDeleted(db, onDeleted);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const newer = indexedDB.open(NAME, db.verno * 10 + 10);
    await new Promise((r) => (newer.onsuccess = r));
    newer.result.close();
    expect(onDeleted).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);
  });
});
