import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectionSchema } from './schema';
import { detectHtml, EXTRA, loadCases, PAGES, pairs } from '@/tests/helpers/detection';

describe.each([
  ['development corpus', PAGES],
  ['extra synthetic cases', EXTRA],
])('%s', (_name, dir) => {
  it.each(loadCases(dir).map((c) => [c.file.split('/').pop()!, c] as const))('%s', async (_f, c) => {
    const d = await detectHtml(readFileSync(c.file, 'utf8'), c.url);
    expect(() => detectionSchema.parse(d)).not.toThrow();
    expect(d.isTrustPage).toBe(c.expect.isTrustPage);
    expect(d.platform).toBe(c.expect.platform);
    expect(d.vendor?.name?.trim().toLowerCase() ?? null).toBe(
      c.expect.vendorName?.trim().toLowerCase() ?? null,
    );
    expect(pairs(d.claims)).toEqual(pairs(c.expect.claims));
    if (!d.isTrustPage) expect(d.subprocessors).toEqual([]);
    for (const cl of d.claims) expect(cl.quote.length).toBeLessThanOrEqual(300);
  });
});
