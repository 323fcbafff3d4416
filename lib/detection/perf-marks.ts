/**
 * The content scripts' work is timed with performance measures so `npm run bench` can read the
 * extension's own cost; a measure's detail says what was decided, and marks record the ends of
 * watching and paused skips, so tests can wait for a decision instead of sleeping.
 */
export function timed<T>(fn: () => T, outcome: (result: T) => string): T {
  const start = performance.now();
  const result = fn();
  performance.measure?.('vendorscope:check', { start, end: performance.now(), detail: outcome(result) });
  return result;
}

export const mark = (name: string): void => void performance.mark?.(`vendorscope:${name}`);
