/**
 * Node side of the report reader, shared by the `read-report` CLI and the accuracy evaluation: reads a
 * PDF from disk with pdf.js's legacy build (the standard build needs DOMMatrix, which Node 20 lacks) and
 * shapes the result as the CLI prints it.
 */
import { readFile } from 'node:fs/promises';
import { isReportReadError } from '../lib/report/errors';
import { readReport } from '../lib/report/read-report';
import type { ReportReading } from '../lib/report/schema';

/** What the CLI prints for one file; the key order is part of the interface. */
export interface CliReport {
  file: string;
  pages: number;
  textLayer: boolean;
  kind: ReportReading['report']['kind'];
  serviceOrganization: string | null;
  auditor: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  asOf: string | null;
  reportDate: string | null;
  opinion: ReportReading['report']['opinion'];
  criteria: ReportReading['report']['criteria'];
  subservice: { name: string; method: 'carve-out' | 'inclusive' | null }[];
  cuecs: { text: string; page: string }[];
  exceptions: { control: string; text: string; page: string }[];
  evidence: ReportReading['report']['evidence'];
}

export interface CliError {
  file: string;
  error: string;
}

export function toCliReport(file: string, reading: ReportReading): CliReport {
  const r = reading.report;
  return {
    file,
    pages: reading.pageCount,
    textLayer: reading.textLayer,
    kind: r.kind,
    serviceOrganization: r.serviceOrganization,
    auditor: r.auditor,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    asOf: r.asOf,
    reportDate: r.reportDate,
    opinion: r.opinion,
    criteria: r.criteria,
    subservice: r.subservice.map(({ name, method }) => ({ name, method })),
    cuecs: r.cuecs.map(({ text, page }) => ({ text, page })),
    exceptions: r.exceptions.map(({ control, text, page }) => ({ control, text, page })),
    evidence: r.evidence,
  };
}

/** The pdf.js build for Node, loaded once and only when a file is read. */
const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

/** Reads one report; `file` is the name to print. Unreadable files give their error, never a throw. */
export async function readReportFile(path: string, file = path): Promise<CliReport | CliError> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { file, error: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  try {
    return toCliReport(file, await readReport(await pdfjs(), bytes));
  } catch (e) {
    // A file that breaks the reader in an unforeseen way is still one unreadable file, not a usage error.
    return {
      file,
      error: isReportReadError(e) ? e.message : `This PDF could not be read: ${(e as Error)?.message ?? e}`,
    };
  }
}

export const isCliError = (r: CliReport | CliError): r is CliError => 'error' in r;
