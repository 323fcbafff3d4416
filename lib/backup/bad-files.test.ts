import { describe, expect, it, vi } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { seedTables, snapshot, v2Seed } from '@/tests/fixtures/backup/seed';
import { freshDb } from '@/tests/helpers/test-db';
import { applyImport } from './apply';
import { backupToJson, exportBackup } from './export';
import type { Backup } from './format';
import { parseBackup } from './parse';

/**
 * Every kind of bad file, run through the whole import (parse, then apply when parse accepts), must
 * leave the database byte-identical. The database holds the seed; the file is a modified copy of it
 * with changes that would be written if the import went through.
 */

async function seeded(): Promise<{ db: AppDB; good: Backup }> {
  const db = freshDb();
  await seedTables(db, v2Seed);
  const good = await exportBackup(db);
  // A newer edit and a new vendor, so an import that got through would change the database.
  good.tables.vendors[0] = { ...good.tables.vendors[0]!, name: 'Acme (edited)', updatedAt: 1796000000000 };
  good.tables.vendors.push({ ...good.tables.vendors[1]!, id: 'v-added' });
  return { db, good };
}

/** The file with one answer's value replaced, or a new answer to `questionId` when none exists. */
function withAnswer(g: Backup, questionId: string, value: unknown): Backup {
  const answers = [...g.tables.answers];
  const i = answers.findIndex((a) => a.questionId === questionId);
  if (i >= 0) answers[i] = { ...answers[i]!, value, updatedAt: 1796000000000 };
  else answers.push({ ...answers[0]!, id: `ans-${questionId}`, questionId, value, updatedAt: 1796000000000 });
  return { ...g, tables: { ...g.tables, answers } };
}

async function importFile(db: AppDB, text: string, byteLength = new TextEncoder().encode(text).byteLength) {
  const parsed = parseBackup(text, byteLength);
  if (!parsed.ok) return parsed.error;
  await applyImport(db, parsed.backup);
  return 'applied';
}

const cases: [string, (good: Backup) => { text: string; bytes?: number }, RegExp][] = [
  [
    'malformed JSON',
    (g) => ({ text: backupToJson(g).replace('"app":', '"app" ') }),
    /^The file is not valid JSON/,
  ],
  [
    'truncated JSON (cut in half)',
    (g) => {
      const text = backupToJson(g);
      return { text: text.slice(0, text.length / 2) };
    },
    /^The file is not valid JSON \(it may be truncated\): /,
  ],
  [
    'wrong app',
    (g) => ({ text: backupToJson({ ...g, app: 'othertool' as 'vendorscope' }) }),
    /not a Vendorscope backup/,
  ],
  [
    'newer formatVersion',
    (g) => ({ text: backupToJson({ ...g, formatVersion: 3 as 2 }) }),
    /^This backup is format 3, newer than this Vendorscope \(format 2\); update Vendorscope first\.$/,
  ],
  [
    'a record failing Zod (tier "yolo")',
    (g) => {
      const vendors = g.tables.vendors.map((v, i) => (i === 1 ? { ...v, tier: 'yolo' as 'standard' } : v));
      return { text: backupToJson({ ...g, tables: { ...g.tables, vendors } }) };
    },
    /^vendors\[1\]\.tier: Invalid option/,
  ],
  [
    'an answer the questionnaire would refuse: 12345 as the SOC 2 report type',
    (g) => ({ text: backupToJson(withAnswer(g, 'soc2-report-type', 12345)) }),
    /^answers\[\d+\] \(id "[^"]+"\): “Which SOC 2 report does the vendor hold\?”: Choose an option\.$/,
  ],
  [
    'an impossible window, 2025-02-30 to 2026-02-30',
    (g) => ({
      text: backupToJson(
        withAnswer(g, 'soc2-observation-window', { start: '2025-02-30', end: '2026-02-30' }),
      ),
    }),
    /^answers\[\d+\] \(id "[^"]+"\): “.*observation window.*”: /i,
  ],
  [
    'a 1 MB text answer (the panel allows 5,000 characters)',
    (g) => ({ text: backupToJson(withAnswer(g, 'execution-log-location', 'x'.repeat(1024 * 1024))) }),
    /^answers\[\d+\] \(id "[^"]+"\): “.*”: /,
  ],
  [
    'an answer to a question that does not exist',
    (g) => ({ text: backupToJson(withAnswer(g, 'no-such-question', 'yes')) }),
    /^answers\[\d+\] \(id "[^"]+"\): unknown question "no-such-question"\.$/,
  ],
  [
    '10,000 levels of nesting',
    (g) => {
      const text = backupToJson(g);
      const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      return { text: text.replace('"note": ""', `"note": "", "deep": ${deep}`) };
    },
    /^The file nests more than 64 levels deep/,
  ],
  [
    'oversized (byteLength over 50 MB)',
    (g) => ({ text: backupToJson(g), bytes: 61.2 * 1024 * 1024 }),
    /^The file is 61\.2 MB; backups over 50 MB are refused\.$/,
  ],
];

describe('a bad backup file leaves the database byte-identical', () => {
  it.each(cases)('%s', async (_name, make, message) => {
    const { db, good } = await seeded();
    const before = await snapshot(db);
    const { text, bytes } = make(good);
    expect(await importFile(db, text, bytes)).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('the unmodified file would have changed it (so the cases above prove something)', async () => {
    const { db, good } = await seeded();
    const before = await snapshot(db);
    expect(await importFile(db, backupToJson(good))).toBe('applied');
    expect(await snapshot(db)).not.toEqual(before);
  });

  it('an apply that fails mid-way, after vendors were written, rolls everything back', async () => {
    const { db, good } = await seeded();
    good.tables.notes[0] = { ...good.tables.notes[0]!, body: 'changed', updatedAt: 1796000000000 };
    const before = await snapshot(db);
    const putVendors = vi.spyOn(db.vendors, 'bulkPut');
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError: disk full'));
    await expect(importFile(db, backupToJson(good))).rejects.toThrow(/disk full/);
    // Vendors really were written inside the transaction before the failure.
    expect(putVendors).toHaveBeenCalledOnce();
    expect(await snapshot(db)).toEqual(before);
  });

  it('an apply that hits the unique answer index inside IndexedDB rolls everything back', async () => {
    const { db, good } = await seeded();
    // Bypass the plan's clash check, so the constraint error comes from IndexedDB itself, mid-transaction.
    const plan = await import('./plan');
    const real = plan.computeImport;
    vi.spyOn(plan, 'computeImport').mockImplementation(async (d, b) => {
      const computed = await real(d, b);
      return { ...computed, plan: { ...computed.plan, blockers: [] } };
    });
    const [first] = good.tables.answers;
    good.tables.answers.push({ ...first!, id: 'ans-duplicate-key', updatedAt: 1796000000000 });
    const before = await snapshot(db);
    await expect(importFile(db, backupToJson(good))).rejects.toThrow(/ConstraintError|constraint/i);
    expect(await snapshot(db)).toEqual(before);
  });
});
