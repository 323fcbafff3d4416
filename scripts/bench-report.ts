/**
 * How long the report reader takes on the 150-page fixture report, read and extracted in this Node
 * process: the first reading (which also loads pdf.js and its worker code) and the median of the
 * following ones, in wall time and CPU time. Printed, never asserted: timings on a shared machine are
 * noisy (CPU time is the steadier figure when other work runs).
 *
 *   node --import tsx scripts/bench-report.ts
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readReport } from '../lib/report/read-report';
import { fixturePath } from '../tests/helpers/report-fixtures';

export const BENCH_REPORT = 'meridian-soc2-type2-long';

export interface ReportTiming {
  pages: number;
  /** The first reading in this process, pdf.js start-up included. */
  firstMs: number;
  /** Median of the following readings. */
  wallMs: number;
  cpuMs: number;
  runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchReport(runs = 5): Promise<ReportTiming> {
  const bytes = new Uint8Array(await readFile(await fixturePath(BENCH_REPORT)));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const once = async () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const reading = await readReport(pdfjs, bytes);
    const used = process.cpuUsage(cpu);
    return { reading, wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
  };
  const first = await once();
  const rest = [];
  for (let i = 0; i < runs; i++) rest.push(await once());
  return {
    pages: first.reading.pageCount,
    firstMs: Math.round(first.wall),
    wallMs: Math.round(median(rest.map((r) => r.wall))),
    cpuMs: Math.round(median(rest.map((r) => r.cpu))),
    runs,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchReport().then((t) => {
    process.stdout.write(
      `${BENCH_REPORT}: ${t.pages} pages read and extracted in ${t.wallMs} ms (CPU ${t.cpuMs} ms, median of ${t.runs}); ` +
        `first reading with pdf.js start-up ${t.firstMs} ms\n`,
    );
  });
}
