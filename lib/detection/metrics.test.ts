import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectHtml, EXTRA, loadCases, PAGES, pairs } from '@/tests/helpers/detection';

/**
 * Precision / recall / F1 of (framework, status) claims and of isTrustPage over the fixture corpora.
 * The numbers are printed for the report; the thresholds only guard against regressions.
 */
async function score(dir: string) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ttp = 0;
  let tfp = 0;
  let tfn = 0;
  for (const c of loadCases(dir)) {
    const d = await detectHtml(readFileSync(c.file, 'utf8'), c.url);
    const got = new Set(pairs(d.claims));
    const want = new Set(pairs(c.expect.claims));
    for (const g of got) {
      if (want.has(g)) tp++;
      else fp++;
    }
    for (const w of want) if (!got.has(w)) fn++;
    if (d.isTrustPage && c.expect.isTrustPage) ttp++;
    else if (d.isTrustPage) tfp++;
    else if (c.expect.isTrustPage) tfn++;
  }
  const prf = (t: number, p: number, n: number) => {
    const precision = t + p ? t / (t + p) : 1;
    const recall = t + n ? t / (t + n) : 1;
    return {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    };
  };
  return { claims: prf(tp, fp, fn), trust: prf(ttp, tfp, tfn) };
}

describe('corpus metrics', () => {
  it.each([
    ['pages', PAGES],
    ['extra', EXTRA],
  ])('%s', async (name, dir) => {
    const m = await score(dir);
    const f = (x: { precision: number; recall: number; f1: number }) =>
      `P=${x.precision.toFixed(3)} R=${x.recall.toFixed(3)} F1=${x.f1.toFixed(3)}`;
    console.info(`[metrics] ${name}: claims ${f(m.claims)}; isTrustPage ${f(m.trust)}`);
    expect(m.claims.f1).toBeGreaterThanOrEqual(0.9);
    expect(m.trust.f1).toBeGreaterThanOrEqual(0.9);
  });
});
