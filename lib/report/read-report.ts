/**
 * The one call the extension page makes: the PDF's bytes in, what the report says out. Runs where the
 * file is (the side panel); nothing is sent anywhere.
 *
 *   const pdfjs = await import('pdfjs-dist');            // Node: 'pdfjs-dist/legacy/build/pdf.mjs'
 *   const reading = await readReport(pdfjs, bytes, { signal, onProgress });
 */
import { extractReport, emptyReport } from './extract';
import { readPdfText, type PdfJs, type ReadPdfOptions } from './read-pdf';
import type { ReportReading } from './schema';

/**
 * Reads and extracts a SOC report. Throws a `ReportReadError` for a file that is not a PDF, is damaged,
 * needs a (correct) password, or when the signal aborts; a scanned PDF reads fine with `textLayer: false`.
 */
export async function readReport(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<ReportReading> {
  const { pages, pageCount, textLayer } = await readPdfText(pdfjs, bytes, options);
  return {
    pageCount,
    pagesRead: pages.length,
    textLayer,
    report: textLayer ? extractReport(pages) : emptyReport(),
  };
}
