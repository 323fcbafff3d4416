import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '@/lib/db/app-db';

/** A database of its own for each test: a fresh fake IndexedDB factory, so nothing leaks between tests. */
export function freshDb(): AppDB {
  return new AppDB('vendorscope-test', { indexedDB: new IDBFactory(), IDBKeyRange });
}
