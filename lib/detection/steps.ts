/**
 * Detection as steps: a generator that yields between pieces of work (a phase of detect(), one block's
 * claims), so the injected detector can run it in slices and give the page its main thread back
 * between them (time-slice.ts), while tests, the scanner and the evaluation run it in one go.
 * A yield is only a point where stopping is safe; it says nothing about time.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once: the synchronous result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
