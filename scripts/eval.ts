/**
 * `npm run eval`: accuracy on every labelled corpus, printed per corpus with each miss.
 *   fixtures  tests/fixtures/pages + tests/fixtures/extra (the pages the engine was built on)
 *   real      tests/fixtures/real (real public pages, six languages; budgets in REAL_BUDGETS)
 *   reports   the SOC report reader's field accuracy on the generated report PDFs (≥ 0.98, and no
 *             field filled where the report does not state it)
 * Exit code 1 when a budget is missed.
 */
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, formatReport, loadCorpus, realBudgetMisses } from './eval-detection';
import { evaluateReports, formatEvaluation } from './eval-reports';

/** The report reader's budgets (issue: read the SOC 2 report itself). */
const REPORT_BUDGETS = { accuracy: 0.98, filledWhereNotStated: 0 };

const fixture = (dir: string) =>
  fileURLToPath(new URL(`../tests/fixtures/${dir}/cases.json`, import.meta.url));

async function main(): Promise<number> {
  const fixtures = await evaluateCorpus([...loadCorpus(fixture('pages')), ...loadCorpus(fixture('extra'))]);
  console.log(formatReport('fixtures (pages + extra)', fixtures));
  const real = await evaluateCorpus(loadCorpus(fixture('real')));
  console.log(formatReport('real pages', real));
  const over = realBudgetMisses(real);
  console.log(over.length ? `real-page budgets MISSED: ${over.join('; ')}` : 'real-page budgets: all met');
  const reports = await evaluateReports();
  console.log(`\nSOC report reader (generated fixture reports)\n${formatEvaluation(reports)}`);
  const reportOver = [
    reports.accuracy < REPORT_BUDGETS.accuracy && `field accuracy < ${REPORT_BUDGETS.accuracy}`,
    reports.filledWhereNotStated > REPORT_BUDGETS.filledWhereNotStated &&
      `${reports.filledWhereNotStated} fields filled where the report does not state them`,
  ].filter(Boolean);
  console.log(
    reportOver.length ? `report budgets MISSED: ${reportOver.join('; ')}` : 'report budgets: all met',
  );
  return over.length || reportOver.length ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 2;
  },
);
