import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { v2Seed, seedTables } from '@/tests/fixtures/backup/seed';
import { v1Seed } from '@/tests/fixtures/db/v1';
import { freshDb } from '@/tests/helpers/test-db';
import { backupToJson, exportBackup } from './export';
import { parseBackup } from './parse';

/**
 * The saved backup files are golden: v2-backup.json must stay exactly what export writes for the seed,
 * so a change to the record shapes shows up here (and calls for a new format version and a migration).
 * Regenerate deliberately with UPDATE_FIXTURES=1 npx vitest run lib/backup/fixtures.test.ts.
 */
const dir = path.resolve(__dirname, '../../tests/fixtures/backup');
const EXPORTED_AT = new Date('2026-11-27T10:00:00.000Z');

async function expectedV2(): Promise<string> {
  const db = freshDb();
  await seedTables(db, v2Seed);
  return backupToJson(await exportBackup(db, EXPORTED_AT));
}

function expectedV1(): string {
  const { vendors, assessments, answers, reports, notes } = v1Seed;
  const file = {
    app: 'vendorscope',
    formatVersion: 1,
    exportedAt: EXPORTED_AT.toISOString(),
    dbVersion: 1,
    tables: { vendors, assessments, answers, reports, notes },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

describe('backup fixtures', () => {
  it.runIf(process.env.UPDATE_FIXTURES)('regenerates the fixture files', async () => {
    writeFileSync(path.join(dir, 'v2-backup.json'), await expectedV2());
    writeFileSync(path.join(dir, 'v1-backup.json'), expectedV1());
  });

  it('v2-backup.json is exactly what export writes for the seed', async () => {
    expect(readFileSync(path.join(dir, 'v2-backup.json'), 'utf8')).toBe(await expectedV2());
  });

  it('a v2 backup written by database v2 (before reminders) still parses, records intact', async () => {
    const text = readFileSync(path.join(dir, 'v2-backup-dbv2.json'), 'utf8');
    const parsed = parseBackup(text, Buffer.byteLength(text));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.dbVersion).toBe(2);
    const current = JSON.parse(await expectedV2()) as { tables: unknown };
    expect(JSON.parse(text).tables).toEqual(current.tables);
  });

  it('v1-backup.json holds the v1 seed and parses', () => {
    const text = readFileSync(path.join(dir, 'v1-backup.json'), 'utf8');
    expect(text).toBe(expectedV1());
    expect(parseBackup(text, Buffer.byteLength(text)).ok).toBe(true);
  });
});
