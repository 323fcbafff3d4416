import { snooze as snoozeState } from '../reminders/due';
import { DUE_FLOOR_ID, floorAfterSweep, floorAfterWrite, sweepRange } from '../reminders/due-floor';
import type { SweepReminder } from '../reminders/plan';
import { firstCheckOn } from '../reminders/rows';
import { addDays } from '../staleness/calendar';
import type { AppDB } from './app-db';
import { checkRecord, checkRecords } from './read';
import { dueFloorSchema, reminderSchema, type DueFloor, type Reminder } from './schema';

export type LiveReminder = Reminder & SweepReminder;

/** What a sweep read, for the floor it may leave (lib/reminders/due-floor.ts). */
export interface SweepRead {
  today: string;
  floor: DueFloor | null;
  /** Every row read (valid or not): its id and checkOn. */
  rows: { id: unknown; checkOn: unknown }[];
}

/** The stored floor, validated: null when absent or unreadable (the sweep then reads from the start). */
export async function readDueFloor(db: AppDB): Promise<DueFloor | null> {
  return checkRecord(dueFloorSchema, await db.meta.get(DUE_FLOOR_ID)).record ?? null;
}

/** Lowers the floor for rows written with these checkOn days; call inside the writing transaction. */
export async function lowerDueFloor(db: AppDB, written: readonly (string | null)[]): Promise<void> {
  await db.meta.put(floorAfterWrite(await readDueFloor(db), written));
}

/**
 * Reminder rows: the sweep's indexed reads, the state it writes back, and snoozes. Rows read from the
 * database are validated; an invalid row is skipped (and counted), never "fixed" by deleting it.
 */
