import { z } from 'zod';
import { isoDateSchema } from '../dates/iso-date-schema';

/**
 * What Vendorscope reads out of a SOC report PDF. The reader fills a field only when the report states it;
 * every filled scalar has its quote and page in `evidence`, every list item carries its own page.
 * Stored in IndexedDB next to the assessment and re-validated on read.
 */

export const REPORT_KINDS = ['soc2-type2', 'soc2-type1', 'soc3', 'soc1', 'other'] as const;
export const reportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof reportKindSchema>;

export const OPINIONS = ['unmodified', 'qualified', 'adverse', 'disclaimer'] as const;
export const opinionSchema = z.enum(OPINIONS);
export type Opinion = z.infer<typeof opinionSchema>;

/** The five trust services categories, as the report names them in its scope statement. */
export const CRITERIA = [
  'security',
  'availability',
  'processing-integrity',
  'confidentiality',
  'privacy',
] as const;
export const criterionSchema = z.enum(CRITERIA);
export type Criterion = z.infer<typeof criterionSchema>;

export const SUBSERVICE_METHODS = ['carve-out', 'inclusive'] as const;
export const subserviceMethodSchema = z.enum(SUBSERVICE_METHODS);
export type SubserviceMethod = z.infer<typeof subserviceMethodSchema>;

/** The printed page label when the PDF defines one ("iv", "12"), else the 1-based page number. */
export const pageRefSchema = z.string().min(1).max(40);

export const QUOTE_MAX = 500;
/** The most a stored reading holds; the extractor clips to them (extract.ts). */
export const REPORT_LIMITS = { subservice: 100, cuecs: 500, exceptions: 2000, text: 2000 } as const;
export const quoteSchema = z.string().max(QUOTE_MAX);

export const evidenceSchema = z.object({ quote: quoteSchema, page: pageRefSchema });
export type Evidence = z.infer<typeof evidenceSchema>;

/** One fact found by an extractor: the value, the sentence it came from and its page. */
export interface Fact<T> extends Evidence {
  value: T;
}

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
export const evidenceFieldSchema = z.enum(EVIDENCE_FIELDS);
export type EvidenceField = z.infer<typeof evidenceFieldSchema>;

export const subserviceOrgSchema = z.object({
  name: z.string().min(1).max(200),
  /** Null when the report names the organisation but never says how it is treated. */
  method: subserviceMethodSchema.nullable(),
  quote: quoteSchema,
  page: pageRefSchema,
});
export type SubserviceOrg = z.infer<typeof subserviceOrgSchema>;

export const cuecSchema = z.object({ text: z.string().min(1).max(REPORT_LIMITS.text), page: pageRefSchema });
export type Cuec = z.infer<typeof cuecSchema>;

export const controlExceptionSchema = z.object({
  control: z.string().min(1).max(40),
  /** The test result as the auditor wrote it ("Exception noted. For 2 of 25 …"). */
  text: z.string().min(1).max(REPORT_LIMITS.text),
  page: pageRefSchema,
});
export type ControlException = z.infer<typeof controlExceptionSchema>;

export const extractedReportSchema = z.object({
  kind: reportKindSchema,
  serviceOrganization: z.string().min(1).max(200).nullable(),
  auditor: z.string().min(1).max(200).nullable(),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  asOf: isoDateSchema.nullable(),
  reportDate: isoDateSchema.nullable(),
  opinion: opinionSchema.nullable(),
  criteria: z.array(criterionSchema).max(CRITERIA.length),
  subservice: z.array(subserviceOrgSchema).max(REPORT_LIMITS.subservice),
  cuecs: z.array(cuecSchema).max(REPORT_LIMITS.cuecs),
  exceptions: z.array(controlExceptionSchema).max(REPORT_LIMITS.exceptions),
  /** Tests whose result reads "no exceptions noted": shown as "0 exceptions across N tests", never as a verdict. */
  testsWithoutExceptions: z.number().int().nonnegative(),
  evidence: z.partialRecord(evidenceFieldSchema, evidenceSchema),
});
export type ExtractedReport = z.infer<typeof extractedReportSchema>;

/** One reading of a report file: how much of it had text, and what it says. */
export const reportReadingSchema = z.object({
  pageCount: z.number().int().nonnegative(),
  /** Fewer than `pageCount` when the page cap stopped the reader. */
  pagesRead: z.number().int().nonnegative(),
  /** False for a scanned (image-only) PDF: nothing could be read, which is not an error. */
  textLayer: z.boolean(),
  report: extractedReportSchema,
});
export type ReportReading = z.infer<typeof reportReadingSchema>;

/** A page of text in reading order, running headers, footers and watermarks removed. */
export const reportPageSchema = z.object({
  /** 0-based position in the file. */
  pageIndex: z.number().int().nonnegative(),
  /** The printed page label ("iv", "12"), else the 1-based page number. */
  pageLabel: pageRefSchema,
  /** Table rows have their cells joined by " | ". */
  lines: z.array(z.string()),
});
export type ReportPage = z.infer<typeof reportPageSchema>;
