/**
 * Field accuracy of the report reader over every generated fixture report (tests/fixtures/reports):
 * each field of each report is compared with the report's expectation file. Accuracy is correct fields
 * over all fields; a field the reader filled although the report does not state it is counted apart,
 * since that is the worse mistake (a reviewer trusts a value they see).
 *
 *   node --import tsx scripts/eval-reports.ts      → a table of every miss and the totals
 *
 * `evaluateReports()` is what `npm run eval` and eval-reports.test.ts call.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readReport } from '../lib/report/read-report';
import { reportReadingSchema } from '../lib/report/schema';
import { expectationOf, fixturePath, REPORT_IDS, type Expectation } from '../tests/helpers/report-fixtures';
import { toCliReport } from './read-report-file';

const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

export const FIELDS = [
  'textLayer',
  'kind',
  'serviceOrganization',
  'auditor',
  'periodStart',
  'periodEnd',
  'asOf',
  'reportDate',
  'opinion',
  'criteria',
  'subservice',
  'cuecs',
  'exceptions',
  'testsWithoutExceptions',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Miss {
  report: string;
  field: Field;
  expected: unknown;
  actual: unknown;
  /** The report does not state this field, yet the reader filled it. */
  filledWhereNotStated: boolean;
}

export interface Evaluation {
  reports: number;
  fields: number;
  correct: number;
  accuracy: number;
  filledWhereNotStated: number;
  misses: Miss[];
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const sorted = (xs: string[]) => [...xs].sort();

/** A comparable form of each field: lists become sorted strings, so order does not count. */
function comparable(field: Field, value: unknown): unknown {
  switch (field) {
    case 'criteria':
      return sorted(value as string[]);
    case 'subservice':
      return sorted(
        (value as { name: string; method: string | null }[]).map((s) => `${s.name} | ${s.method}`),
      );
    case 'cuecs':
      return sorted(
        (value as (string | { text: string })[]).map((c) => clean(typeof c === 'string' ? c : c.text)),
      );
    case 'exceptions':
      return sorted(
        (value as { control: string; text: string }[]).map((e) => `${e.control} | ${clean(e.text)}`),
      );
    default:
      return value;
  }
}

const isEmpty = (v: unknown) => v === null || v === 0 || (Array.isArray(v) && v.length === 0);

export async function evaluateReports(ids: readonly string[] = REPORT_IDS): Promise<Evaluation> {
  const misses: Miss[] = [];
  let fields = 0;
  for (const id of ids) {
    const expected = expectationOf(id);
    // Parsed as the extension will parse what it reads back from IndexedDB.
    const reading = reportReadingSchema.parse(
      await readReport(await pdfjs(), new Uint8Array(await readFile(await fixturePath(id)))),
    );
    // The CLI's keys are fixed and carry no test count: take it from the library's result.
    const actual: Record<Field, unknown> = {
      ...toCliReport(id, reading),
      testsWithoutExceptions: reading.report.testsWithoutExceptions,
    };
    for (const field of FIELDS) {
      fields++;
      const want = comparable(field, expected[field as keyof Expectation]);
      const got = comparable(field, actual[field]);
      if (JSON.stringify(want) === JSON.stringify(got)) continue;
      misses.push({
        report: id,
        field,
        expected: want,
        actual: got,
        filledWhereNotStated: isEmpty(want) && !isEmpty(got),
      });
    }
  }
  return {
    reports: ids.length,
    fields,
    correct: fields - misses.length,
    accuracy: (fields - misses.length) / fields,
    filledWhereNotStated: misses.filter((m) => m.filledWhereNotStated).length,
    misses,
  };
}

/** A table of each field's score over all reports, then every miss with what was expected. */
export function formatEvaluation(e: Evaluation): string {
  const cut = (v: unknown) => {
    const s = JSON.stringify(v);
    return s.length > 120 ? `${s.slice(0, 117)}…` : s;
  };
  const width = Math.max(...FIELDS.map((f) => f.length));
  const table = FIELDS.map((field) => {
    const missed = e.misses.filter((m) => m.field === field);
    const filled = missed.filter((m) => m.filledWhereNotStated).length;
    return `${field.padEnd(width)}  ${String(e.reports - missed.length).padStart(3)}/${e.reports}${filled ? `  (${filled} filled where not stated)` : ''}`;
  });
  const misses = e.misses.map(
    (m) =>
      `${m.filledWhereNotStated ? 'FILLED' : 'miss  '} ${m.report} ${m.field}\n    expected ${cut(m.expected)}\n    actual   ${cut(m.actual)}`,
  );
  return [
    ...table,
    '',
    ...misses,
    `${e.reports} reports, ${e.fields} fields: ${e.correct} correct, accuracy ${(e.accuracy * 100).toFixed(1)}%, ` +
      `${e.filledWhereNotStated} filled where the report does not state them`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  evaluateReports().then(
    (e) => {
      process.stdout.write(formatEvaluation(e) + '\n');
    },
    (e: unknown) => {
      process.stderr.write(`eval-reports: ${(e as Error)?.message ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
