import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expectPacksMatchAnswers } from '@/tests/helpers/answer-packs';
import { at, harnessDbs, reviewHarness } from '@/tests/helpers/review';
import { exportBackup } from '../backup/export';
import type { Backup } from '../backup/format';
import { withRegistrableDomain } from '../detection/domain';
import type { Detection } from '../detection/schema';
import { Q } from '../questionnaire/question-ids';
import { NEXT_ALARM } from '../reminders/alarms';
import { notifyTime } from '../reminders/due';

/**
 * One write path: for each kind of write, the vendor's list summary and reminder rows are right
 * afterwards, and the background (a real reminder service on fakeBrowser) has set badge and alarms.
 */

const nextAlarm = async () => (await fakeBrowser.alarms.getAll()).find((a) => a.name === NEXT_ALARM);
const badge = () => fakeBrowser.action.getBadgeText({});
const rows = (h: ReturnType<typeof reviewHarness>, vendorId: string) =>
  h.db.reminders.where('vendorId').equals(vendorId).toArray();

describe('review service: every write re-derives summary and reminders, then tells the background once', () => {
  // Whatever the write (answer, merge, delete, undo, restore…), the answer packs the backup reads agree.
  afterEach(async () => {
    for (const db of harnessDbs.splice(0)) await expectPacksMatchAnswers(db);
  });

  it('an answer: summary, reminder row and next alarm follow the report dates', async () => {
    const h = reviewHarness();
    // Window end 2026-01-31: stale on 2027-01-31, first reminder 30 days before, at 09:00.
    const vendor = await h.vendorWithReport('Acme', '2026-01-31');
    const v = await h.db.vendors.get(vendor.id);
    expect(v?.summary).toMatchObject({ reportType: 'type-2', nextStaleOn: '2027-01-31' });
    expect(v?.nextStaleOn).toBe('2027-01-31');
    expect((await rows(h, vendor.id)).map((r) => [r.key, r.staleOn])).toEqual([['soc2', '2027-01-31']]);
    expect((await nextAlarm())?.scheduledTime).toBe(notifyTime('2027-01-01'));
    // The report type alone dates nothing; the window did: told once, for that save.
    expect(h.told).toEqual(['answers']);
  });

  it('an answer that changes no date is not told to the background', async () => {
    const h = reviewHarness();
    const vendor = await h.vendorWithReport('Acme', '2026-01-31');
    h.told.length = 0;
    await h.service.saveAnswer(
      { vendorId: vendor.id },
      { questionId: Q.opinion, value: 'qualified', author: 'D' },
    );
    expect(h.told).toEqual([]);
    expect((await h.db.vendors.get(vendor.id))?.summary?.verdict).toBe('Proceed with conditions');
  });

  it('an invalid answer changes nothing and tells nothing', async () => {
    const h = reviewHarness();
    const vendor = await h.service.createVendor({ name: 'Acme' });
    await expect(
      h.service.saveAnswer(
        { vendorId: vendor.id },
        { questionId: Q.observationWindow, value: { start: '2026-03-01', end: '2025-03-01' }, author: 'D' },
      ),
    ).rejects.toThrow(/ends before it starts/);
    expect(await h.db.answers.count()).toBe(0);
    expect(await h.db.assessments.count()).toBe(0);
    expect(h.told).toEqual([]);
  });

  it('the first save from a trust page creates the vendor and its review in the same transaction', async () => {
    const h = reviewHarness();
    const detection: Detection = withRegistrableDomain({
      url: 'https://trust.acme.example/',
      title: 'Acme Trust Center',
      isTrustPage: true,
      confidence: 0.9,
      platform: 'self-hosted',
      vendor: { name: 'Acme', domain: 'acme.example', host: 'trust.acme.example' },
      claims: [],
      thirdParty: [],
      subprocessors: [],
      signals: [],
    });
    await h.service.saveNote({ detection }, 'Asked for the report.');
    await h.service.saveNote({ detection }, 'Asked for the report. Bridge letter pending.');
    const vendors = await h.db.vendors.toArray();
    expect(vendors.map((v) => v.name)).toEqual(['Acme']);
    expect(await h.db.assessments.count()).toBe(1);
    expect((await h.db.notes.toArray()).map((n) => n.body)).toEqual([
      'Asked for the report. Bridge letter pending.',
    ]);
    expect(vendors[0]?.summary?.verdict).toBe('Proceed with conditions');
    expect(h.told).toEqual([]);
  });

  it('a tier change re-derives the verdict in the same write', async () => {
    const h = reviewHarness();
    const vendor = await h.vendorWithReport('Acme', '2026-01-31');
    expect((await h.db.vendors.get(vendor.id))?.summary?.verdict).not.toBe('Walk away');
    await h.service.setTier(vendor.id, 'regulated');
    const v = await h.db.vendors.get(vendor.id);
    expect(v?.tier).toBe('regulated');
    // Regulated needs NIST AI RMF alignment too, which nobody has answered.
    expect(v?.summary?.verdict).toBe('Walk away');
  });

  it('a vendor edit keeps its summary and reminders; the next notification uses the new name', async () => {
    const h = reviewHarness();
    const vendor = await h.vendorWithReport('Acme', '2026-01-31');
    const before = (await h.db.vendors.get(vendor.id))?.summary;
    await h.service.updateVendor(vendor.id, { name: 'Acme Agents' });
    expect((await h.db.vendors.get(vendor.id))?.summary).toEqual(before);
    h.setNow(at('2027-01-01', 9, 30));
    await h.reminders.sweep();
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(shown[0]?.message).toMatch(/^Acme Agents’s SOC 2 report/);
  });

  it('a merge: the kept vendor shows the moved review’s report, its reminder row moves too', async () => {
    const h = reviewHarness();
    const keep = await h.service.createVendor({ name: 'Acme', domain: 'acme.example' });
    const other = await h.vendorWithReport('Acme SafeBase', '2026-01-31', 'acme.safebase.us');
    h.told.length = 0;
    await h.service.mergeVendors(keep.id, other.id);
    const kept = await h.db.vendors.get(keep.id);
    expect(kept?.summary).toMatchObject({ reportType: 'type-2', nextStaleOn: '2027-01-31' });
    expect((await rows(h, keep.id)).map((r) => r.staleOn)).toEqual(['2027-01-31']);
    expect(await rows(h, other.id)).toEqual([]);
    expect(h.told).toEqual(['vendors']);
    expect((await nextAlarm())?.scheduledTime).toBe(notifyTime('2027-01-01'));
  });

  it('delete drops the reminders, badge and alarm at once; undo brings them back', async () => {
    const h = reviewHarness();
    // Stale on 2026-12-15: due today (2026-12-01, within 30 days).
    const vendor = await h.vendorWithReport('Acme', '2025-12-15');
    expect(await badge()).toBe('1');
    h.told.length = 0;

    await h.service.deleteVendor(vendor.id);
    expect(await rows(h, vendor.id)).toEqual([]);
    expect(await badge()).toBe('');
    expect(await nextAlarm()).toBeUndefined();
    expect(h.told).toEqual(['vendors']);

    await h.service.undoDelete(vendor.id);
    expect((await rows(h, vendor.id)).map((r) => r.staleOn)).toEqual(['2026-12-15']);
    expect(await badge()).toBe('1');
    expect((await h.db.vendors.get(vendor.id))?.summary?.nextStaleOn).toBe('2026-12-15');
    expect(h.told).toEqual(['vendors', 'vendors']);
  });

  it('a restore re-derives each vendor from its LATEST review, whatever the file order, in one write', async () => {
    const source = reviewHarness();
    const vendor = await source.vendorWithReport('Acme', '2026-01-31');
    const backup = await exportBackup(source.db);
    // A second, newer review of the same vendor with a later window, listed BEFORE the older one.
    const [oldReview] = backup.tables.assessments;
    const newReview = { ...oldReview!, id: 'review-2', updatedAt: oldReview!.updatedAt + 10_000 };
    const newAnswers = backup.tables.answers.map((a, i) => ({
      ...a,
      id: `answer-2-${i}`,
      assessmentId: newReview.id,
      value: a.questionId === Q.observationWindow ? { start: '2025-06-01', end: '2026-05-31' } : a.value,
    }));
    const file: Backup = {
      ...backup,
      tables: {
        ...backup.tables,
        assessments: [newReview, ...backup.tables.assessments],
        answers: [...newAnswers, ...backup.tables.answers],
        answerHistory: [],
      },
    };

    const h = reviewHarness();
    await h.service.restoreBackup(file);
    const v = await h.db.vendors.get(vendor.id);
    expect(v?.summary?.nextStaleOn).toBe('2027-05-31');
    expect((await rows(h, vendor.id)).map((r) => r.staleOn)).toEqual(['2027-05-31']);
    expect(h.told).toEqual(['restore']);
    expect((await nextAlarm())?.scheduledTime).toBe(notifyTime('2027-05-01'));
  });

  it('a restore that cannot apply writes nothing, derived data included', async () => {
    const h = reviewHarness();
    const vendor = await h.vendorWithReport('Acme', '2026-01-31');
    const backup = await exportBackup(h.db);
    const clash: Backup = {
      ...backup,
      tables: {
        ...backup.tables,
        answers: backup.tables.answers.map((a) => ({ ...a, id: `${a.id}-other` })),
      },
    };
    const before = await exportBackup(h.db, new Date(0));
    const rowsBefore = await rows(h, vendor.id);
    h.told.length = 0;
    await expect(h.service.restoreBackup(clash)).rejects.toThrow(/cannot be imported/);
    expect(await exportBackup(h.db, new Date(0))).toEqual(before);
    expect(await rows(h, vendor.id)).toEqual(rowsBefore);
    expect(h.told).toEqual([]);
  });

  it('a snooze always tells the background, which then holds that reminder', async () => {
    const h = reviewHarness();
    const vendor = await h.vendorWithReport('Acme', '2025-12-15');
    const [row] = await rows(h, vendor.id);
    h.told.length = 0;
    await h.service.snoozeReminders([row!.id], '2026-12-01');
    expect(h.told).toEqual(['snooze']);
    expect((await h.db.reminders.get(row!.id))?.snoozedUntil).toBe('2026-12-08');
  });

  it('brings summaries up to date once their report has gone stale', async () => {
    const h = reviewHarness(at('2026-11-26', 10));
    const vendor = await h.vendorWithReport('Acme', '2026-06-30');
    expect((await h.db.vendors.get(vendor.id))?.nextStaleOn).toBe('2027-06-30');
    expect(await h.service.refreshStaleSummaries()).toBe(0);
    h.setNow(at('2027-06-29', 10));
    expect(await h.service.refreshStaleSummaries()).toBe(0);
    h.setNow(at('2027-06-30', 10));
    expect(await h.service.refreshStaleSummaries()).toBe(1);
    expect((await h.db.vendors.get(vendor.id))?.summary?.computedOn).toBe('2027-06-30');
    expect(await h.service.refreshStaleSummaries()).toBe(0);
  });
});

describe('restore: a second note for a review', () => {
  it('is folded into the review’s note in the same write, never kept out of sight', async () => {
    const source = reviewHarness();
    const vendor = await source.service.createVendor({ name: 'Acme' });
    await source.service.saveNote({ vendorId: vendor.id }, 'Written on this laptop.');
    const backup = await exportBackup(source.db);
    const [note] = backup.tables.notes;
    const other = {
      ...note!,
      id: 'note-from-desktop',
      body: 'Written on the desktop.',
      createdAt: note!.createdAt + 5,
      updatedAt: note!.updatedAt + 5,
    };
    const h = reviewHarness();
    await h.service.restoreBackup(backup);
    await h.service.restoreBackup({ ...backup, tables: { ...backup.tables, notes: [other] } });
    const notes = await h.db.notes.toArray();
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).toMatch(
      /^Written on this laptop\.\n\n— Another note on this review \(updated \d{4}-\d{2}-\d{2}\) —\nWritten on the desktop\.$/,
    );
  });
});
