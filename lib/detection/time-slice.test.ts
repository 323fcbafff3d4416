import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCases, makeDoc, PAGES } from '@/tests/helpers/detection';
import { detect, detectSteps } from './detect';
import type { Steps } from './steps';
import { nextTask, runSliced } from './time-slice';

/** `n` steps of `ms` each (busy: a step holds the thread as detection work does). */
function* busySteps(n: number, ms: number): Steps<string> {
  for (let i = 0; i < n; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      // busy
    }
    yield;
  }
  return 'done';
}

describe('running detection in slices', () => {
  it('gives the thread back between slices of about the budget, and returns the steps’ result', async () => {
    let pageTurns = 0;
    // The page's own tasks, queued while the work runs: each must get its turn before the work ends.
    const page = (async () => {
      for (let i = 0; i < 3; i++) {
        await nextTask();
        pageTurns += 1;
      }
    })();
    const slices: number[] = [];
    const run = await runSliced(busySteps(12, 3), 10, (start, end) => slices.push(end - start));
    const turnsMeanwhile = pageTurns;
    await page;
    expect(run.value).toBe('done');
    // 36 ms of work in slices of 10–13 ms: 3 or 4 of them, none much longer than one step past the budget.
    expect(run.slices).toBeGreaterThanOrEqual(3);
    expect(slices).toHaveLength(run.slices);
    expect(run.longest).toBeLessThan(10 + 3 + 5);
    expect(run.busy).toBeGreaterThanOrEqual(36);
    expect(turnsMeanwhile).toBeGreaterThanOrEqual(2);
  });

  it('runs cheap work in one slice, without waiting for a turn', async () => {
    const run = await runSliced(busySteps(5, 0), 10);
    expect(run).toMatchObject({ value: 'done', slices: 1 });
  });

  it('detects in slices exactly what detect() finds at once, on every fixture page', async () => {
    for (const c of loadCases(PAGES)) {
      const html = readFileSync(c.file, 'utf8');
      const once = makeDoc(html, c.url);
      const sliced = makeDoc(html, c.url);
      try {
        // A budget of 0: every step is a slice of its own, the most the page can come between steps.
        const run = await runSliced(detectSteps(sliced.doc, c.url), 0);
        expect(run.value, c.file).toEqual(detect(once.doc, c.url));
        if (run.value.isTrustPage) expect(run.slices, c.file).toBeGreaterThan(3);
      } finally {
        await once.close();
        await sliced.close();
      }
    }
  });
});
