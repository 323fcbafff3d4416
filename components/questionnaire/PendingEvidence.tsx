import { useState } from 'react';
import type { PendingEvidence as PendingQuote } from '@/lib/evidence/pending';
import type { Question } from '@/lib/questionnaire/schema';

interface Props {
  pending: PendingQuote[];
  questions: Question[];
  onAttach: (item: PendingQuote, questionId: string) => void;
  onDiscard: (item: PendingQuote) => void;
}

/** Quotes selected on pages ("Add to Vendorscope as evidence") waiting to be attached to a question. */
export function PendingEvidence({ pending, questions, onAttach, onDiscard }: Props) {
  const [targets, setTargets] = useState<Record<string, string>>({});
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="pending-heading" className="card">
      <h2 id="pending-heading">Selected quotes to attach ({pending.length})</h2>
      <ul className="evidence-list">
        {pending.map((item) => {
          const target = targets[item.id] ?? '';
          return (
            <li key={item.id} className="evidence-item">
              <blockquote>{item.quote}</blockquote>
              <p className="muted">{item.url}</p>
              <div className="row">
                <label htmlFor={`attach-${item.id}`}>Attach to</label>
                <select
                  id={`attach-${item.id}`}
                  value={target}
                  onChange={(e) => setTargets((t) => ({ ...t, [item.id]: e.target.value }))}
                >
                  <option value="">Choose a question…</option>
                  {questions.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.text}
                    </option>
                  ))}
                </select>
                <button type="button" disabled={!target} onClick={() => onAttach(item, target)}>
                  Attach quote
                </button>
                <button type="button" className="secondary" onClick={() => onDiscard(item)}>
                  Discard quote
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
