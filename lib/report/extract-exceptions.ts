/**
 * Exceptions from the tests-of-controls tables (3 to 5 columns: control id, control activity, test
 * procedure, results). A row starts at a control id in its first cells and gathers its wrapped lines by
 * column; its result is its last non-empty cell. "Exception noted. …", "Deviations noted: …" is an
 * exception; "No exceptions noted." / "No deviations noted." is a test passed, counted so the UI can say
 * "0 exceptions across N tests". Tables in the auditor's report, management's assertion and the "other
 * information" part (management's responses) are not tests and are skipped.
 */
import { cells, isTableLine } from './cells';
import { sectionRange, type ReportDoc } from './doc';
import { headingText } from './headings';
import type { ControlException } from './schema';

/** "CC6.1", "A1.2", "PI1.3", "CA-01", "AC 12", "1.01", "10.2.1", "7". */
const CONTROL_ID =
  /^(?:[A-Z]{1,6}[- ]?\d{1,4}(?:\.\d{1,3}){0,3}[a-z]?|\d{1,3}(?:\.\d{1,3}){1,3}|\d{1,3}\.?)$/;
/** "CA-01: The entity …" in a table whose first column holds the activity. */
const LEADING_ID = /^([A-Z]{1,6}[- ]?\d{1,4}(?:\.\d{1,3}){0,3}|\d{1,3}(?:\.\d{1,3}){1,3})[:.)]?\s+\S/;
/** A criterion reference, less specific than a control number when a row has both. */
const CRITERION = /^(?:CC|A|C|PI|P)\d{1,2}\.\d{1,2}$/;
const HEADER_WORDS = /\b(?:control|test|result|criteri|activit|procedure|no\.|#|ref|description|objective)/i;

/** "No exceptions", "No relevant deviations", "0 exceptions": group 1 when a finding is denied. */
const DENIED = /(\bno\s+(?:(?:relevant|significant|material|other)\s+)?|\b(?:zero|0)\s+)?/;
const FINDING_WORD = /\b(?:exceptions?|deviations?)\b/;
const NOTED = /\s*(?:was\s+|were\s+)?(?:noted|identified|observed|found|detected)?\b/;
/** "Exceptions noted: None": group 2. */
const NONE_AFTER = /(\s*[:\-–]\s*(?:none|n\/a|not applicable)\b)?/;
const FINDING = new RegExp([DENIED, FINDING_WORD, NOTED, NONE_AFTER].map((p) => p.source).join(''), 'gi');
const NONE_NOTED = /^\s*(?:none noted|no findings)\b/i;
/** "… testing identified one exception", "… noted 2 deviations"; "noted no exceptions" is clean. */
const FINDING_VERB = /\b(?:identified|revealed|found|noted|observed|detected)\s+/;
const HOW_MANY = /(?:(no|zero)\s+|(?:one|two|three|four|five|\d+|an?|several|multiple|the following)\s+)?/;
const VERB_FIRST = new RegExp([FINDING_VERB, HOW_MANY, FINDING_WORD].map((p) => p.source).join(''), 'gi');

export type TestResult = 'exception' | 'none';

/**
 * The finding a result states and where its words start; null for neither (e.g. "Not tested"). The first
 * finding counts: "Exception noted … No other exceptions noted." is an exception, "No exceptions noted."
 * followed by a note about last year's exception is not.
 */
export function findResult(text: string): { result: TestResult; index: number } | null {
  const found: { result: TestResult; index: number }[] = [];
  if (NONE_NOTED.test(text)) found.push({ result: 'none', index: 0 });
  for (const m of text.matchAll(FINDING)) {
    // "Exceptions" alone in a sentence about something else is no finding: it needs "noted" or a colon.
    const stated =
      /(?:noted|identified|observed|found|detected)$/i.test(m[0].trim()) ||
      /[:\-–]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    if (m[1] || m[2]) found.push({ result: 'none', index: m.index });
    else if (stated) found.push({ result: 'exception', index: m.index });
  }
  for (const m of text.matchAll(VERB_FIRST))
    found.push({ result: m[1] ? 'none' : 'exception', index: m.index });
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

/** Whether a result cell reports an exception, a clean test, or neither. */
export const classifyResult = (text: string): TestResult | null => findResult(text)?.result ?? null;

/** Whether a cell opens a new result ("No exceptions noted.", "Exception noted: …"). */
const startsResult = (cell: string) =>
  /^(?:no\s+(?:\w+\s+)?(?:exceptions?|deviations?)|(?:exceptions?|deviations?)\b|none noted)/i.test(cell);

/** A control id that cannot be a list number, for rows read from plain lines. */
const PLAIN_ROW = /^((?:[A-Z]{1,6}[- ]?\d{1,4}(?:\.\d{1,3}){0,3}|\d{1,3}(?:\.\d{1,3}){1,3}))[:.)]?\s+(\S.*)$/;

interface Row {
  control: string;
  cells: string[];
  page: string;
  /** Read from lines without cells (a table whose columns sit too close to tell apart). */
  plain: boolean;
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
const isHeaderRow = (line: readonly string[]) =>
  !!line[0] && line.every((c) => c.length <= 60) && line.some((c) => HEADER_WORDS.test(c));

export interface TestFindings {
  exceptions: ControlException[];
  testsWithoutExceptions: number;
}

/** Collects rows one at a time and counts what each one's result says. */
class RowReader {
  readonly out: TestFindings = { exceptions: [], testsWithoutExceptions: 0 };
  row: Row | null = null;

  start(control: string, cells: string[], page: string, plain = false) {
    this.close();
    this.row = { control, cells, page, plain };
  }

  close() {
    const row = this.row;
    this.row = null;
    if (!row) return;
    const text = resultOf(row).replace(/\s+/g, ' ').trim();
    const found = findResult(text);
    // A plain row holds activity, test and result in one text: the result starts at the finding.
    if (found?.result === 'exception')
      this.out.exceptions.push({
        control: row.control,
        text: row.plain ? text.slice(found.index) : text,
        page: row.page,
      });
    else if (found?.result === 'none') this.out.testsWithoutExceptions++;
  }

  /** A line of cells: a new row, a repeated header, or the wrapped rest of the current row. */
  tableLine(line: string[], page: string) {
    const control = line[0] ? rowControl(line) : null;
    if (control) return this.start(control, line, page);
    // A header row, repeated after a page break: the row above may continue below it.
    if (isHeaderRow(line) || !this.row || this.row.plain) return;
    const row = this.row;
    const last = line.length - 1;
    // A merged id cell: the next control's row has no id of its own, only a fresh result.
    if (last > 0 && line[last] && startsResult(line[last]!) && classifyResult(resultOf(row)))
      return this.start(row.control, line, page);
    line.forEach((c, n) => (row.cells[n] = [row.cells[n], c].filter(Boolean).join(' ')));
  }

  /** A line without cells: the rest of a plain row, a cell going on over a page break, or the end. */
  plainLine(text: string, page: string, inTests: boolean) {
    const plain = inTests ? PLAIN_ROW.exec(text) : null;
    if (plain && CONTROL_ID.test(plain[1]!)) return this.start(plain[1]!, [plain[1]!, plain[2]!], page, true);
    const row = this.row;
    const open = row && !/[.;:]$/.test(row.cells.at(-1) ?? '');
    if (row?.plain && !headingText(text)) row.cells[1] += ` ${text}`;
    else if (row && open && /^[a-z]/.test(text)) row.cells[row.cells.length - 1] += ` ${text}`;
    else this.close();
  }
}

export function extractExceptions(doc: ReportDoc): TestFindings {
  const skipped = (['auditor', 'assertion', 'other'] as const).map((k) => sectionRange(doc, k));
  const tests = sectionRange(doc, 'controls');
  const reader = new RowReader();
  for (let i = 0; i < doc.lines.length; i++) {
    const { text, page } = doc.lines[i]!;
    if (skipped.some((r) => i >= r.start && i < r.end)) reader.close();
    else if (isTableLine(text)) reader.tableLine(cells(text), page);
    else reader.plainLine(text, page, i >= tests.start && i < tests.end);
  }
  reader.close();
  return reader.out;
}
