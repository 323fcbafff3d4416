import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readDueFloor } from '@/lib/db/reminders-repo';
import { at, reviewHarness } from '@/tests/helpers/review';
import { createReminderService } from './background';
import { DUE_FLOOR_ID, floorAfterSweep, floorAfterWrite, sweepRange } from './due-floor';
import { writeReminderSettings } from './items';
import { DEFAULT_REMINDER_SETTINGS } from './settings';

const floor = (checkOn: string | null, rev = 0) => ({ id: DUE_FLOOR_ID, checkOn, rev }) as const;

describe('the due floor, as rules', () => {
  it('is lowered by a write to its earliest day, and counts the write', () => {
    expect(floorAfterWrite(floor('2026-12-01', 3), ['2027-01-01', null, '2026-02-01'])).toEqual(
      floor('2026-02-01', 4),
    );
    expect(floorAfterWrite(floor('2026-12-01', 3), ['2027-01-01', null])).toEqual(floor('2026-12-01', 4));
    // Not known stays not known: one write says nothing of the rows already stored.
    expect(floorAfterWrite(null, ['2027-01-01'])).toEqual(floor(null, 1));
    expect(floorAfterWrite(floor(null, 1), ['2027-01-01'])).toEqual(floor(null, 2));
  });

  it('is raised by a sweep to the earliest day it leaves due, at most today, unless a write came between', () => {
    const read = floor('2026-01-01', 2);
    expect(floorAfterSweep(read, read, '2026-12-01', ['2027-01-01', null])).toEqual(floor('2026-12-01', 2));
    expect(floorAfterSweep(read, read, '2026-12-01', ['2026-11-20', '2026-12-01'])).toEqual(
      floor('2026-11-20', 2),
    );
    expect(floorAfterSweep(null, null, '2026-12-01', [])).toEqual(floor('2026-12-01', 0));
    expect(floorAfterSweep(read, floor('2026-01-01', 3), '2026-12-01', [])).toBeNull();
    expect(floorAfterSweep(null, floor(null, 1), '2026-12-01', [])).toBeNull();
  });

  it('bounds the days a sweep reads', () => {
    expect(sweepRange(null, '2026-12-01')).toEqual({ from: null });
    expect(sweepRange(floor(null, 4), '2026-12-01')).toEqual({ from: null });
    expect(sweepRange(floor('2026-11-30'), '2026-12-01')).toEqual({ from: '2026-11-30' });
    expect(sweepRange(floor('2026-12-01'), '2026-12-01')).toEqual({ from: '2026-12-01' });
    // The reviewer's clock went back a day: nothing can be due yet.
    expect(sweepRange(floor('2026-12-02'), '2026-12-01')).toBeNull();
  });
});

describe('the due floor, kept by every write and read by the sweep', () => {
  const setup = () => reviewHarness(at('2026-12-01', 10), { sweepOnChange: false });
  const sweepAt = (h: ReturnType<typeof setup>, d: Date) => createReminderService(h.db, () => d).sweep();

  it('is unknown on a database that has none, so the first sweep reads every row', async () => {
    const h = setup();
    // Stale 2026-06-30: long past due, its row written before any floor existed.
    await h.vendorWithReport('Old', '2025-06-30');
    await h.db.meta.delete(DUE_FLOOR_ID);
    expect((await sweepAt(h, at('2026-12-01', 10)))?.notified).toBe(1);
    expect(await readDueFloor(h.db)).toMatchObject({ checkOn: '2026-12-01' });
  });

  it('lets a later sweep skip what is below it, while a review writing a past-due row lowers it', async () => {
    const h = setup();
    await h.vendorWithReport('Acme', '2026-01-31');
    await sweepAt(h, at('2026-12-01', 10));
    expect(await readDueFloor(h.db)).toMatchObject({ checkOn: '2026-12-01' });

    // A row stored below the floor without going through a repo is not read: the sweep reads from the
    // floor. (Every write path lowers it; this one bypasses them on purpose.)
    const acme = (await h.db.reminders.toArray())[0]!;
    await h.db.reminders.put({ ...acme, id: 'bypass', staleOn: '2026-06-30', checkOn: '2025-06-30' });
    expect((await sweepAt(h, at('2026-12-01', 11)))?.notified).toBe(0);

    // Through the review service, the same kind of row is read and told.
    await h.vendorWithReport('Beta', '2025-06-30');
    expect((await readDueFloor(h.db))?.checkOn).toBe('2025-06-30');
    await h.db.reminders.delete('bypass');
    const told = await sweepAt(h, at('2026-12-01', 12));
    expect(told?.notified).toBe(1);
    expect(Object.values(await fakeBrowser.notifications.getAllCreateOptions())[0]?.message).toContain(
      'Beta',
    );
  });

  it('is not raised by a sweep when a review was written between its read and its save', async () => {
    const h = setup();
    await h.vendorWithReport('Acme', '2026-01-31');
    await sweepAt(h, at('2026-12-01', 10));
    const repo = h.reminders.reminders;
    const read = (await repo.forSweep('2026-12-01')).read;
    await h.vendorWithReport('Beta', '2025-06-30');
    await repo.saveSweep([], [], read);
    expect((await readDueFloor(h.db))?.checkOn).toBe('2025-06-30');
    expect((await sweepAt(h, at('2026-12-01', 11)))?.notified).toBe(1);
  });

  it('is lowered when new lead times reschedule every row, and a clock set back reads nothing', async () => {
    const h = setup();
    // Stale 2027-02-28: 89 days ahead, outside the default lead times' reach on 2026-12-01.
    await h.vendorWithReport('Acme', '2026-02-28');
    expect((await sweepAt(h, at('2026-12-01', 10)))?.notified).toBe(0);
    expect((await readDueFloor(h.db))?.checkOn).toBe('2026-12-01');
    await writeReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, leadDays: [90, 30, 7, 0] });
    expect((await sweepAt(h, at('2026-12-01', 11)))?.notified).toBe(1);

    const back = await sweepAt(h, at('2026-11-30', 11));
    expect(back).toMatchObject({ notified: 0 });
    // Left at most at that day: lowering is always safe.
    expect((await readDueFloor(h.db))?.checkOn).toBe('2026-11-30');
  });

  it('treats an unreadable floor as unknown', async () => {
    const h = setup();
    await h.vendorWithReport('Old', '2025-06-30');
    await h.db.meta.put({ id: DUE_FLOOR_ID, checkOn: 'soon', rev: -1 } as never);
    expect((await sweepAt(h, at('2026-12-01', 10)))?.notified).toBe(1);
  });
});
