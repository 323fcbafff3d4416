import { describe, expect, it } from 'vitest';
import { pagesOf, reportPages, SIGNATURE, TYPE2_SCOPE, UNMODIFIED } from '../../tests/helpers/report-pages';
import { extractReport } from './extract';
import { extractedReportSchema } from './schema';

describe('extractReport', () => {
  it('reads every field of a report and backs each value with its quote and page', () => {
    const report = extractReport(
      reportPages({
        cover: 'Acme Agents, Inc.\nSOC 2 Type 2 Report',
        auditor: `${TYPE2_SCOPE}\n${UNMODIFIED}\n${SIGNATURE}`,
      }),
    );
    expect(extractedReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      kind: 'soc2-type2',
      serviceOrganization: 'Acme Agents, Inc.',
      auditor: 'Ridgeway & Lowe LLP',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      asOf: null,
      reportDate: '2026-03-15',
      opinion: 'unmodified',
      criteria: ['security', 'availability'],
    });
    expect(Object.keys(report.evidence).sort()).toEqual(
      [
        'auditor',
        'criteria',
        'kind',
        'opinion',
        'periodEnd',
        'periodStart',
        'reportDate',
        'serviceOrganization',
      ].sort(),
    );
    expect(report.evidence.reportDate).toEqual({ quote: 'March 15, 2026', page: '2' });
  });

  it('gives nothing but kind "other" for a PDF that is not a SOC report', () => {
    const report = extractReport(
      pagesOf(
        'Penetration Test Summary\nRedline Security LLC tested the Acme platform between January 12, 2026 and January 23, 2026.\nIn our opinion, the issues were remediated. This supports Acme’s SOC 2 Type II program.',
      ),
    );
    expect(report).toEqual({
      kind: 'other',
      serviceOrganization: null,
      auditor: null,
      periodStart: null,
      periodEnd: null,
      asOf: null,
      reportDate: null,
      opinion: null,
      criteria: [],
      subservice: [],
      cuecs: [],
      exceptions: [],
      testsWithoutExceptions: 0,
      evidence: {},
    });
  });

  it('drops a "report date" that comes before the end of the period reported on', () => {
    const report = extractReport(
      reportPages({
        auditor: `${TYPE2_SCOPE}\n${UNMODIFIED}\nRidgeway & Lowe LLP\nDenver, Colorado\nJune 30, 2025`,
      }),
    );
    expect(report.reportDate).toBeNull();
    expect(report.evidence.reportDate).toBeUndefined();
  });

  it('keeps a runaway list item within the stored record’s limits', () => {
    const long = `User entities are responsible for ${'reviewing the agent logs and '.repeat(120)}reporting issues.`;
    const report = extractReport(
      reportPages({
        auditor: `${TYPE2_SCOPE}\n${UNMODIFIED}`,
        description: `Complementary User Entity Controls\nUser entities should have these controls:\n• ${long}`,
      }),
    );
    expect(report.cuecs[0]!.text).toHaveLength(2000);
    expect(extractedReportSchema.safeParse(report).success).toBe(true);
  });

  it('gives nothing for an annual report’s independent auditor’s report on financial statements', () => {
    const report = extractReport(
      pagesOf(`Independent Auditor’s Report
To the Shareholders of Acme Agents, Inc.:
We have audited the accompanying financial statements of Acme Agents, Inc., which comprise the balance sheet as
of December 31, 2025, and we considered internal control over financial reporting as a basis for our procedures.
In our opinion, the financial statements present fairly, in all material respects, the financial position of the company.
Ridgeway & Lowe LLP
March 15, 2026`),
    );
    expect(report).toMatchObject({
      kind: 'other',
      auditor: null,
      opinion: null,
      reportDate: null,
      evidence: {},
    });
  });
});
