import { useState } from 'react';
import { StatusLine } from '../ui/StatusLine';

/** Copies the findings; says what happened, in words, for sighted and screen-reader users alike. */
export function CopyFindingsButton({ onCopy }: { onCopy: () => Promise<void> }) {
  const [result, setResult] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  return (
    <div className="copy-findings">
      <button
        type="button"
        onClick={() => {
          onCopy().then(
            () => setResult({ tone: 'info', text: 'Findings copied to the clipboard as Markdown.' }),
            (err: unknown) =>
              setResult({
                tone: 'error',
                text: `Couldn’t copy: ${err instanceof Error ? err.message : String(err)}`,
              }),
          );
        }}
      >
        Copy findings
      </button>
      {result && <StatusLine tone={result.tone}>{result.text}</StatusLine>}
    </div>
  );
}
