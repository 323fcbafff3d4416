import { snooze as snoozeState } from '../reminders/due';
import type { SweepReminder } from '../reminders/plan';
import { firstCheckOn } from '../reminders/rows';
import { addDays } from '../staleness/calendar';
import type { AppDB } from './app-db';
import { checkRecords } from './read';
import { reminderSchema, type Reminder } from './schema';

export type LiveReminder = Reminder & SweepReminder;

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
  ): Promise<void> {
    if (!changes.length) return;
    await db.transaction('rw', db.reminders, async () => {
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
    });
  }

  return {
    /**
     * What a sweep on `today` reads: only the rows whose checkOn has come (indexed range), and the
     * earliest checkOn still ahead, for the next alarm.
     */
    async forSweep(today: string) {
      const [rows, next] = await db.transaction('r', [db.reminders, db.vendors], async () => {
        const due = await db.reminders.where('checkOn').belowOrEqual(today).toArray();
        const ahead = await db.reminders.where('checkOn').above(today).first();
        return [due, ahead?.checkOn ?? null] as const;
      });
      return { ...(await withVendors(rows)), upcoming: next };
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
    ): Promise<void> {
      await update([
        ...told.map(({ id, staleOn, notified, snoozedUntil, checkOn }) => ({
          id,
          staleOn,
          patch: { notified, snoozedUntil, checkOn },
        })),
        ...reschedule.map(({ id, staleOn, checkOn }) => ({ id, staleOn, patch: { checkOn } })),
      ]);
    },

    /** Lead times changed: every row is looked at again from its earliest possible lead time. */
    async resetSchedule(): Promise<number> {
      return db.reminders.toCollection().modify((r) => {
        r.checkOn = r.snoozedUntil ?? firstCheckOn(r.staleOn);
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