export function createRemindersRepo(db: AppDB, now: () => number = Date.now) {
  /** Valid rows whose vendor is live, with the vendor's current name. */
  async function withVendors(rows: unknown[]): Promise<{ live: LiveReminder[]; invalid: number }> {
    const { records: valid, unreadable: invalid } = checkRecords(reminderSchema, rows);
    const ids = [...new Set(valid.map((r) => r.vendorId))];
    const vendors = new Map((await db.vendors.bulkGet(ids)).map((v, i) => [ids[i]!, v]));
    const live = valid.flatMap((r) => {
      const vendor = vendors.get(r.vendorId);
      return vendor && vendor.deletedAt === null ? [{ ...r, vendorName: vendor.name }] : [];
    });
    return { live, invalid };
  }

  /** Applies `change` to each row that still has the stale date it was planned for, in one transaction. */
  async function update(
    changes: {
      id: string;
      staleOn: string;
      patch: Partial<Pick<Reminder, 'notified' | 'snoozedUntil' | 'checkOn'>>;
    }[],
    sweep?: SweepRead,
  ): Promise<void> {
    if (!changes.length && !sweep) return;
    await db.transaction('rw', db.reminders, db.meta, async () => {
      const rows = await db.reminders.bulkGet(changes.map((c) => c.id));
      const t = now();
      const puts = changes.flatMap((c, i) => {
        const row = rows[i];
        // The report changed while the sweep ran: its new date starts fresh, this plan no longer applies.
        return row && row.staleOn === c.staleOn
          ? [reminderSchema.parse({ ...row, ...c.patch, updatedAt: t })]
          : [];
      });
      await db.reminders.bulkPut(puts);
      if (!sweep) {
        if (puts.length)
          await lowerDueFloor(
            db,
            puts.map((r) => r.checkOn),
          );
        return;
      }
      // What each row read stands at now: as planned, or as it was.
      const planned = new Map(puts.map((r) => [r.id, r.checkOn]));
      const left = sweep.rows.map(({ id, checkOn }) =>
        typeof id === 'string' && planned.has(id)
          ? planned.get(id)!
          : typeof checkOn === 'string'
            ? checkOn
            : null,
      );
      const current = await readDueFloor(db);
      const raised = floorAfterSweep(sweep.floor, current, sweep.today, left);
      // Most sweeps leave it where it was: no write then.
      if (raised && (raised.checkOn !== current?.checkOn || raised.rev !== current.rev))
        await db.meta.put(raised);
    });
  }

  return {
    /**
     * What a sweep on `today` reads: only the rows whose checkOn has come (indexed range), and the
     * earliest checkOn still ahead, for the next alarm.
     */
    async forSweep(today: string) {
      const [rows, next, floor] = await db.transaction('r', [db.reminders, db.vendors, db.meta], async () => {
        const floor = await readDueFloor(db);
        const range = sweepRange(floor, today);
        const checkOn = db.reminders.where('checkOn');
        const due = !range
          ? []
          : range.from === null
            ? await checkOn.belowOrEqual(today).toArray()
            : await checkOn.between(range.from, today, true, true).toArray();
        const ahead = await db.reminders.where('checkOn').above(today).first();
        return [due, ahead?.checkOn ?? null, floor] as const;
      });
      const read: SweepRead = {
        today,
        floor,
        rows: rows.map((r: { id?: unknown; checkOn?: unknown }) => ({ id: r.id, checkOn: r.checkOn })),
      };
      return { ...(await withVendors(rows)), upcoming: next, read };
    },

    /**
     * Reports due or stale (stale on or before today + the longest lead time), counted up to `cap`:
     * the badge shows "99+" beyond that, and IndexedDB counts a range by walking it (40 ms for
     * 5,000 stale reports here), so only the first `cap` keys are read.
     */
    badgeCount: async (today: string, maxLead: number, cap: number) =>
      (
        await db.reminders
          .where('staleOn')
          .belowOrEqual(addDays(today, maxLead) ?? today)
          .limit(cap)
          .primaryKeys()
      ).length,

    forVendor: async (vendorId: string): Promise<Reminder[]> =>
      checkRecords(reminderSchema, await db.reminders.where('vendorId').equals(vendorId).toArray()).records,

    /** Stores what a sweep decided: stages told, snoozes spent, the next day to look. */
    async saveSweep(
      told: Pick<Reminder, 'id' | 'staleOn' | 'notified' | 'snoozedUntil' | 'checkOn'>[],
      reschedule: { id: string; staleOn: string; checkOn: string | null }[],
      read?: SweepRead,
    ): Promise<void> {
      await update(
        [
          ...told.map(({ id, staleOn, notified, snoozedUntil, checkOn }) => ({
            id,
            staleOn,
            patch: { notified, snoozedUntil, checkOn },
          })),
          ...reschedule.map(({ id, staleOn, checkOn }) => ({ id, staleOn, patch: { checkOn } })),
        ],
        read,
      );
    },

    /** Lead times changed: every row is looked at again from its earliest possible lead time. */
    async resetSchedule(): Promise<number> {
      return db.transaction('rw', db.reminders, db.meta, async () => {
        const days: (string | null)[] = [];
        const n = await db.reminders.toCollection().modify((r) => {
          r.checkOn = r.snoozedUntil ?? firstCheckOn(r.staleOn);
          days.push(r.checkOn);
        });
        await lowerDueFloor(db, days);
        return n;
      });
    },

    /** Snoozes reminders for a week from `today`; unknown ids are ignored. */
    async snooze(ids: string[], today: string): Promise<number> {
      const rows = (await db.reminders.bulkGet(ids)).filter((r): r is Reminder => !!r);
      await update(
        rows.map((r) => {
          const snoozed = snoozeState(r, today);
          return {
            id: r.id,
            staleOn: r.staleOn,
            patch: { snoozedUntil: snoozed.snoozedUntil, checkOn: snoozed.snoozedUntil },
          };
        }),
      );
      return rows.length;
    },

    async unsnooze(id: string, today: string): Promise<void> {
      const row = await db.reminders.get(id);
      if (row) await update([{ id, staleOn: row.staleOn, patch: { snoozedUntil: null, checkOn: today } }]);
    },
  };
}

export type RemindersRepo = ReturnType<typeof createRemindersRepo>;
