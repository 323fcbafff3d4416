import { useState } from 'react';
import { AnswerHistory, type AnswerHistoryEntry } from './AnswerHistory';

interface Props {
  count: number;
  /** Built only when the history is opened. */
  entries: () => AnswerHistoryEntry[];
}

/**
 * The review's change history, collapsed. Its entries are built and rendered only while it is open: a
 * review edited for months holds hundreds, each with a formatted date, and the review re-renders on
 * every save.
 */
export function ChangeHistory({ count, entries }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="card" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Change history ({count})</summary>
      {open && <AnswerHistory entries={entries()} />}
    </details>
  );
}
