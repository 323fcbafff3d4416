import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptedPath, fixturePath, notPdfPath, truncatedPath } from '../tests/helpers/report-fixtures';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Run the reader the way `npm run -s read-report --` does. */
const readReport = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/read-report.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** The same, without blocking: usage errors exit before pdf.js loads, so those cases can run side by side. */
const readReportAsync = (...args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/read-report.ts'), ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      (_error, out, err) => resolve({ code: child.exitCode, out, err }),
    );
  });

const KEYS = [
  'file',
  'pages',
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
  'evidence',
];

/** A folder with some fixture PDFs under short names, as a reviewer's folder of reports would be. */
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'read-report-'));
  const files: [string, Promise<string>][] = [
    ['nimbus.pdf', fixturePath('nimbus-soc2-type2')],
    ['scanned.pdf', fixturePath('scanned-report-image-only')],
    ['pentest.pdf', fixturePath('nimbus-pentest-letter')],
    ['notes.pdf', notPdfPath()],
    ['locked.pdf', encryptedPath()],
    ['broken.pdf', truncatedPath()],
  ];
  for (const [name, path] of files) copyFileSync(await path, join(dir, name));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('read-report CLI', () => {
  it('reads one report into one JSON object with exactly the documented keys', () => {
    const r = readReport(join(dir, 'nimbus.pdf'));
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(Object.keys(o)).toEqual(KEYS);
    expect(o).toMatchObject({
      pages: 12,
      textLayer: true,
      kind: 'soc2-type2',
      serviceOrganization: 'Nimbus Labs, Inc.',
      auditor: 'Ridgeway & Lowe LLP',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      asOf: null,
      reportDate: '2026-03-15',
      opinion: 'unmodified',
      criteria: ['security', 'availability', 'confidentiality'],
      subservice: [
        { name: 'Stratus Cloud Services, Inc.', method: 'carve-out' },
        { name: 'Lumen Language Models, Inc.', method: 'carve-out' },
      ],
      exceptions: [],
    });
    expect(Object.keys(o.subservice[0])).toEqual(['name', 'method']);
    expect(Object.keys(o.cuecs[0])).toEqual(['text', 'page']);
    expect(o.evidence.opinion).toEqual({ quote: expect.stringMatching(/^In our opinion/), page: '2' });
  }, 60_000);

  it('reads --cases in order, with an error slot for each unreadable file, and exits 1', () => {
    const cases = join(dir, 'cases.json');
    const names = [
      'nimbus.pdf',
      'scanned.pdf',
      'pentest.pdf',
      'notes.pdf',
      'locked.pdf',
      'broken.pdf',
      'gone.pdf',
    ];
    writeFileSync(cases, JSON.stringify(names.map((file) => ({ file }))));
    const r = readReport('--cases', cases);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as Record<string, unknown>[];
    expect(out.map((o) => o.file)).toEqual(names);
    expect(out[0]).toMatchObject({ kind: 'soc2-type2' });
    // A scanned report and a PDF that is no SOC report read fine: nothing to extract is not an error.
    expect(out[1]).toMatchObject({ textLayer: false, kind: 'other', serviceOrganization: null, cuecs: [] });
    expect(out[2]).toMatchObject({ textLayer: true, kind: 'other', opinion: null, evidence: {} });
    for (const slot of out.slice(3)) expect(Object.keys(slot)).toEqual(['file', 'error']);
    expect(out[3]!.error).toMatch(/not a PDF/);
    expect(out[4]!.error).toMatch(/password/);
    expect(out[5]!.error).toMatch(/damaged/);
    expect(out[6]!.error).toMatch(/cannot read gone\.pdf/);
  }, 60_000);

  it('exits 0 when every case reads', () => {
    const cases = join(dir, 'good.json');
    writeFileSync(cases, JSON.stringify([{ file: 'pentest.pdf' }, { file: 'scanned.pdf' }]));
    const r = readReport('--cases', cases);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(2);
  }, 60_000);

  it('exits 1 with the error object for one unreadable file', () => {
    const r = readReport(join(dir, 'locked.pdf'));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      file: join(dir, 'locked.pdf'),
      error: expect.stringMatching(/password/),
    });
  }, 60_000);

  describe.concurrent('usage errors', () => {
    it.each([
      [[]],
      [['a.pdf', 'b.pdf']],
      [['--cases']],
      [['--bogus']],
      [['--cases', 'x.json', 'a.pdf']],
      [['--cases', '/nonexistent/cases.json']],
    ])(
      'bad arguments %j exit 2 with one stderr line',
      async (args) => {
        const r = await readReportAsync(...args);
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err.trim().split('\n')).toHaveLength(1);
      },
      30_000,
    );

    it.each([['{not json'], ['{"file":"a.pdf"}'], ['[{"name":"a.pdf"}]'], ['[{"file":""}]']])(
      'invalid cases.json %s exits 2',
      async (content) => {
        const cases = join(dir, `invalid-${Math.random().toString(36).slice(2)}.json`);
        writeFileSync(cases, content);
        const r = await readReportAsync('--cases', cases);
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err.trim().split('\n')).toHaveLength(1);
      },
      30_000,
    );
  });
});
