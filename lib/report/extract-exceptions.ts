/**
 * Exceptions from the tests-of-controls tables (3 to 5 columns: control id, control activity, test
 * procedure, results). A row starts at a control id in its first cells and gathers its wrapped lines by
 * column; its result is its last non-empty cell. "Exception noted. …", "Deviations noted: …" is an
 * exception; "No exceptions noted." / "No deviations noted." is a test passed, counted so the UI can say
 * "0 exceptions across N tests". Tables in the auditor's report, management's assertion and the "other
 * information" part (management's responses) are not tests and are skipped.
 */
import { cells, isTableLine, sectionRange, type ReportDoc } from './doc';
import type { ControlException } from './schema';

/** "CC6.1", "A1.2", "PI1.3", "CA-01", "AC 12", "1.01", "10.2.1", "7". */
const CONTROL_ID =
  /^(?:[A-Z]{1,6}[- ]?\d{1,4}(?:\.\d{1,3}){0,3}[a-z]?|\d{1,3}(?:\.\d{1,3}){1,3}|\d{1,3}\.?)$/;
/** "CA-01: The entity …" in a table whose first column holds the activity. */
const LEADING_ID = /^([A-Z]{1,6}[- ]?\d{1,4}(?:\.\d{1,3}){0,3}|\d{1,3}(?:\.\d{1,3}){1,3})[:.)]?\s+\S/;
/** A criterion reference, less specific than a control number when a row has both. */
const CRITERION = /^(?:CC|A|C|PI|P)\d{1,2}\.\d{1,2}$/;
const HEADER_WORDS = /\b(?:control|test|result|criteri|activit|procedure|no\.|#|ref|description|objective)/i;

const FINDING =
  /(\bno\s+(?:(?:relevant|significant|material|other)\s+)?|\b(?:zero|0)\s+)?\b(?:exceptions?|deviations?)\b\s*(?:was\s+|were\s+)?(?:noted|identified|observed|found|detected)?\b(\s*[:\-–]\s*(?:none|n\/a|not applicable)\b)?/gi;
const NONE_NOTED = /^\s*(?:none noted|no findings)\b/i;

export type TestResult = 'exception' | 'none';

/** Whether a result cell reports an exception, a clean test, or neither (e.g. "Not tested"). */
export function classifyResult(text: string): TestResult | null {
  let none = NONE_NOTED.test(text);
  for (const m of text.matchAll(FINDING)) {
    // "Exceptions" alone in a sentence about something else is no finding: it needs "noted" or a colon.
    const stated =
      /(?:noted|identified|observed|found|detected)$/i.test(m[0].trim()) ||
      /[:\-–]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    if (m[1] || m[2]) none = true;
    else if (stated) return 'exception';
  }
  return none ? 'none' : null;
}

/** Whether a cell opens a new result ("No exceptions noted.", "Exception noted: …"). */
const startsResult = (cell: string) =>
  /^(?:no\s+(?:\w+\s+)?(?:exceptions?|deviations?)|(?:exceptions?|deviations?)\b|none noted)/i.test(cell);

interface Row {
  control: string;
  cells: string[];
  page: string;
}

/** The control a row is about: its id cell (a control number beats a criterion reference). */
function rowControl(row: readonly string[]): string | null {
  const ids: string[] = [];
  for (const c of row) {
    if (CONTROL_ID.test(c)) ids.push(c);
    else break;
  }
  // "CC6.1 | CA-12 | …" or "CO1 | 1.01 | …": the control number is the last id that is not a criterion.
  if (ids.length) return ids.filter((id) => !CRITERION.test(id)).at(-1) ?? ids.at(-1)!;
  const lead = LEADING_ID.exec(row[0] ?? '');
  return lead ? lead[1]! : null;
}

const resultOf = (row: Row) => [...row.cells].reverse().find((c, i) => c && i < row.cells.length - 1) ?? '';

export interface TestFindings {
  exceptions: ControlException[];
  testsWithoutExceptions: number;
}

export function extractExceptions(doc: ReportDoc): TestFindings {
  const skipped = (['auditor', 'assertion', 'other'] as const).map((k) => sectionRange(doc, k));
  const out: TestFindings = { exceptions: [], testsWithoutExceptions: 0 };
  let row: Row | null = null;
  const close = () => {
    if (!row) return;
    const result = resultOf(row).replace(/\s+/g, ' ').trim();
    const verdict = classifyResult(result);
    if (verdict === 'exception') out.exceptions.push({ control: row.control, text: result, page: row.page });
    else if (verdict === 'none') out.testsWithoutExceptions++;
    row = null;
  };
  for (let i = 0; i < doc.lines.length; i++) {
    if (skipped.some((r) => i >= r.start && i < r.end)) {
      close();
      continue;
    }
    const { text, page } = doc.lines[i]!;
    if (!isTableLine(text)) {
      // A result cell that goes on over a page break arrives as a plain lowercase line.
      const open = row && !/[.;:]$/.test(row.cells.at(-1) ?? '');
      if (open && /^[a-z]/.test(text)) row!.cells[row!.cells.length - 1] += ` ${text}`;
      else close();
      continue;
    }
    const line = cells(text);
    const control = line[0] ? rowControl(line) : null;
    if (control) {
      close();
      row = { control, cells: line, page };
    } else if (line[0] && line.every((c) => c.length <= 60) && line.some((c) => HEADER_WORDS.test(c))) {
      // A header row, repeated after a page break: the row above may continue below it.
    } else if (row) {
      const last = line.length - 1;
      // A merged id cell: the next control's row has no id of its own, only a fresh result.
      if (last > 0 && line[last] && startsResult(line[last]!) && classifyResult(resultOf(row))) {
        const control: string = row.control;
        close();
        row = { control, cells: line, page };
      } else line.forEach((c, n) => (row!.cells[n] = [row!.cells[n], c].filter(Boolean).join(' ')));
    }
  }
  close();
  return out;
}
