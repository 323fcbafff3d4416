/**
 * Command-line scanner: runs the extension's own detect() + withRegistrableDomain() on saved HTML.
 *
 *   npm run -s scan -- <file.html> --url <url>     → one JSON object
 *   npm run -s scan -- --cases <cases.json>        → JSON array, one object per case, in order
 *
 * The HTML is read as served: happy-dom with script evaluation and every resource load disabled, so
 * client-rendered portals show only their served markup. Stdout carries JSON only; diagnostics go to
 * stderr. Exit codes: 0 ok, 1 some case file unreadable (its slot holds {url, error}), 2 bad usage or
 * an unreadable / invalid cases file.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { scanHtml } from './scan-html';

const USAGE = 'usage: scan <file.html> --url <url> | scan --cases <cases.json>';

class UsageError extends Error {}

function checkUrl(url: string): string {
  try {
    if (/^https?:$/.test(new URL(url).protocol)) return url;
  } catch {
    // Fall through to the usage error below.
  }
  throw new UsageError(`invalid --url: ${JSON.stringify(url).slice(0, 200)}`);
}

interface Case {
  file: string;
  url: string;
}

async function readCases(path: string): Promise<Case[]> {
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
  data.forEach((c, i) => {
    if (!c || typeof c !== 'object' || typeof c.file !== 'string' || typeof c.url !== 'string')
      throw new UsageError(`${path}: case ${i} needs string "file" and "url"`);
    checkUrl(c.url);
  });
  return data as Case[];
}

async function main(argv: string[]): Promise<number> {
  let url: string | undefined;
  let cases: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url' || a === '--cases') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      if (a === '--url') url = v;
      else cases = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }

  if (cases !== undefined) {
    if (files.length || url !== undefined) throw new UsageError('--cases takes no file or --url');
    const list = await readCases(cases);
    const base = dirname(resolve(cases));
    const out: unknown[] = [];
    let failed = false;
    for (const c of list) {
      let html: string;
      try {
        html = await readFile(resolve(base, c.file), 'utf8');
      } catch (e) {
        failed = true;
        process.stderr.write(`scan: ${c.file}: ${(e as Error).message}\n`);
        out.push({
          url: c.url,
          error: `cannot read ${c.file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`,
        });
        continue;
      }
      out.push(await scanHtml(html, c.url));
    }
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return failed ? 1 : 0;
  }

  if (files.length !== 1) throw new UsageError('expected exactly one HTML file');
  if (url === undefined) throw new UsageError('--url is required');
  let html: string;
  try {
    html = await readFile(files[0]!, 'utf8');
  } catch (e) {
    process.stderr.write(`scan: ${files[0]}: ${(e as Error).message}\n`);
    process.stdout.write(JSON.stringify({ url, error: `cannot read ${files[0]}` }) + '\n');
    return 1;
  }
  process.stdout.write(JSON.stringify(await scanHtml(html, checkUrl(url)), null, 2) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const msg =
      e instanceof UsageError ? `scan: ${e.message}. ${USAGE}` : `scan: ${(e as Error)?.message ?? e}`;
    process.stderr.write(msg.replace(/\s*\n\s*/g, ' ') + '\n');
    process.exitCode = 2;
  },
);

/* Test pages: tests/fixtures/pages/cases.json and tests/fixtures/extra/cases.json (scan.test.ts). */
