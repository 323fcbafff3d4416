import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '@/lib/db/app-db';

/**
 * A database of its own for each test: a fresh fake IndexedDB factory, so nothing leaks between tests.
 * `name` and `indexedDB` for a test that also reads the database without Dexie.
 */
export function freshDb(name = 'vendorscope-test', indexedDB: IDBFactory = new IDBFactory()): AppDB {
  return new AppDB(name, { indexedDB, IDBKeyRange });
}
