import { describe, expect, it } from 'vitest';
import { buildFindings } from './findings';
import { fullInput } from './test-fixtures';
import { findingsToHtml } from './to-html';
import { findingsToMarkdown } from './to-markdown';

/** The budget for exporting one vendor: building the findings, then Markdown and HTML. */
const BUDGET_MS = 30;

describe('export speed', () => {
  it(`exports a full review with 40 answers well within ${BUDGET_MS} ms (median of 10)`, () => {
    const input = fullInput();
    expect(input.answers.length).toBeGreaterThanOrEqual(40);
    const once = () => {
      const f = buildFindings(input);
      return findingsToMarkdown(f, 'full').length + findingsToHtml(f, 'full').length;
    };
    // The first run builds and caches each question's answer schema; the panel pays that once per session.
    once();
    const times = Array.from({ length: 10 }, () => {
      const start = performance.now();
      once();
      return performance.now() - start;
    }).sort((a, b) => a - b);
    expect(times[5]!).toBeLessThan(BUDGET_MS);
  });
});
