import Dexie from 'dexie';
import { IDBKeyRange, type IDBFactory } from 'fake-indexeddb';
import { v4Seed } from '@/tests/fixtures/db/v4';
import { v5Seed } from '@/tests/fixtures/db/v5';
import { dbSchemaV1, dbSchemaV2, dbSchemaV3, dbSchemaV4, dbSchemaV5 } from '@/lib/db/versions';

/** A database named as the extension's, in `indexedDB`, as the v4 release left it (tests/fixtures/db/v4.ts). */
export async function seedV4(indexedDB: IDBFactory): Promise<void> {
  const old = new Dexie('vendorscope', { indexedDB, IDBKeyRange });
  old.version(1).stores(dbSchemaV1);
  old.version(2).stores(dbSchemaV2);
  old.version(3).stores(dbSchemaV3);
  old.version(4).stores(dbSchemaV4);
  for (const [table, rows] of Object.entries(v4Seed)) await old.table(table).bulkAdd(rows);
  old.close();
}

/** A database named as the extension's, in `indexedDB`, as the v5 release left it (tests/fixtures/db/v5.ts). */
export async function seedV5(indexedDB: IDBFactory): Promise<void> {
  const old = new Dexie('vendorscope', { indexedDB, IDBKeyRange });
  old.version(1).stores(dbSchemaV1);
  old.version(2).stores(dbSchemaV2);
  old.version(3).stores(dbSchemaV3);
  old.version(4).stores(dbSchemaV4);
  old.version(5).stores(dbSchemaV5);
  for (const [table, rows] of Object.entries(v5Seed)) await old.table(table).bulkAdd(rows);
  old.close();
}
