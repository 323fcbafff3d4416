import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { v1Seed } from '@/tests/fixtures/db/v1';
import { v2Seed } from '@/tests/fixtures/db/v2';
import { v3Seed } from '@/tests/fixtures/db/v3';
import { v4Seed } from '@/tests/fixtures/db/v4';
import { v5Seed } from '@/tests/fixtures/db/v5';
import { expectPacksMatchAnswers } from '@/tests/helpers/answer-packs';
import { seedV4, seedV5 } from '@/tests/helpers/seed-db';
import { AppDB } from './app-db';
import { assessmentSchema, reminderSchema, vendorRowSchema, vendorSchema } from './schema';
import { dbSchemaV1, dbSchemaV2, dbSchemaV3, DB_VERSION } from './versions';

async function seedV1(indexedDB: IDBFactory) {
  const old = new Dexie('vendorscope', { indexedDB, IDBKeyRange });
  old.version(1).stores(dbSchemaV1);
  for (const [table, rows] of Object.entries(v1Seed)) await old.table(table).bulkAdd(rows);
  old.close();
}

async function seedV2(indexedDB: IDBFactory) {
  const old = new Dexie('vendorscope', { indexedDB, IDBKeyRange });
  old.version(1).stores(dbSchemaV1);
  old.version(2).stores(dbSchemaV2);
  for (const [table, rows] of Object.entries(v2Seed)) await old.table(table).bulkAdd(rows);
  old.close();
}

