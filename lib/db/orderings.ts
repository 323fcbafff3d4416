/**
 * How a review's stored rows are ordered, as read and before validation. Both readers of a review use
 * these (Dexie: read-review.ts; raw IndexedDB when the panel opens: lib/panel/first-view-read.ts), so
 * they agree on which assessment is the latest and in what order notes and history show.
 */

function field(row: unknown, key: string): unknown {
  return row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[key] : undefined;
}

/** Numbers and strings compare as such; anything else (a damaged row) ties, keeping the read order. */
function compare(a: unknown, b: unknown): number {
  const comparable = (v: unknown) => typeof v === 'number' || typeof v === 'string';
  if (!comparable(a) || !comparable(b) || typeof a !== typeof b) return 0;
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

/** A copy sorted by one field; ties keep the order read (the primary key's). */
export function sortedBy<T>(rows: readonly T[], key: string, direction: 'asc' | 'desc' = 'asc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(field(a, key), field(b, key)));
}

/** A vendor's review is its most recently updated assessment. */
export const latestAssessmentRow = <T>(rows: readonly T[]): T | undefined =>
  sortedBy(rows, 'updatedAt').at(-1);

/** The id of a row as read, when it has one a query can use. */
export function rowId(row: unknown): string | undefined {
  const id = field(row, 'id');
  return typeof id === 'string' ? id : undefined;
}
