import { addDays } from '../staleness/calendar';
import type { DatedReport } from './reports';
import { MAX_LEAD_DAYS } from './settings';

/**
 * Reminder rows of one vendor from its dated reports, given the rows already stored. A row whose
 * stale date is unchanged keeps its state (stages told, snooze); a new stale date (a new report, a
 * bridge letter) starts fresh; a report no longer dated loses its row. Pure, shared by the answers
 * repo and the v3 upgrade.
 */

export interface ReminderRow {
  id: string;
  vendorId: string;
  key: DatedReport['key'];
  staleOn: string;
  notified: number[];
  snoozedUntil: string | null;
  checkOn: string | null;
  updatedAt: number;
}

/**
 * When the sweep must first look at a new row: the earliest day any lead time could start, so the
 * row needs no knowledge of the reviewer's current lead times (the sweep then sets the real day).
 */
export const firstCheckOn = (staleOn: string): string => addDays(staleOn, -MAX_LEAD_DAYS) ?? staleOn;

export const reminderId = (vendorId: string, key: string) => `${vendorId}:${key}`;

export function reminderRows(
  vendorId: string,
  reports: DatedReport[],
  existing: ReminderRow[],
  now: number,
): { put: ReminderRow[]; remove: string[] } {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const put: ReminderRow[] = [];
  for (const report of reports) {
    const id = reminderId(vendorId, report.key);
    const old = byId.get(id);
    if (old && old.staleOn === report.staleOn) continue;
    put.push({
      id,
      vendorId,
      key: report.key,
      staleOn: report.staleOn,
      notified: [],
      snoozedUntil: null,
      checkOn: firstCheckOn(report.staleOn),
      updatedAt: now,
    });
  }
  const kept = new Set(reports.map((r) => reminderId(vendorId, r.key)));
  return { put, remove: existing.filter((r) => !kept.has(r.id)).map((r) => r.id) };
}
