import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import {
  encryptedPath,
  fixtureBytes,
  longReportPath,
  notPdfPath,
  PASSWORD,
  truncatedPath,
} from '../../tests/helpers/report-fixtures';
import { ReportReadError, type ReadErrorCode } from './errors';
import { readPdfText } from './read-pdf';
import { readReport } from './read-report';

const bytesOf = async (path: Promise<string>) => new Uint8Array(readFileSync(await path));

async function failure(promise: Promise<unknown>): Promise<ReadErrorCode> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ReportReadError);
  return (e as ReportReadError).code;
}

describe('readPdfText', () => {
  it('reads pages with their printed labels, headers, footers and watermark removed', async () => {
    const { pages, pageCount, textLayer } = await readPdfText(pdfjs, await fixtureBytes('nimbus-soc2-type2'));
    expect(textLayer).toBe(true);
    expect(pages).toHaveLength(pageCount);
    expect(pages.slice(0, 3).map((p) => p.pageLabel)).toEqual(['i', 'ii', '1']);
    const all = pages.flatMap((p) => p.lines);
    expect(all).toContain('Section I: Independent Service Auditor’s Report');
    expect(all.filter((l) => /^Confidential \| Page \d+ of \d+$|^CONFIDENTIAL$/.test(l))).toEqual([]);
  });

  it('leaves the caller’s bytes intact (pdf.js detaches what it is given)', async () => {
    const bytes = await fixtureBytes('helio-soc3');
    const before = bytes.length;
    await readPdfText(pdfjs, bytes);
    expect(bytes.length).toBe(before);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('reads a scanned PDF without error: no text layer, nothing extracted', async () => {
    const bytes = await fixtureBytes('scanned-report-image-only');
    const text = await readPdfText(pdfjs, bytes);
    expect(text).toMatchObject({ pageCount: 2, textLayer: false });
    expect(text.pages.every((p) => p.lines.length === 0)).toBe(true);
    const reading = await readReport(pdfjs, bytes);
    expect(reading).toMatchObject({ textLayer: false, report: { kind: 'other', serviceOrganization: null } });
  });

  it('rejects a file that is not a PDF, and an empty one', async () => {
    expect(await failure(readPdfText(pdfjs, await bytesOf(notPdfPath())))).toBe('not-pdf');
    expect(await failure(readPdfText(pdfjs, new Uint8Array()))).toBe('not-pdf');
  });

  it('rejects a damaged PDF', async () => {
    expect(await failure(readPdfText(pdfjs, await bytesOf(truncatedPath())))).toBe('damaged');
  });

  it('tells "needs a password" from "wrong password", and opens with the right one', async () => {
    const bytes = await bytesOf(encryptedPath());
    expect(await failure(readPdfText(pdfjs, bytes))).toBe('needs-password');
    expect(await failure(readPdfText(pdfjs, bytes, { password: 'not it' }))).toBe('wrong-password');
    const { pages } = await readPdfText(pdfjs, bytes, { password: PASSWORD });
    expect(pages.flatMap((p) => p.lines)).toContain('Section I: Independent Service Auditor’s Report');
  });

  it('gives each error a sentence for the reviewer', () => {
    expect(new ReportReadError('needs-password').message).toMatch(/password/);
    expect(new ReportReadError('not-pdf').message).toMatch(/not a PDF/);
  });
});

describe('readPdfText on a 500-page file', () => {
  it('reports progress page by page and stops at the page cap', async () => {
    const bytes = await bytesOf(longReportPath(500));
    const progress: [number, number][] = [];
    const text = await readPdfText(pdfjs, bytes, {
      maxPages: 60,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(text.pageCount).toBe(500);
    expect(text.pages).toHaveLength(60);
    expect(progress).toHaveLength(60);
    expect(progress[0]).toEqual([1, 60]);
    expect(progress.at(-1)).toEqual([60, 60]);
    expect(text.pages[0]!.lines[0]).toBe('Line 1 of page 1: the backups were tested.');
  });

  it('reads all 500 pages in bounded time, yielding to the event loop', async () => {
    const bytes = await bytesOf(longReportPath(500));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const start = performance.now();
    const text = await readPdfText(pdfjs, bytes);
    clearInterval(timer);
    expect(text.pages).toHaveLength(500);
    expect(performance.now() - start).toBeLessThan(30_000);
    // Timers ran while the file was read: the reader never held the thread for the whole file.
    expect(ticks).toBeGreaterThan(5);
  }, 40_000);

  it('stops when cancelled and says so', async () => {
    const bytes = await bytesOf(longReportPath(500));
    const controller = new AbortController();
    let last = 0;
    const code = await failure(
      readPdfText(pdfjs, bytes, {
        signal: controller.signal,
        onProgress: (done) => {
          last = done;
          if (done === 20) controller.abort();
        },
      }),
    );
    expect(code).toBe('cancelled');
    expect(last).toBeLessThan(25);
  });

  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(
      await failure(readPdfText(pdfjs, await bytesOf(longReportPath(500)), { signal: controller.signal })),
    ).toBe('cancelled');
  });
});
