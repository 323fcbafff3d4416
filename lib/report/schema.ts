import { z } from '../zod';
import { isoDateSchema } from '../dates/iso-date-schema';

/**
 * What Vendorscope reads out of a SOC report PDF. The reader fills a field only when the report states it;
 * every filled scalar has its quote and page in `evidence`, every list item carries its own page.
 * Stored in IndexedDB next to the assessment and re-validated on read.
 *
 * The schemas are built on first use (`reportReadingSchema` is lazy): every page that stores records
 * imports this file, and most open without a report reading to check.
 */

export const REPORT_KINDS = ['soc2-type2', 'soc2-type1', 'soc3', 'soc1', 'other'] as const;
export const OPINIONS = ['unmodified', 'qualified', 'adverse', 'disclaimer'] as const;
/** The five trust services categories, as the report names them in its scope statement. */
export const CRITERIA = [
  'security',
  'availability',
  'processing-integrity',
  'confidentiality',
  'privacy',
] as const;
export const SUBSERVICE_METHODS = ['carve-out', 'inclusive'] as const;
export const QUOTE_MAX = 500;
/** The most a stored reading holds; the extractor clips to them (extract.ts). */
export const REPORT_LIMITS = { subservice: 100, cuecs: 500, exceptions: 2000, text: 2000 } as const;
/** The scalar fields that carry evidence. */
export const EVIDENCE_FIELDS = [
  'kind',
  'serviceOrganization',
  'auditor',
  'periodStart',
  'periodEnd',
  'asOf',
  'reportDate',
  'opinion',
  'criteria',
] as const;

function buildSchemas() {
  /** The printed page label when the PDF defines one ("iv", "12"), else the 1-based page number. */
  const pageRef = z.string().check(z.minLength(1), z.maxLength(40));
  const quote = z.string().check(z.maxLength(QUOTE_MAX));
  const evidence = z.object({ quote, page: pageRef });
  const subserviceOrg = z.object({
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    /** Null when the report names the organisation but never says how it is treated. */
    method: z.nullable(z.enum(SUBSERVICE_METHODS)),
    quote,
    page: pageRef,
  });
  const cuec = z.object({
    text: z.string().check(z.minLength(1), z.maxLength(REPORT_LIMITS.text)),
    page: pageRef,
  });
  const controlException = z.object({
    control: z.string().check(z.minLength(1), z.maxLength(40)),
    /** The test result as the auditor wrote it ("Exception noted. For 2 of 25 …"). */
    text: z.string().check(z.minLength(1), z.maxLength(REPORT_LIMITS.text)),
    page: pageRef,
  });
  const extractedReport = z.object({
    kind: z.enum(REPORT_KINDS),
    serviceOrganization: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
    auditor: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
    periodStart: z.nullable(isoDateSchema),
    periodEnd: z.nullable(isoDateSchema),
    asOf: z.nullable(isoDateSchema),
    reportDate: z.nullable(isoDateSchema),
    opinion: z.nullable(z.enum(OPINIONS)),
    criteria: z.array(z.enum(CRITERIA)).check(z.maxLength(CRITERIA.length)),
    subservice: z.array(subserviceOrg).check(z.maxLength(REPORT_LIMITS.subservice)),
    cuecs: z.array(cuec).check(z.maxLength(REPORT_LIMITS.cuecs)),
    exceptions: z.array(controlException).check(z.maxLength(REPORT_LIMITS.exceptions)),
    /** Tests whose result reads "no exceptions noted": shown as "0 exceptions across N tests", never as a verdict. */
    testsWithoutExceptions: z.number().check(z.int(), z.nonnegative()),
    evidence: z.partialRecord(z.enum(EVIDENCE_FIELDS), evidence),
  });
  /** One reading of a report file: how much of it had text, and what it says. */
  const reading = z.object({
    pageCount: z.number().check(z.int(), z.nonnegative()),
    /** Fewer than `pageCount` when the page cap stopped the reader. */
    pagesRead: z.number().check(z.int(), z.nonnegative()),
    /** False for a scanned (image-only) PDF: nothing could be read, which is not an error. */
    textLayer: z.boolean(),
    report: extractedReport,
  });
  /** A page of text in reading order, running headers, footers and watermarks removed. */
  const page = z.object({
    /** 0-based position in the file. */
    pageIndex: z.number().check(z.int(), z.nonnegative()),
    /** The printed page label ("iv", "12"), else the 1-based page number. */
    pageLabel: pageRef,
    /** Table rows have their cells joined by " | ". */
    lines: z.array(z.string()),
  });
  return { evidence, subserviceOrg, cuec, controlException, extractedReport, reading, page };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= buildSchemas());

export const reportReadingSchema = z.lazy(() => schemas().reading);
export const extractedReportSchema = z.lazy(() => schemas().extractedReport);

export type ReportKind = (typeof REPORT_KINDS)[number];
export type Opinion = (typeof OPINIONS)[number];
export type Criterion = (typeof CRITERIA)[number];
export type SubserviceMethod = (typeof SUBSERVICE_METHODS)[number];
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];
export type Evidence = z.infer<Schemas['evidence']>;
/** One fact found by an extractor: the value, the sentence it came from and its page. */
export interface Fact<T> extends Evidence {
  value: T;
}
export type SubserviceOrg = z.infer<Schemas['subserviceOrg']>;
export type Cuec = z.infer<Schemas['cuec']>;
export type ControlException = z.infer<Schemas['controlException']>;
export type ExtractedReport = z.infer<Schemas['extractedReport']>;
export type ReportReading = z.infer<Schemas['reading']>;
export type ReportPage = z.infer<Schemas['page']>;
