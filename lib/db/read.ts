import type { z } from '../zod';

/**
 * The read boundary: records from IndexedDB are checked with their Zod schema before the UI uses
 * them. A record that fails (a damaged database, a newer extension's shape) is left untouched in
 * the database and counted, so the panel can say so; it is never dropped or "repaired" here.
 */
export interface Checked<T> {
  records: T[];
  /** Records that failed validation and are not shown. */
  unreadable: number;
}

export function checkRecords<S extends z.ZodMiniType>(
  schema: S,
  rows: readonly unknown[],
): Checked<z.output<S>> {
  const records: z.output<S>[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) records.push(parsed.data);
    else unreadable++;
  }
  return { records, unreadable };
}

export function checkRecord<S extends z.ZodMiniType>(
  schema: S,
  row: unknown,
): { record: z.output<S> | undefined; unreadable: number } {
  if (row === undefined) return { record: undefined, unreadable: 0 };
  const parsed = schema.safeParse(row);
  return parsed.success ? { record: parsed.data, unreadable: 0 } : { record: undefined, unreadable: 1 };
}
