/**
 * `npm run eval`: accuracy on every labelled corpus, printed per corpus with each miss.
 *   fixtures  tests/fixtures/pages + tests/fixtures/extra (the pages the engine was built on)
 *   real      tests/fixtures/real (real public pages, six languages; budgets in REAL_BUDGETS)
 * Exit code 1 when the real corpus misses a budget.
 */
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, formatReport, loadCorpus, REAL_BUDGETS } from './eval-detection';

const fixture = (dir: string) =>
  fileURLToPath(new URL(`../tests/fixtures/${dir}/cases.json`, import.meta.url));

async function main(): Promise<number> {
  const fixtures = await evaluateCorpus([...loadCorpus(fixture('pages')), ...loadCorpus(fixture('extra'))]);
  console.log(formatReport('fixtures (pages + extra)', fixtures));
  const real = await evaluateCorpus(loadCorpus(fixture('real')));
  console.log(formatReport('real pages', real));
  const b = REAL_BUDGETS;
  const over = [
    real.trust.precision < b.trustPrecision && `trust precision < ${b.trustPrecision}`,
    real.trust.recall < b.trustRecall && `trust recall < ${b.trustRecall}`,
    real.claims.f1 < b.claimF1 && `claim F1 < ${b.claimF1}`,
    real.heldPrecision < b.heldPrecision && `held-claim precision < ${b.heldPrecision}`,
    real.negativesWithClaims > b.negativesWithClaims && `claims on ${real.negativesWithClaims} negatives`,
  ].filter(Boolean);
  console.log(over.length ? `real-page budgets MISSED: ${over.join('; ')}` : 'real-page budgets: all met');
  return over.length ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 2;
  },
);
