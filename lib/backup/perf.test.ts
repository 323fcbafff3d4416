import { describe, expect, it } from 'vitest';
import { bigTables, seedTables } from '@/tests/fixtures/backup/seed';
import { freshDb } from '@/tests/helpers/test-db';
import { applyImport } from './apply';
import { backupToJson, exportBackup } from './export';
import { parseBackup } from './parse';
import { planImport } from './plan';

/**
 * Budget: backing up 1,000 vendors (an assessment and 40 answers each, 42,000 records) takes at most
 * a second. The check allows twice that, so a busy CI machine running test files in parallel does not
 * flake; the logged numbers are what to compare with the budget. The import steps are timed and logged
 * too, with a loose bound that only catches a gross regression.
 */
describe('backup performance', () => {
  it(
    'exports 1,000 vendors with 40 answers each within the 1 s budget (2 s allowed)',
    { timeout: 120_000 },
    async () => {
      const db = freshDb();
      await seedTables(db, bigTables(1000, 40));

      const t0 = performance.now();
      const backup = await exportBackup(db);
      const t1 = performance.now();
      const text = backupToJson(backup);
      const t2 = performance.now();
      const parsed = parseBackup(text, new TextEncoder().encode(text).byteLength);
      const t3 = performance.now();
      if (!parsed.ok) throw new Error(parsed.error);
      const target = freshDb();
      await planImport(target, parsed.backup);
      const t4 = performance.now();
      const plan = await applyImport(target, parsed.backup);
      const t5 = performance.now();
      const again = await applyImport(target, parsed.backup);
      const t6 = performance.now();

      const ms = (a: number, b: number) => Math.round(b - a);
      console.log(
        `backup of 42,000 records (${(text.length / 1024 / 1024).toFixed(1)} MB): export ${ms(t0, t1)} ms, ` +
          `JSON ${ms(t1, t2)} ms, parse ${ms(t2, t3)} ms, plan ${ms(t3, t4)} ms, ` +
          `apply to empty ${ms(t4, t5)} ms, re-apply (all kept) ${ms(t5, t6)} ms`,
      );
      expect(plan.counts.answers.added).toBe(40_000);
      expect(again.counts.answers.kept).toBe(40_000);
      expect(t2 - t0).toBeLessThanOrEqual(2000);
      // Import is not part of the budget; this only catches a gross regression (e.g. quadratic merging).
      expect(t6 - t2).toBeLessThanOrEqual(30_000);
    },
  );
});
