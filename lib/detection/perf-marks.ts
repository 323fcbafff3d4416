/**
 * The content scripts' work is timed with performance measures so `npm run bench` can read the
 * extension's own cost; a measure's detail says what was decided, and marks record the ends of
 * watching and paused skips, so tests can wait for a decision instead of sleeping.
 */

/**
 * One detection: a `vendorscope:check` measure from its start, as long as its slices' main-thread
 * time together (the page's turns between them are not the extension's cost).
 */
export function measureCheck(start: number, busy: number, outcome: string): void {
  performance.measure?.('vendorscope:check', { start, duration: busy, detail: outcome });
}

/** One slice of a detection's main-thread work, as it ran (the bench reads the longest). */
export function measureSlice(start: number, end: number): void {
  performance.measure?.('vendorscope:slice', { start, end });
}

export const mark = (name: string): void => void performance.mark?.(`vendorscope:${name}`);
