/**
 * Everything Vendorscope reads out of a SOC report, from its pages of text. Each field comes from its
 * own extractor (`extract-*.ts`); this file only runs them in order and applies the rules that tie
 * fields together: a PDF that is not a SOC report gives nothing but kind "other", and a report date
 * before the end of the period it reports on is not the report's date.
 */
import { buildDoc } from './doc';
import { extractCriteria } from './extract-criteria';
import { extractCuecs } from './extract-cuecs';
import { extractExceptions } from './extract-exceptions';
import { extractKind, isSocReport } from './extract-kind';
import { extractOpinion } from './extract-opinion';
import { extractServiceOrganization, extractSignature } from './extract-parties';
import { coverReportDate, extractPeriod } from './extract-period';
import { extractSubservice } from './extract-subservice';
import {
  REPORT_LIMITS,
  type EvidenceField,
  type ExtractedReport,
  type Fact,
  type ReportPage,
} from './schema';

const clip = (text: string) =>
  text.length <= REPORT_LIMITS.text ? text : `${text.slice(0, REPORT_LIMITS.text - 1)}…`;

/** The result for a PDF that is not a SOC report, or has no text. */
export const emptyReport = (): ExtractedReport => ({
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

export function extractReport(pages: readonly ReportPage[]): ExtractedReport {
  const doc = buildDoc(pages);
  if (!isSocReport(doc)) return emptyReport();
  const kind = extractKind(doc);

  const serviceOrganization = extractServiceOrganization(doc);
  const signature = extractSignature(doc, serviceOrganization?.value ?? null);
  const period = extractPeriod(doc, kind?.value ?? 'other');
  const latest = period.periodEnd?.value ?? period.asOf?.value;
  let reportDate = signature.reportDate ?? coverReportDate(doc);
  if (reportDate && latest && reportDate.value < latest) reportDate = null;
  const criteria = kind?.value === 'soc1' ? null : extractCriteria(doc);
  const tests = extractExceptions(doc);
  const opinion = extractOpinion(doc);

  const facts: Record<EvidenceField, Fact<unknown> | null> = {
    kind,
    serviceOrganization,
    auditor: signature.auditor,
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    asOf: period.asOf,
    reportDate,
    opinion,
    criteria,
  };
  const evidence: ExtractedReport['evidence'] = {};
  for (const [field, fact] of Object.entries(facts) as [EvidenceField, Fact<unknown> | null][])
    if (fact) evidence[field] = { quote: fact.quote, page: fact.page };

  const exclude = [serviceOrganization?.value, signature.auditor?.value].filter((n): n is string => !!n);
  // Within the stored record's limits even for a runaway list: a reviewer reads the first items anyway.
  return {
    kind: kind?.value ?? 'other',
    serviceOrganization: serviceOrganization?.value ?? null,
    auditor: signature.auditor?.value ?? null,
    periodStart: period.periodStart?.value ?? null,
    periodEnd: period.periodEnd?.value ?? null,
    asOf: period.asOf?.value ?? null,
    reportDate: reportDate?.value ?? null,
    opinion: opinion?.value ?? null,
    criteria: criteria?.value ?? [],
    subservice: extractSubservice(doc, exclude).slice(0, REPORT_LIMITS.subservice),
    cuecs: extractCuecs(doc)
      .slice(0, REPORT_LIMITS.cuecs)
      .map((c) => ({ ...c, text: clip(c.text) })),
    exceptions: tests.exceptions
      .slice(0, REPORT_LIMITS.exceptions)
      .map((e) => ({ ...e, text: clip(e.text) })),
    testsWithoutExceptions: tests.testsWithoutExceptions,
    evidence,
  };
}
