import { cleanText } from '../text/clean-text';
import { TIER_LABELS, type Vendor } from '../db/schema';
import { QUESTION_BANK, optionLabel } from '../questionnaire/bank';
import { Q } from '../questionnaire/question-ids';

/**
 * The vendor list as CSV for spreadsheets (RFC 4180). Vendor names and domains come from web pages, and
 * a spreadsheet runs a cell that starts with `=` as a formula, so every field is also defused against
 * CSV injection (OWASP).
 */

/** One vendor's line in the CSV. */
export interface VendorCsvRow {
  vendor: Vendor;
  /** Null when the vendor has not been reviewed, so the cell is empty rather than a misleading 0. */
  openQuestions: number | null;
  /** A report-type answer value ('type-2', …) or label; values are written as their labels. */
  reportType: string | null;
  windowEnd: string | null;
  staleOn: string | null;
  verdict: string | null;
}

export const CSV_HEADER = [
  'Vendor',
  'Domain',
  'Tier',
  'Verdict',
  'Report type',
  'Window end',
  'Stale from',
  'Open questions',
] as const;

/**
 * OWASP's formula triggers, plus their full-width forms, which some spreadsheet locales also accept;
 * leading spaces are skipped because some spreadsheets trim them before deciding.
 */
const FORMULA_START = /^[ ]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One field, defused and quoted as RFC 4180 requires. */
export function csvField(raw: string): string {
  // No NUL or other control character, no invisible or reversing character, reaches a spreadsheet.
  const value = cleanText(raw);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A row's values from the vendor's stored summary. The window end is there only in summaries computed
 * since it was added; older ones give null until the summary is next recomputed.
 */
export function csvRowFromVendor(vendor: Vendor): VendorCsvRow {
  const s = vendor.summary;
  return {
    vendor,
    openQuestions: s?.openQuestions ?? null,
    reportType: s?.reportType ?? null,
    windowEnd: s?.windowEnd ?? null,
    staleOn: s?.nextStaleOn ?? null,
    verdict: s?.verdict ?? null,
  };
}

/** The vendors as CSV: a header row, then one row per vendor; CRLF after every row. */
export function vendorsToCsv(rows: VendorCsvRow[]): string {
  const lines = [CSV_HEADER.map(csvField).join(',')];
  for (const r of rows) {
    const fields = [
      r.vendor.name,
      r.vendor.domain ?? '',
      TIER_LABELS[r.vendor.tier] ?? r.vendor.tier,
      r.verdict ?? '',
      r.reportType ? optionLabel(QUESTION_BANK, Q.reportType, r.reportType) : '',
      r.windowEnd ?? '',
      r.staleOn ?? '',
      r.openQuestions === null ? '' : String(r.openQuestions),
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return lines.map((l) => `${l}\r\n`).join('');
}
