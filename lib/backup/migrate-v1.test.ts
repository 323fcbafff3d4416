import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { dbSchemaV1 } from '@/lib/db/versions';
import { v1Seed } from '@/tests/fixtures/db/v1';
import { freshDb } from '@/tests/helpers/test-db';
import { applyImport } from './apply';
import { exportBackup } from './export';
import { backupV1Schema } from './format';
import { migrateRecordsV1toV2 } from './migrate-v1';
import { parseBackup } from './parse';

const v1Text = readFileSync(path.resolve(__dirname, '../../tests/fixtures/backup/v1-backup.json'), 'utf8');

describe('v1 backups', () => {
  it('import as v2 with the upgrade defaults', async () => {
    const parsed = parseBackup(v1Text, Buffer.byteLength(v1Text));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.formatVersion).toBe(2);
    expect(parsed.backup.dbVersion).toBe(1);

    const db = freshDb();
    const plan = await applyImport(db, parsed.backup);
    expect(plan.counts.vendors).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(await db.vendors.get('v-acme')).toEqual({
      ...v1Seed.vendors[0],
      deletedAt: null,
      nextStaleOn: null,
      summary: null,
    });
    expect(await db.assessments.get('a-acme')).toEqual({
      ...v1Seed.assessments[0],
      reviewDate: null,
      signedOffBy: null,
      signedOffAt: null,
      dismissed: [],
    });
    expect(await db.answers.toArray()).toEqual(v1Seed.answers);
    expect(await db.notes.toArray()).toEqual(v1Seed.notes);
    expect(await db.answerHistory.count()).toBe(0);
  });

  it('migrate exactly like the Dexie upgrade of the same v1 data', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('vendorscope', { indexedDB, IDBKeyRange });
    old.version(1).stores(dbSchemaV1);
    for (const [table, rows] of Object.entries(v1Seed)) await old.table(table).bulkAdd(rows);
    old.close();
    const upgraded = new AppDB('vendorscope', { indexedDB, IDBKeyRange });
    const viaUpgrade = (await exportBackup(upgraded)).tables;

    const parsed = backupV1Schema.parse(JSON.parse(v1Text));
    expect(migrateRecordsV1toV2(parsed.tables)).toEqual(viaUpgrade);
  });

  it('keeps its input untouched and gives each assessment its own dismissed list', () => {
    const tables = backupV1Schema.parse(JSON.parse(v1Text)).tables;
    const twice = {
      ...tables,
      assessments: [tables.assessments[0]!, { ...tables.assessments[0]!, id: 'a-2' }],
    };
    const copy = structuredClone(twice);
    const migrated = migrateRecordsV1toV2(twice);
    expect(twice).toEqual(copy);
    expect(migrated.assessments[0]!.dismissed).not.toBe(migrated.assessments[1]!.dismissed);
  });

  it('are refused when they carry a v2-only table', () => {
    const file = JSON.parse(v1Text);
    file.tables.answerHistory = [];
    const text = JSON.stringify(file);
    expect(parseBackup(text, text.length)).toEqual({
      ok: false,
      error: 'tables: Unrecognized key: "answerHistory".',
    });
  });
});
