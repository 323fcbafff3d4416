import { describe, expect, it } from 'vitest';
import { evaluateReports, formatEvaluation } from './eval-reports';

describe('report reader accuracy on the generated fixtures', () => {
  it('gets at least 98% of the fields right and never fills a field the report does not state', async () => {
    const e = await evaluateReports();
    const report = formatEvaluation(e);
    expect(e.reports).toBeGreaterThanOrEqual(12);
    expect(e.accuracy, report).toBeGreaterThanOrEqual(0.98);
    expect(e.filledWhereNotStated, report).toBe(0);
  }, 120_000);
});
