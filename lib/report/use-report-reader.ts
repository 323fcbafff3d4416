import { useCallback, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { DuplicateReportError } from '../db/report-files-repo';
import type { ReportFile } from '../db/schema';
import type { ReviewService, ReviewTarget } from '../review/service';
import { isReportReadError, READ_ERROR_MESSAGES } from './errors';

/**
 * Reads a SOC report PDF dropped into the panel, on this machine: the bytes go to pdf.js (its worker
 * is packaged in the extension, never fetched), the facts to the review service. pdf.js and the
 * reader load on the first report, not with the panel. The file itself and its text are never stored;
 * a password is used for this reading only.
 */

export type ReaderState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; done: number; total: number }
  | { step: 'password'; fileName: string; wrong: boolean }
  | { step: 'done'; file: ReportFile }
  | { step: 'failed'; fileName: string; message: string };

const PROGRESS_MS = 150;

export const NO_TEXT_LAYER = 'No text layer: this report is scanned; OCR is not supported.';
export const NOT_A_SOC_REPORT =
  'This PDF is not a SOC report: no SOC 1, SOC 2 or SOC 3 examination was found in it.';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as unknown as ArrayBuffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** pdf.js and the reader, loaded once, on the first report. */
async function loadReader() {
  const [pdfjs, { readReport }, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('./read-report'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = browser.runtime.getURL(worker.default as '/');
  return { pdfjs, readReport };
}

export function useReportReader(service: ReviewService, target: ReviewTarget | null) {
  const [state, setState] = useState<ReaderState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const pending = useRef<File | null>(null);

  const read = useCallback(
    async (file: File, password?: string) => {
      if (!target) return;
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      pending.current = file;
      setState({ step: 'reading', fileName: file.name, done: 0, total: 0 });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        // Hash before pdf.js takes the buffer (it detaches it).
        const sha256 = await sha256Hex(bytes);
        const { pdfjs, readReport } = await loadReader();
        // Progress is shown at most every PROGRESS_MS: a render per page would cost the reading time.
        let shownAt = 0;
        const reading = await readReport(pdfjs, bytes.slice(), {
          signal: controller.signal,
          password,
          onProgress: (done, total) => {
            const now = performance.now();
            if (done < total && now - shownAt < PROGRESS_MS) return;
            shownAt = now;
            setState({ step: 'reading', fileName: file.name, done, total });
          },
        });
        // Nothing worth keeping: say why, store nothing.
        if (!reading.textLayer)
          return setState({ step: 'failed', fileName: file.name, message: NO_TEXT_LAYER });
        if (reading.report.kind === 'other')
          return setState({ step: 'failed', fileName: file.name, message: NOT_A_SOC_REPORT });
        const stored = await service.addReportFile(
          target,
          { name: file.name, size: file.size, sha256 },
          reading,
        );
        pending.current = null;
        setState({ step: 'done', file: stored });
      } catch (err) {
        if (isReportReadError(err) && (err.code === 'needs-password' || err.code === 'wrong-password'))
          return setState({ step: 'password', fileName: file.name, wrong: err.code === 'wrong-password' });
        pending.current = null;
        const message =
          err instanceof DuplicateReportError || isReportReadError(err)
            ? err.message
            : `This report could not be read: ${err instanceof Error ? err.message : String(err)}`;
        setState(
          isReportReadError(err) && err.code === 'cancelled'
            ? { step: 'failed', fileName: file.name, message: READ_ERROR_MESSAGES.cancelled }
            : { step: 'failed', fileName: file.name, message },
        );
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [service, target],
  );

  return {
    state,
    /** Reads a file (again, with a password once asked). */
    add: (file: File) => void read(file),
    unlock: (password: string) => pending.current && void read(pending.current, password),
    cancel: () => {
      abort.current?.abort();
      if (state.step === 'password') {
        pending.current = null;
        setState({ step: 'idle' });
      }
    },
    dismiss: () => setState({ step: 'idle' }),
  };
}
