import { useState } from 'react';
import type { Note } from '@/lib/db/schema';
import { StatusLine } from '../ui/StatusLine';

interface Props {
  notes: Note[];
  onAppend: (id: string) => Promise<void>;
}

/**
 * Further notes of this review, written on another device and restored from its backup, shown beside
 * the reviewer's own so no stored text is out of sight. Appending folds one into the reviewer's note.
 */
export function OtherNotes({ notes, onAppend }: Props) {
  const [error, setError] = useState<string | null>(null);
  if (!notes.length) return null;
  return (
    <section aria-labelledby="other-notes-heading">
      <h3 id="other-notes-heading">Other notes on this review ({notes.length})</h3>
      <ul className="plain">
        {notes.map((n) => (
          <li key={n.id}>
            <p className="muted">Updated {new Date(n.updatedAt).toLocaleString()}</p>
            <pre className="unsaved-text">{n.body || '(empty)'}</pre>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                void onAppend(n.id).then(
                  () => setError(null),
                  (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
                )
              }
            >
              Append to my note
            </button>
          </li>
        ))}
      </ul>
      {error && <StatusLine tone="error">{error}</StatusLine>}
    </section>
  );
}