async function seedV3(indexedDB: IDBFactory) {
  const old = new Dexie('vendorscope', { indexedDB, IDBKeyRange });
  old.version(1).stores(dbSchemaV1);
  old.version(2).stores(dbSchemaV2);
  old.version(3).stores(dbSchemaV3);
  for (const [table, rows] of Object.entries(v3Seed)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('database upgrades', () => {
  it('v5 → v6 keeps every record and packs every answer by assessment', async () => {
    const indexedDB = new IDBFactory();
    await seedV5(indexedDB);
    const db = new AppDB('vendorscope', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const [table, rows] of Object.entries(v5Seed))
      expect(await db.table(table).orderBy(':id').toArray()).toEqual(
        [...rows].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    await expectPacksMatchAnswers(db);
    const perAssessment = new Map<string, number>();
    for (const a of v5Seed.answers)
      perAssessment.set(a.assessmentId, (perAssessment.get(a.assessmentId) ?? 0) + 1);
    expect(new Map((await db.answerPacks.toArray()).map((p) => [p.id, p.count]))).toEqual(perAssessment);
    // From here on the packs follow every write.
    await db.answers.delete('ans-a-acme-2027-0');
    await expectPacksMatchAnswers(db);
    db.close();
  });

  it('v4 → v5 keeps every record and adds an empty table for report facts', async () => {
    const indexedDB = new IDBFactory();
    await seedV4(indexedDB);
    const db = new AppDB('vendorscope', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const [table, rows] of Object.entries(v4Seed))
      expect(await db.table(table).orderBy(':id').toArray()).toEqual(
        [...rows].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    expect(await db.reportFiles.count()).toBe(0);
    // The list's row counter starts from the rows there are, and is kept by every write from then on.
    expect(await db.meta.get('vendorRows')).toEqual({ id: 'vendorRows', count: 1 });
    expect(await db.vendors.where('tenants').equals('acme.safebase.us').primaryKeys()).toEqual(['v-acme']);
    db.close();
  });

  it('v3 → v4 keeps every record and derives one vendor-list row per live vendor', async () => {
    const indexedDB = new IDBFactory();
    await seedV3(indexedDB);
    const db = new AppDB('vendorscope', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const [table, rows] of Object.entries(v3Seed))
      expect(await db.table(table).orderBy(':id').toArray()).toEqual(
        [...rows].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    const rows = await db.vendorRows.orderBy('nameKey').toArray();
    for (const r of rows) expect(() => vendorRowSchema.parse(r)).not.toThrow();
    // The deleted vendor has no row; the changed one is findable by the "changed" index.
    expect(rows.map((r) => [r.id, r.verdict, r.nextStaleOn, r.changedAt])).toEqual([
      ['v-acme', 'Proceed with conditions', '2027-06-30', 1795000008000],
      ['v-nodate', expect.anything(), null, null],
    ]);
    expect(await db.vendorRows.orderBy('changedKey').primaryKeys()).toEqual(['v-acme']);
    expect(await db.vendorRows.where('words').startsWith('acm').primaryKeys()).toEqual(['v-acme']);
    db.close();
  });

  it('v2 → v3 keeps every record and derives one reminder per dated report', async () => {
    const indexedDB = new IDBFactory();
    await seedV2(indexedDB);
    const db = new AppDB('vendorscope', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const [table, rows] of Object.entries(v2Seed))
      expect(await db.table(table).orderBy(':id').toArray()).toEqual(
        [...rows].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    const reminders = await db.reminders.orderBy('id').toArray();
    for (const r of reminders) expect(() => reminderSchema.parse(r)).not.toThrow();
    // The bridge letter extends the report (2027-06-30 → 2027-08-31); the certificate keeps its leap day.
    // No reminder for a report without a date (never "current") or for a deleted vendor.
    expect(
      reminders.map(({ id, vendorId, key, staleOn, notified, snoozedUntil, checkOn }) => ({
        id,
        vendorId,
        key,
        staleOn,
        notified,
        snoozedUntil,
        checkOn,
      })),
    ).toEqual([
      {
        id: 'v-acme:iso-27001',
        vendorId: 'v-acme',
        key: 'iso-27001',
        staleOn: '2028-02-29',
        notified: [],
        snoozedUntil: null,
        // First looked at a year before: the longest lead time allowed.
        checkOn: '2027-03-01',
      },
      {
        id: 'v-acme:soc2',
        vendorId: 'v-acme',
        key: 'soc2',
        staleOn: '2027-08-31',
        notified: [],
        snoozedUntil: null,
        checkOn: '2026-08-31',
      },
    ]);
    db.close();
  });

  it('v1 → v2 keeps every record and field, and adds the review fields', async () => {
    const indexedDB = new IDBFactory();
    await seedV1(indexedDB);
    const db = new AppDB('vendorscope', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const vendors = await db.vendors.orderBy('id').toArray();
    expect(vendors).toHaveLength(2);
    for (const v of vendors) expect(() => vendorSchema.parse(v)).not.toThrow();
    expect(vendors.find((v) => v.id === 'v-acme')).toEqual({
      ...v1Seed.vendors[0],
      deletedAt: null,
      nextStaleOn: null,
      summary: null,
    });
    const [assessment] = await db.assessments.toArray();
    expect(assessmentSchema.parse(assessment)).toEqual({
      ...v1Seed.assessments[0],
      reviewDate: null,
      signedOffBy: null,
      signedOffAt: null,
      dismissed: [],
    });
    expect(await db.notes.toArray()).toEqual(v1Seed.notes);
    expect(await db.answers.toArray()).toEqual(v1Seed.answers);
    expect(await db.answerHistory.count()).toBe(0);
    // The whole chain to today: the answers are packed too.
    await expectPacksMatchAnswers(db);
    db.close();
  });

  it('a failing upgrade leaves the v1 data and version untouched', async () => {
    const indexedDB = new IDBFactory();
    await seedV1(indexedDB);
    const broken = new Dexie('vendorscope', { indexedDB, IDBKeyRange });
    broken.version(1).stores(dbSchemaV1);
    broken
      .version(2)
      .stores({ ...dbSchemaV1, answerHistory: '&id' })
      .upgrade(async (tx) => {
        await tx.table('vendors').toCollection().modify({ name: 'overwritten' });
        throw new Error('disk full');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const old = new Dexie('vendorscope', { indexedDB, IDBKeyRange });
    old.version(1).stores(dbSchemaV1);
    await old.open();
    expect(old.verno).toBe(1);
    expect((await old.table('vendors').toArray()).map((v) => v.name).sort()).toEqual([
      'Acme',
      'PDF Only Inc',
    ]);
    expect(await old.table('notes').toArray()).toEqual(v1Seed.notes);
    old.close();
  });
});
