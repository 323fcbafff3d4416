/**
 * PDF bytes → pages of text, with pdf.js passed in: `pdfjs-dist/legacy/build/pdf.mjs` in Node (the
 * standard build needs DOMMatrix), the standard build in the extension page. The file never leaves the
 * machine: pdf.js gets the bytes, no URL, so it has nothing to fetch.
 *
 * Bounded: at most `maxPages` pages are read, the reader yields to the event loop between pages so a long
 * report keeps the page responsive, reports progress, and stops as soon as the signal is aborted.
 */
import { ReportReadError } from './errors';
import { pageLines, type TextRun } from './reading-order';
import { stripRunningLines } from './running-lines';
import type { ReportPage } from './schema';

/** The part of the pdf.js module the reader uses; both builds of pdfjs-dist 5 fit it. */
export interface PdfJs {
  getDocument(params: {
    data: Uint8Array;
    password?: string;
    isEvalSupported: boolean;
    verbosity?: number;
    disableFontFace?: boolean;
    stopAtErrors?: boolean;
  }): PdfLoadingTask;
}
interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  getPageLabels(): Promise<string[] | null>;
}
interface PdfPage {
  getTextContent(): Promise<{ items: readonly object[] }>;
  cleanup(): unknown;
}

export interface ReadPdfOptions {
  signal?: AbortSignal;
  /** Called after each page with the pages read so far and the pages that will be read. */
  onProgress?: (done: number, total: number) => void;
  /** Used for this reading only; never kept. */
  password?: string;
  /** @default 600 */
  maxPages?: number;
}

export interface PdfText {
  pages: ReportPage[];
  /** Pages in the file; `pages` is shorter when the file has more than `maxPages`. */
  pageCount: number;
  /** False when no page has any text: a scanned report. */
  textLayer: boolean;
}

export const DEFAULT_MAX_PAGES = 600;
/** Pages asked of pdf.js ahead of the one being ordered. */
const PAGES_AHEAD = 4;
/** Hand the event loop back at least this often (ms) while reading. */
const SLICE_MS = 12;
/** pdf.js `PasswordResponses`: 1 = a password is needed, 2 = the one given is wrong. */
const INCORRECT_PASSWORD = 2;
/** pdf.js VerbosityLevel.ERRORS: font warnings about rendering are noise for a text reader. */
const ERRORS_ONLY = 0;

/** A PDF starts with "%PDF-" in its first kilobyte (pdf.js, like Acrobat, allows junk before it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

const isTextRun = (item: object): item is TextRun => 'str' in item && 'transform' in item;

/**
 * Hands the event loop back: scheduler.yield() where the browser has it, else a message to ourselves.
 * Not setTimeout(0): browsers clamp nested timeouts to 4 ms, which over a long report adds up.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function toReadError(e: unknown, signal: AbortSignal | undefined, password: string | undefined): Error {
  if (e instanceof ReportReadError) return e;
  if (signal?.aborted) return new ReportReadError('cancelled', { cause: e });
  const err = e as { name?: string; code?: number } | null;
  if (err?.name === 'PasswordException')
    return new ReportReadError(
      err.code === INCORRECT_PASSWORD || password ? 'wrong-password' : 'needs-password',
      { cause: e },
    );
  return new ReportReadError('damaged', { cause: e });
}

/** Reads the text of a PDF, page by page, in reading order and without running headers and footers. */
export async function readPdfText(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<PdfText> {
  const { signal, onProgress, password, maxPages = DEFAULT_MAX_PAGES } = options;
  if (signal?.aborted) throw new ReportReadError('cancelled');
  if (!looksLikePdf(bytes)) throw new ReportReadError('not-pdf');

  // pdf.js transfers (detaches) the buffer it is given: give it a copy so the caller's bytes survive.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    password,
    isEvalSupported: false,
    verbosity: ERRORS_ONLY,
    disableFontFace: true,
  });
  const cancel = () => void task.destroy();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const doc = await task.promise;
    const pageCount = doc.numPages;
    const total = Math.min(pageCount, Math.max(0, maxPages));
    const raw: string[][] = [];
    let sliceStart = Date.now();
    // A few pages are asked for ahead, so pdf.js's worker parses the next pages while this thread
    // orders the text of the current one.
    const ahead = new Map<number, ReturnType<typeof pageText>>();
    const pageText = async (n: number) => {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      page.cleanup();
      return content;
    };
    const request = (n: number) => {
      if (n > total || ahead.has(n)) return;
      const text = pageText(n);
      text.catch(() => undefined); // a page left unread when cancelled must not reject unhandled
      ahead.set(n, text);
    };
    for (let n = 1; n <= total; n++) {
      if (signal?.aborted) throw new ReportReadError('cancelled');
      for (let k = n; k < n + PAGES_AHEAD; k++) request(k);
      const content = await ahead.get(n)!;
      ahead.delete(n);
      raw.push(pageLines(content.items.filter(isTextRun)));
      onProgress?.(n, total);
      if (Date.now() - sliceStart >= SLICE_MS) {
        await nextTask();
        sliceStart = Date.now();
      }
    }
    if (signal?.aborted) throw new ReportReadError('cancelled');
    const labels = await doc.getPageLabels().catch(() => null);
    const pages = stripRunningLines(raw).map((lines, pageIndex) => ({
      pageIndex,
      pageLabel: labels?.[pageIndex]?.trim() || String(pageIndex + 1),
      lines,
    }));
    return { pages, pageCount, textLayer: raw.some((lines) => lines.length > 0) };
  } catch (e) {
    throw toReadError(e, signal, password);
  } finally {
    signal?.removeEventListener('abort', cancel);
    await task.destroy().catch(() => undefined);
  }
}
