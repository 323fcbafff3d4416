import type { Steps } from './steps';

/**
 * Runs detection steps on a page's main thread without one long task. Cold, in a fresh renderer
 * (each new site's tab), the first detection compiles its patterns and code as it goes and took
 * 89–104 ms in one task on a 100 KB trust page as on a 2 MB one; warm, 10–15 ms. A task over 50 ms
 * delays the reviewer's clicks and keys on the page, so the work stops at the first safe point
 * after SLICE_MS and goes on in a later task.
 */

/** Main-thread time a slice may take before it gives the page its turn. @default 10 ms */
export const SLICE_MS = 10;

export interface Sliced<T> {
  value: T;
  /** Main-thread time of all slices (not the wall time, which includes the page's turns). */
  busy: number;
  /** The longest slice. */
  longest: number;
  slices: number;
}

/**
 * The next task, not a microtask: a message to ourselves. Not setTimeout, which browsers stretch to
 * a second or more in background tabs (a trust page opened in a new tab would be read in minutes).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      port2.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * @param onSlice called with each slice's start and end (performance.now()), e.g. to measure it
 */
export async function runSliced<T>(
  steps: Steps<T>,
  sliceMs = SLICE_MS,
  onSlice: (start: number, end: number) => void = () => undefined,
): Promise<Sliced<T>> {
  let busy = 0;
  let longest = 0;
  let slices = 0;
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    const now = performance.now();
    if (!step.done && now - start < sliceMs) continue;
    busy += now - start;
    longest = Math.max(longest, now - start);
    slices += 1;
    onSlice(start, now);
    if (step.done) return { value: step.value, busy, longest, slices };
    await nextTask();
    start = performance.now();
  }
}
