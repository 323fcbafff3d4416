import { UNANSWERED_TEXT } from '@/lib/questionnaire/format-answer';

export interface AnswerHistoryEntry {
  id: string;
  /** Epoch milliseconds. */
  changedAt: number;
  author: string;
  questionText: string;
  /** The previous answer as text (see formatAnswer); null when the question was unanswered. */
  before: string | null;
  after: string;
}

interface Props {
  entries: AnswerHistoryEntry[];
}

function when(ms: number): React.ReactNode {
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? (
    <time dateTime={d.toISOString()}>{d.toLocaleString()}</time>
  ) : (
    'unknown time'
  );
}

/** Who changed which answer and when, newest first: the audit trail behind a signed-off review. */
export function AnswerHistory({ entries }: Props) {
  if (entries.length === 0) return <p className="muted">No changes yet.</p>;
  // Sort a copy: the entries belong to the caller.
  const newestFirst = [...entries].sort((a, b) => b.changedAt - a.changedAt);
  return (
    <ol className="answer-history" aria-label="Answer history">
      {newestFirst.map((e) => (
        <li key={e.id}>
          <span className="history-who">{e.author}</span>, {when(e.changedAt)}: {e.questionText} —{' '}
          {e.before ?? UNANSWERED_TEXT} → {e.after}
        </li>
      ))}
    </ol>
  );
}
