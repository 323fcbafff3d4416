/**
 * Command-line report reader: runs the extension's own PDF reader and extractors on SOC report PDFs.
 *
 *   npm run -s read-report -- <report.pdf>            → one JSON object
 *   npm run -s read-report -- --cases <cases.json>    → JSON array, one object per case, in order
 *
 * A cases file is a JSON array of {"file": "…"} with paths relative to the cases file. Stdout carries
 * JSON only; diagnostics go to stderr. Exit codes: 0 ok, 1 some file could not be read (not a PDF,
 * damaged, password-protected, missing: its slot holds {file, error}), 2 bad usage or an unreadable /
 * invalid cases file. Nothing is sent anywhere: the PDF is read in this process.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isCliError, readReportFile } from './read-report-file';

const USAGE = 'usage: read-report <report.pdf> | read-report --cases <cases.json>';

class UsageError extends Error {}

async function readCases(path: string): Promise<string[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read cases file ${path}: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new UsageError(`invalid JSON in ${path}: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) throw new UsageError(`${path}: expected a JSON array of cases`);
  return data.map((c: unknown, i) => {
    const file = (c as { file?: unknown } | null)?.file;
    if (typeof file !== 'string' || !file) throw new UsageError(`${path}: case ${i} needs a string "file"`);
    return file;
  });
}

async function main(argv: string[]): Promise<number> {
  let cases: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--cases') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      cases = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }

  if (cases !== undefined) {
    if (files.length) throw new UsageError('--cases takes no file');
    const list = await readCases(cases);
    const base = dirname(resolve(cases));
    const out = [];
    for (const file of list) out.push(await readReportFile(resolve(base, file), file));
    for (const r of out.filter(isCliError)) process.stderr.write(`read-report: ${r.file}: ${r.error}\n`);
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return out.some(isCliError) ? 1 : 0;
  }

  if (files.length !== 1) throw new UsageError('expected exactly one PDF file');
  const result = await readReportFile(files[0]!);
  if (isCliError(result)) process.stderr.write(`read-report: ${result.file}: ${result.error}\n`);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return isCliError(result) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const msg =
      e instanceof UsageError
        ? `read-report: ${e.message}. ${USAGE}`
        : `read-report: ${(e as Error)?.message ?? e}`;
    process.stderr.write(msg.replace(/\s*\n\s*/g, ' ') + '\n');
    process.exitCode = 2;
  },
);
