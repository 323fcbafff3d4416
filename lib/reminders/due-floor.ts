import type { DueFloor } from '../db/schema';

/**
 * The reminder sweep's floor: a day no reminder row's checkOn is earlier than, so the sweep reads the
 * rows due for a look as the range [floor, today] of the checkOn index. Rescheduling thousands of rows
 * (the first sweep of a large database, new lead times) leaves their old index entries below today
 * as deleted entries that a read from the index's start walks through: 40–60 ms here for 17 due rows,
 * against about 1 ms from the floor.
 *
 * One rule keeps it true: every write of reminder rows lowers the floor to its earliest checkOn and
 * counts itself (`rev`), in the transaction that writes the rows; a sweep raises the floor to the
 * earliest checkOn it leaves due (at most today), and only when no write was counted since it read.
 * No stored floor, or an unreadable one, means "not known": the sweep reads from the start.
 */

export const DUE_FLOOR_ID = 'reminderFloor';

const earliest = (days: readonly (string | null)[]): string | null =>
  days.reduce<string | null>((min, d) => (d !== null && (min === null || d < min) ? d : min), null);

/** The floor after rows with these checkOn days are written (by anything but a sweep). */
export function floorAfterWrite(stored: DueFloor | null, written: readonly (string | null)[]): DueFloor {
  const lowest = earliest(written);
  const checkOn =
    stored?.checkOn == null ? null : lowest !== null && lowest < stored.checkOn ? lowest : stored.checkOn;
  return { id: DUE_FLOOR_ID, checkOn, rev: (stored?.rev ?? 0) + 1 };
}

/**
 * The floor a sweep on `today` may leave, given the checkOn of every row it read as it stands after
 * the sweep (told, rescheduled or left as it was), or null when a write since its read forbids it.
 */
export function floorAfterSweep(
  read: DueFloor | null,
  current: DueFloor | null,
  today: string,
  left: readonly (string | null)[],
): DueFloor | null {
  if ((current?.rev ?? 0) !== (read?.rev ?? 0)) return null;
  const lowest = earliest(left.filter((d) => d !== null && d <= today));
  return { id: DUE_FLOOR_ID, checkOn: lowest ?? today, rev: current?.rev ?? 0 };
}

/**
 * Which checkOn days a sweep on `today` reads: from the floor (null: from the start) through today,
 * or none when the floor is after today (the reviewer's clock went back a day).
 */
export function sweepRange(floor: DueFloor | null, today: string): { from: string | null } | null {
  const from = floor?.checkOn ?? null;
  return from !== null && from > today ? null : { from };
}
