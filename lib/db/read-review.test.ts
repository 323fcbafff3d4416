import { describe, expect, it } from 'vitest';
import { at, reviewHarness } from '@/tests/helpers/review';
import { reading } from '@/tests/helpers/report-reading';
import type { Detection } from '../detection/schema';
import { Q } from '../questionnaire/question-ids';
import { readReview } from './read-review';

const FILE = { name: 'quillwork-soc2.pdf', size: 1_000, sha256: 'b'.repeat(64) };
const pageOf = (domain: string) => ({ url: `https://trust.${domain}/`, site: { domain } }) as Detection;

describe('readReview', () => {
  it('reads the vendor, its review, reminder rows and report readings together', async () => {
    const h = reviewHarness();
    const v = await h.vendorWithReport('Quillwork', '2026-06-30');
    await h.service.saveNote({ vendorId: v.id }, 'Asked for the bridge letter.');
    await h.service.addReportFile({ vendorId: v.id }, FILE, reading());

    for (const review of [
      await readReview(h.db, v.id, null),
      await readReview(h.db, null, pageOf(v.domain!)),
    ]) {
      expect(review.vendor?.id).toBe(v.id);
      expect(review.assessment?.vendorId).toBe(v.id);
      expect(review.answers).toHaveLength(2);
      expect(review.history).toHaveLength(2);
      expect(review.note?.body).toBe('Asked for the bridge letter.');
      expect(review.reminders.map((r) => [r.key, r.staleOn])).toEqual([['soc2', '2027-06-30']]);
      expect(review.reportFiles.map((f) => f.fileName)).toEqual([FILE.name]);
      expect(review.unreadable).toBe(0);
    }
  });

  it('lists the answer history newest first', async () => {
    const h = reviewHarness();
    const v = await h.vendorWithReport('Quillwork', '2026-06-30');
    h.setNow(at('2026-12-02', 9));
    await h.service.saveAnswer(
      { vendorId: v.id },
      { questionId: Q.reportType, value: 'type-1', author: 'Dana' },
    );
    const { history } = await readReview(h.db, v.id, null);
    expect(history).toHaveLength(3);
    expect(history[0]).toMatchObject({ questionId: Q.reportType, after: { value: 'type-1' } });
    expect(history.map((c) => c.changedAt)).toEqual(history.map((c) => c.changedAt).sort((a, b) => b - a));
  });

  it('counts damaged reminder rows and report readings as unreadable, and keeps them stored', async () => {
    const h = reviewHarness();
    const v = await h.vendorWithReport('Quillwork', '2026-06-30');
    await h.db.reminders.add({ id: `${v.id}:iso-27001`, vendorId: v.id, key: 'not-a-key' } as never);
    await h.db.reportFiles.add({ id: 'damaged', vendorId: v.id, fileName: 42 } as never);

    const review = await readReview(h.db, v.id, null);
    expect(review.reminders.map((r) => r.key)).toEqual(['soc2']);
    expect(review.reportFiles).toEqual([]);
    expect(review.unreadable).toBe(2);
    expect(await h.db.reminders.count()).toBe(2);
    expect(await h.db.reportFiles.count()).toBe(1);
  });

  it('shows nothing of a deleted vendor, and nothing for a page no vendor matches', async () => {
    const h = reviewHarness();
    const v = await h.vendorWithReport('Quillwork', '2026-06-30');
    await h.service.deleteVendor(v.id);
    const deleted = await readReview(h.db, v.id, null);
    expect([deleted.vendor, deleted.assessment, deleted.reminders, deleted.reportFiles]).toEqual([
      null,
      null,
      [],
      [],
    ]);
    expect((await readReview(h.db, null, pageOf('elsewhere.example'))).vendor).toBeNull();
  });
});
