import { VERDICT_RULES, type Verdict, type VerdictLabel } from '@/lib/questionnaire/verdict';

/** One class per label, so colour and border follow the label; the label text says it too. */
export const VERDICT_CLASSES: Record<VerdictLabel, string> = {
  Proceed: 'verdict-proceed',
  'Proceed with conditions': 'verdict-conditions',
  'Do not deploy': 'verdict-do-not-deploy',
  'Walk away': 'verdict-walk-away',
};

interface Props {
  verdict: Verdict;
  /** The deployment tier's label, e.g. "High-stakes". */
  tierLabel: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The verdict with its reasons. Only the label and "Provisional" sit in the live region: the verdict
 * changes as answers are typed, and announcing every reason each time would drown the reviewer.
 */
export function VerdictPanel({ verdict, tierLabel }: Props) {
  const { label, provisional, reasons, missing, openQuestions } = verdict;
  return (
    <section className={`card verdict ${VERDICT_CLASSES[label]}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="visually-hidden">
        Verdict
      </h2>
      <div role="status" aria-live="polite" aria-label="Verdict" className="row verdict-live">
        <span className="verdict-label">{label}</span>
        {provisional && <span className="pill pill-provisional">Provisional</span>}
      </div>
      <p className="muted verdict-meta">
        For a {tierLabel} deployment
        {provisional && <>; {plural(missing.length, 'key fact', 'key facts')} missing</>}
      </p>
      {reasons.length > 0 && (
        <details>
          <summary>Why</summary>
          <ul className="verdict-reasons">
            {reasons.map((r, i) => (
              <li key={`${r.rule}-${i}`}>
                <span className="verdict-rule">{VERDICT_RULES[r.rule]}</span>{' '}
                <span className="pill">{r.outcome}</span>
                <br />
                <span className="muted">{r.detail}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {missing.length > 0 && (
        <details>
          <summary>Missing key facts</summary>
          <ul>
            {missing.map((m) => (
              <li key={m.questionId}>{m.text}</li>
            ))}
          </ul>
        </details>
      )}
      {openQuestions.length > 0 && (
        <details>
          <summary>Open questions for the vendor ({openQuestions.length})</summary>
          <ol>
            {openQuestions.map((q) => (
              <li key={q.questionId}>{q.ask}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
