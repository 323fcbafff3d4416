import Dexie from 'dexie';
import { IDBKeyRange, type IDBFactory } from 'fake-indexeddb';
import { v4Seed } from '@/tests/fixtures/db/v4';
import { v5Seed } from '@/tests/fixtures/db/v5';
import { dbSchemaV1, dbSchemaV2, dbSchemaV3, dbSchemaV4, dbSchemaV5 } from '@/lib/db/versions';

/** The stores of each released version, v1 first. */
const RELEASED = [dbSchemaV1, dbSchemaV2, dbSchemaV3, dbSchemaV4, dbSchemaV5];

/**
 * A database named as the extension's, in `indexedDB`, as release `version` left it: its stores as
 * that release declared them (no upgrade runs), holding `seed`'s records.
 */
async function seedAt(indexedDB: IDBFactory, version: number, seed: Record<string, unknown[]>) {
  const old = new Dexie('vendorscope', { indexedDB, IDBKeyRange });
  RELEASED.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  for (const [table, rows] of Object.entries(seed)) await old.table(table).bulkAdd(rows);
  old.close();
}

/** As the v4 release left it (tests/fixtures/db/v4.ts). */
export const seedV4 = (indexedDB: IDBFactory): Promise<void> => seedAt(indexedDB, 4, v4Seed);

/** As the v5 release left it (tests/fixtures/db/v5.ts). */
export const seedV5 = (indexedDB: IDBFactory): Promise<void> => seedAt(indexedDB, 5, v5Seed);
