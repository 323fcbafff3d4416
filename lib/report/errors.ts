/**
 * Why a report file could not be read, with the sentence the side panel shows. An image-only PDF is not
 * here: it reads fine and simply has no text layer.
 */

export const READ_ERROR_MESSAGES = {
  'not-pdf': 'This file is not a PDF. Choose the SOC report as a PDF file.',
  damaged: 'This PDF is damaged and cannot be read. Ask the vendor for a fresh copy of the report.',
  'needs-password': 'This PDF is protected by a password. Enter the password the vendor gave you to read it.',
  'wrong-password': 'That password does not open this PDF. Check it and try again.',
  cancelled: 'Reading the report was cancelled.',
} as const;

export type ReadErrorCode = keyof typeof READ_ERROR_MESSAGES;

export class ReportReadError extends Error {
  override readonly name = 'ReportReadError';

  constructor(
    readonly code: ReadErrorCode,
    options?: { cause?: unknown },
  ) {
    super(READ_ERROR_MESSAGES[code], options);
  }
}

export const isReportReadError = (e: unknown): e is ReportReadError => e instanceof ReportReadError;
