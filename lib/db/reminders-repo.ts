import { addDays } from '../staleness/calendar';
import { snooze as snoozeState } from '../reminders/due';
import type { SweepReminder } from '../reminders/plan';
import type { AppDB } from './app-db';
import { reminderSchema, type Reminder } from './schema';

export type LiveReminder = Reminder & SweepReminder;

/**
 * Reminder rows: the sweep's indexed reads, the state it writes back, and snoozes. Rows read from the
 * database are validated; an invalid row is skipped (and counted), never "fixed" by deleting it.
 */
export function createRemindersRepo(db: AppDB, now: () => number = Date.now) {
  /** Valid rows whose vendor is live, with the vendor's current name. */
  async function withVendors(rows: unknown[]): Promise<{ live: LiveReminder[]; invalid: number }> {
    const valid: Reminder[] = [];
    let invalid = 0;
    for (const row of rows) {
      const parsed = reminderSchema.safeParse(row);
      if (parsed.success) valid.push(parsed.data);
      else invalid++;
    }
    const ids = [...new Set(valid.map((r) => r.vendorId))];
    const vendors = new Map((await db.vendors.bulkGet(ids)).map((v, i) => [ids[i]!, v]));
    const live = valid.flatMap((r) => {
      const vendor = vendors.get(r.vendorId);
      return vendor && vendor.deletedAt === null ? [{ ...r, vendorName: vendor.name }] : [];
    });
    return { live, invalid };
  }

  return {
    /**
     * What a sweep on `today` needs: every row stale on or before today + `maxLead` days (indexed range:
     * due, stale or snoozed), plus the first row beyond it, whose first lead time is the next to come.
     */
    async forSweep(today: string, maxLead: number) {
      const edge = addDays(today, maxLead) ?? today;
      const [rows, beyond] = await db.transaction('r', [db.reminders, db.vendors], async () => {
        const within = await db.reminders.where('staleOn').belowOrEqual(edge).toArray();
        const next = await db.reminders.where('staleOn').above(edge).first();
        return [within, next];
      });
      return withVendors(beyond ? [...rows, beyond] : rows);
    },

    async forVendor(vendorId: string): Promise<Reminder[]> {
      const rows = await db.reminders.where('vendorId').equals(vendorId).toArray();
      return rows.flatMap((r) => {
        const parsed = reminderSchema.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      });
    },

    /** Stores the state of reminders just told about (only the state fields change). */
    async markNotified(rows: Pick<Reminder, 'id' | 'staleOn' | 'notified' | 'snoozedUntil'>[]) {
      await db.transaction('rw', db.reminders, async () => {
        for (const r of rows) {
          const existing = await db.reminders.get(r.id);
          // The report changed while the notification was out: its new date starts fresh.
          if (!existing || existing.staleOn !== r.staleOn) continue;
          await db.reminders.put(
            reminderSchema.parse({
              ...existing,
              notified: r.notified,
              snoozedUntil: r.snoozedUntil,
              updatedAt: now(),
            }),
          );
        }
      });
    },

    /** Snoozes reminders for a week from `today`; unknown ids are ignored. */
    async snooze(ids: string[], today: string): Promise<number> {
      return db.transaction('rw', db.reminders, async () => {
        let n = 0;
        for (const id of ids) {
          const existing = await db.reminders.get(id);
          if (!existing) continue;
          await db.reminders.put(reminderSchema.parse({ ...snoozeState(existing, today), updatedAt: now() }));
          n++;
        }
        return n;
      });
    },

    async unsnooze(id: string): Promise<void> {
      await db.transaction('rw', db.reminders, async () => {
        const existing = await db.reminders.get(id);
        if (existing) await db.reminders.put({ ...existing, snoozedUntil: null, updatedAt: now() });
      });
    },
  };
}

export type RemindersRepo = ReturnType<typeof createRemindersRepo>;
