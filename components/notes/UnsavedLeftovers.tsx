import { useState } from 'react';

export interface Leftover {
  key: string;
  text: string;
  error: string;
  at: number;
}

interface Props {
  title: string;
  leftovers: Leftover[];
  onCopy: (text: string) => Promise<void>;
  onDiscard: (key: string) => void;
}

/**
 * Text typed in a panel that closed before saving it, which could not be saved since (say, its vendor
 * was deleted). Shown as text with Copy and Discard: never dropped without the reviewer's say.
 */
export function UnsavedLeftovers({ title, leftovers, onCopy, onDiscard }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  if (!leftovers.length) return null;
  return (
    <section aria-labelledby="unsaved-heading" className="card">
      <h2 id="unsaved-heading">{title}</h2>
      <p role="alert" className="status status-error">
        {leftovers.length === 1 ? 'This text was' : 'These texts were'} typed but could not be saved. Copy
        what you need, then discard.
      </p>
      <ul className="plain">
        {leftovers.map((l) => (
          <li key={l.key}>
            <p className="muted">
              Typed {new Date(l.at).toLocaleString()}: {l.error}
            </p>
            <pre className="unsaved-text">{l.text}</pre>
            <div className="row">
              <button
                type="button"
                className="secondary"
                onClick={() => void onCopy(l.text).then(() => setCopied(l.key))}
              >
                Copy text
              </button>
              <button type="button" className="secondary" onClick={() => onDiscard(l.key)}>
                Discard
              </button>
              {copied === l.key && <span role="status">Copied.</span>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
