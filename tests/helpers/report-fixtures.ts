/**
 * Test-only: the report fixtures as PDF files, generated from tests/fixtures/reports/ into a folder under
 * os.tmpdir(). The folder name carries a hash of the generator and templates, so every test file and
 * worker shares one set of PDFs and a template change regenerates them. Nothing is committed but the
 * templates and the expectations.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { REPORT_CASES } from '../fixtures/reports/cases';
import { encryptPdf } from './pdf-encrypt';
import { scannedPagePng } from './png';
import { renderReport } from './report-pdf';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const REPORTS_DIR = join(ROOT, 'tests/fixtures/reports');
const SOURCES = [
  ...readdirSync(REPORTS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(REPORTS_DIR, f)),
  ...['report-pdf.ts', 'pdf-encrypt.ts', 'png.ts', 'report-fixtures.ts'].map((f) =>
    join(ROOT, 'tests/helpers', f),
  ),
];

/** The facts a fixture report states, as its `<id>.json` records them. */
export interface Expectation {
  textLayer: boolean;
  kind: string;
  serviceOrganization: string | null;
  auditor: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  asOf: string | null;
  reportDate: string | null;
  opinion: string | null;
  criteria: string[];
  subservice: { name: string; method: string | null }[];
  cuecs: string[];
  exceptions: { control: string; text: string }[];
  testsWithoutExceptions: number;
}

export const PASSWORD = 'correct horse';

let dir: string | undefined;
function cacheDir(): string {
  if (dir) return dir;
  const hash = createHash('sha256');
  for (const f of SOURCES.sort()) hash.update(readFileSync(f));
  dir = join(tmpdir(), `vendorscope-reports-${hash.digest('hex').slice(0, 12)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes atomically: parallel workers may build the same file. */
async function cached(name: string, build: () => Promise<Uint8Array> | Uint8Array): Promise<string> {
  const path = join(cacheDir(), name);
  if (existsSync(path)) return path;
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, await build());
  renameSync(temp, path);
  return path;
}

async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const png = await pdf.embedPng(scannedPagePng());
  for (let i = 0; i < 2; i++) pdf.addPage([612, 792]).drawImage(png, { x: 0, y: 0, width: 612, height: 792 });
  return pdf.save();
}

export async function fixturePath(id: string): Promise<string> {
  const c = REPORT_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no report fixture ${id}`);
  return cached(`${id}.pdf`, async () => {
    const doc = c.build();
    return doc === 'image' ? imageOnlyPdf() : renderReport(doc);
  });
}

export const fixtureBytes = async (id: string) => new Uint8Array(readFileSync(await fixturePath(id)));

export const expectationOf = (id: string): Expectation =>
  JSON.parse(readFileSync(join(REPORTS_DIR, `${id}.json`), 'utf8')) as Expectation;

export const REPORT_IDS = REPORT_CASES.map((c) => c.id);

/** Body text that differs from page to page, so no body line looks like a running header. */
const TOPICS = [
  'access reviews',
  'backups',
  'changes',
  'incidents',
  'vendors',
  'policies',
  'scans',
  'keys',
  'logs',
  'trainings',
  'alerts',
];

/** A long report: `pages` pages of running text with the usual header and footer. */
export function longReportPath(pages: number): Promise<string> {
  return cached(`long-${pages}.pdf`, async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let n = 1; n <= pages; n++) {
      const page = pdf.addPage([612, 792]);
      page.drawText('Meridian Flow, Inc. | SOC 2 Type 2 Report', { x: 72, y: 750, size: 8, font });
      for (let l = 0; l < 12; l++)
        page.drawText(`Line ${l + 1} of page ${n}: the ${TOPICS[(n + l) % TOPICS.length]} were tested.`, {
          x: 72,
          y: 700 - l * 15,
          size: 10,
          font,
        });
      page.drawText(`Page ${n} of ${pages}`, { x: 500, y: 40, size: 8, font });
    }
    return pdf.save({ useObjectStreams: false });
  });
}

/** The Nimbus report, protected by PASSWORD. */
export const encryptedPath = () =>
  cached('encrypted.pdf', async () => encryptPdf(await fixtureBytes('nimbus-soc2-type2'), PASSWORD));

/** The first third of the Nimbus report: header, no cross-reference table, objects cut mid-stream. */
export const truncatedPath = () =>
  cached('truncated.pdf', async () => {
    const bytes = await fixtureBytes('nimbus-soc2-type2');
    return bytes.subarray(0, Math.floor(bytes.length / 3));
  });

/** A text file renamed .pdf. */
export const notPdfPath = () =>
  cached('not-a-pdf.pdf', () => new TextEncoder().encode('Vendor security questionnaire answers\nQ1: yes\n'));
