import { describe, expect, it } from 'vitest';
import type { Answer, Note, Vendor } from '@/lib/db/schema';
import { seedTables, snapshot, v2Seed } from '@/tests/fixtures/backup/seed';
import { freshDb } from '@/tests/helpers/test-db';
import { applyImport, ImportBlockedError } from './apply';
import { exportBackup } from './export';
import type { Backup } from './format';
import { planImport } from './plan';

const [acme, pdf, gone] = v2Seed.vendors as [Vendor, Vendor, Vendor];
const [noteAcme, noteGone] = v2Seed.notes as [Note, Note];

const backupOf = (tables: Partial<Backup['tables']>): Backup => ({
  app: 'vendorscope',
  formatVersion: 2,
  exportedAt: '2026-11-27T10:00:00.000Z',
  dbVersion: 2,
  tables: { vendors: [], assessments: [], answers: [], answerHistory: [], reports: [], notes: [], ...tables },
});

describe('import merge', () => {
  it('newer wins both ways, ties keep ours, database-only records stay; the plan is what apply does', async () => {
    const db = freshDb();
    await seedTables(db, {
      vendors: [acme, pdf, gone],
      notes: [noteAcme, noteGone],
      answerHistory: v2Seed.answerHistory.slice(0, 2),
    });
    const backup = backupOf({
      vendors: [
        // Backup newer: replaces ours.
        { ...acme, tier: 'standard', updatedAt: acme.updatedAt + 1 },
        // Ours newer: ours stays.
        { ...pdf, name: 'Old name', updatedAt: pdf.updatedAt - 1 },
        // Tie with different content: ours stays.
        { ...gone, name: 'Same time, other device' },
        // Backup only: added.
        { ...pdf, id: 'v-new', name: 'New Vendor' },
      ],
      // Identical note: kept, not a conflict. Backup newer note: updated.
      notes: [noteAcme, { ...noteGone, body: 'Written later', updatedAt: noteGone.updatedAt + 5 }],
      answerHistory: [
        // History is append-only: a same-id entry never replaces ours, even if "newer".
        { ...v2Seed.answerHistory[0]!, author: 'Someone else', changedAt: 1795999999999 },
        v2Seed.answerHistory[2]!,
      ],
    });

    const plan = await planImport(db, backup);
    expect(plan.counts.vendors).toEqual({ added: 1, updated: 1, kept: 2 });
    expect(plan.counts.notes).toEqual({ added: 0, updated: 1, kept: 1 });
    expect(plan.counts.answerHistory).toEqual({ added: 1, updated: 0, kept: 1 });
    expect(plan.counts.answers).toEqual({ added: 0, updated: 0, kept: 0 });
    expect(plan.blockers).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        table: 'vendors',
        id: 'v-acme',
        winner: 'backup',
        oursAt: acme.updatedAt,
        backupAt: acme.updatedAt + 1,
        fields: ['tier', 'updatedAt'],
      },
      {
        table: 'vendors',
        id: 'v-pdf',
        winner: 'ours',
        oursAt: pdf.updatedAt,
        backupAt: pdf.updatedAt - 1,
        fields: ['name', 'updatedAt'],
      },
      {
        table: 'vendors',
        id: 'v-gone',
        winner: 'ours',
        oursAt: gone.updatedAt,
        backupAt: gone.updatedAt,
        fields: ['name'],
      },
      {
        table: 'answerHistory',
        id: 'h-1',
        winner: 'ours',
        oursAt: v2Seed.answerHistory[0]!.changedAt,
        backupAt: 1795999999999,
        fields: ['author', 'changedAt'],
      },
      {
        table: 'notes',
        id: 'n-gone',
        winner: 'backup',
        oursAt: noteGone.updatedAt,
        backupAt: noteGone.updatedAt + 5,
        fields: ['body', 'updatedAt'],
      },
    ]);

    // Planning writes nothing.
    expect(await db.vendors.get('v-new')).toBeUndefined();

    const applied = await applyImport(db, backup);
    expect(applied).toEqual(plan);
    const vendors = await db.vendors.orderBy('id').toArray();
    expect(vendors).toEqual(
      [
        { ...acme, tier: 'standard', updatedAt: acme.updatedAt + 1 },
        gone,
        { ...pdf, id: 'v-new', name: 'New Vendor' },
        pdf,
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.notes.get('n-gone')).toMatchObject({ body: 'Written later' });
    expect(await db.notes.get('n-acme')).toEqual(noteAcme);
    expect(await db.answerHistory.orderBy('id').toArray()).toEqual(v2Seed.answerHistory);
  });

  it('records only in the database are never deleted, even by an empty backup', async () => {
    const db = freshDb();
    await seedTables(db, v2Seed);
    const before = await snapshot(db);
    const plan = await applyImport(db, backupOf({}));
    expect(Object.values(plan.counts).every((c) => c.added + c.updated + c.kept === 0)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a plan made earlier is recomputed at apply time: a newer local edit is not overwritten', async () => {
    const db = freshDb();
    await seedTables(db, { vendors: [acme] });
    const backup = backupOf({ vendors: [{ ...acme, tier: 'standard', updatedAt: acme.updatedAt + 10 }] });
    expect((await planImport(db, backup)).counts.vendors.updated).toBe(1);
    // The reviewer edits the vendor between preview and apply.
    await db.vendors.put({ ...acme, tier: 'high-stakes', updatedAt: acme.updatedAt + 20 });
    const applied = await applyImport(db, backup);
    expect(applied.counts.vendors).toEqual({ added: 0, updated: 0, kept: 1 });
    expect((await db.vendors.get('v-acme'))?.tier).toBe('high-stakes');
  });

  it('names a clash on the one-answer-per-question index and refuses to apply it', async () => {
    const db = freshDb();
    const ours = v2Seed.answers[0]!;
    await seedTables(db, { answers: [ours] });
    // Another device answered the same question of the same assessment under its own id.
    const theirs: Answer = {
      ...ours,
      id: 'ans-other-device',
      value: 'type-1',
      updatedAt: ours.updatedAt + 1,
    };
    const backup = backupOf({ answers: [theirs, { ...v2Seed.answers[1]!, id: 'ans-fine' }] });
    const plan = await planImport(db, backup);
    expect(plan.counts.answers).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(plan.blockers).toEqual([
      'answers: "ans-other-device" and "ans-type" both answer question "soc2-report-type" of assessment "a-acme"; only one answer per question is allowed.',
    ]);
    const before = await snapshot(db);
    await expect(applyImport(db, backup)).rejects.toBeInstanceOf(ImportBlockedError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('an answer moving off a question frees it for another answer in the same import', async () => {
    const db = freshDb();
    const [a, b] = v2Seed.answers as [Answer, Answer];
    await seedTables(db, { answers: [a] });
    const backup = backupOf({
      answers: [
        { ...a, questionId: 'soc2-opinion', updatedAt: a.updatedAt + 1 },
        { ...b, questionId: a.questionId },
      ],
    });
    expect((await planImport(db, backup)).blockers).toEqual([]);
    await applyImport(db, backup);
    expect(await db.answers.count()).toBe(2);
  });

  it('a backup of our own database plans as all kept', async () => {
    const db = freshDb();
    await seedTables(db, v2Seed);
    const plan = await planImport(db, await exportBackup(db));
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.answers).toEqual({ added: 0, updated: 0, kept: v2Seed.answers.length });
  });
});
