/**
 * A save refused because the record changed since the reviewer's copy was read (another panel or
 * window saved it): the write path never overwrites text the reviewer has not seen. Carries what is
 * stored now, so the panel can show it beside the reviewer's own text and let them choose.
 */
export class SaveConflictError extends Error {
  constructor(
    /** What is stored now for the field (a note's text, an answer's value or note). */
    readonly theirs: unknown,
    /** The stored record's revision now: a save based on it goes through. */
    readonly theirsRev: number,
  ) {
    super('Changed in another window since you started editing.');
    this.name = 'SaveConflictError';
  }
}

export const isSaveConflict = (err: unknown): err is SaveConflictError =>
  err instanceof Error && err.name === 'SaveConflictError' && 'theirsRev' in err;

/** What a save was based on: the record's revision then (0: there was none) and the field's value then. */
export interface SaveBase {
  rev: number;
  value?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Refuses a save whose base is stale for the field it changes: the record moved on from `base.rev`
 * AND the field itself is no longer what the reviewer started from (another window changing a
 * different field of the same record is not a conflict). Saving what is already stored is never one.
 */
export function checkBase(
  stored: { rev?: number } | undefined,
  storedField: unknown,
  base: SaveBase | undefined,
  mine: unknown,
): void {
  if (!base) return;
  const rev = stored ? (stored.rev ?? 0) : 0;
  if (rev === base.rev || same(storedField, mine)) return;
  if ('value' in base && same(storedField, base.value)) return;
  throw new SaveConflictError(storedField, rev);
}
