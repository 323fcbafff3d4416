import { describe, expect, it } from 'vitest';
import { seedTables, snapshot, v2Seed } from '@/tests/fixtures/backup/seed';
import { freshDb } from '@/tests/helpers/test-db';
import { applyImport } from './apply';
import { backupToJson, exportBackup } from './export';
import { DB_VERSION } from '../db/versions';
import { BACKUP_TABLES, CURRENT_FORMAT_VERSION } from './format';
import { parseBackup } from './parse';

describe('backup round trip', () => {
  it('export → JSON → new database → parse → apply gives the same database, table by table', async () => {
    const original = freshDb();
    await seedTables(original, v2Seed);
    const backup = await exportBackup(original, new Date('2026-11-27T10:00:00Z'));
    expect(backup).toMatchObject({
      app: 'vendorscope',
      formatVersion: CURRENT_FORMAT_VERSION,
      exportedAt: '2026-11-27T10:00:00.000Z',
      dbVersion: DB_VERSION,
    });
    const text = backupToJson(backup);

    const restored = freshDb();
    const parsed = parseBackup(text, new TextEncoder().encode(text).byteLength);
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await applyImport(restored, parsed.backup);

    for (const name of BACKUP_TABLES) {
      expect(await restored.table(name).toArray(), name).toEqual(await original.table(name).toArray());
      expect(plan.counts[name]).toEqual({ added: v2Seed[name].length, updated: 0, kept: 0 });
    }
    expect(plan.conflicts).toEqual([]);
    // Same data, same bytes: the restored database exports to the identical file.
    expect(await snapshot(restored)).toEqual(await snapshot(original));
    expect(backupToJson(await exportBackup(restored, new Date('2026-11-27T10:00:00Z')))).toBe(text);
  });

  it('importing the same backup twice changes nothing the second time', async () => {
    const db = freshDb();
    await seedTables(db, v2Seed);
    const backup = await exportBackup(db);
    const before = await snapshot(db);
    const plan = await applyImport(db, backup);
    for (const name of BACKUP_TABLES)
      expect(plan.counts[name]).toEqual({ added: 0, updated: 0, kept: v2Seed[name].length });
    expect(plan.conflicts).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes stable, 2-space JSON with the header first', async () => {
    const db = freshDb();
    await seedTables(db, v2Seed);
    const text = backupToJson(await exportBackup(db, new Date(0)));
    expect(text.startsWith('{\n  "app": "vendorscope",\n  "formatVersion": 2,\n  "exportedAt"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(backupToJson(await exportBackup(db, new Date(0)))).toBe(text);
  });

  it('holds every answer even when an answer pack cannot be read: then from the answers table', async () => {
    const db = freshDb();
    await seedTables(db, v2Seed);
    const answers = await db.answers.toArray();
    expect((await exportBackup(db)).tables.answers).toEqual(answers);
    // Only the packs middleware writes packs; a damaged one (a bug, a disk) must not cost a backup answers.
    const [pack] = await db.answerPacks.toArray();
    await db.answerPacks.put({ ...pack!, data: '{"shapes":[],"rows":[[7]]}' });
    expect((await exportBackup(db)).tables.answers).toEqual(answers);
  });
});
