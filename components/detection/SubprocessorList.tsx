import { useState } from 'react';
import type { Subprocessor, ThirdPartyClaim } from '@/lib/detection/schema';
import { previewIndices } from '@/lib/detection/subprocessor-preview';
import { factsLine } from '@/lib/detection/third-party-match';

interface Props {
  subprocessors: Subprocessor[];
  /** Per row, the certificates the page states for that provider (lib/detection/third-party-match.ts). */
  perRow: ThirdPartyClaim[][];
}

/**
 * The page's sub-processors: a long list folded to its first rows, its AI providers and the providers
 * with stated certificates (lib/detection/subprocessor-preview.ts), with a button for the rest.
 */
export function SubprocessorList({ subprocessors, perRow }: Props) {
  const [all, setAll] = useState(false);
  const preview = previewIndices(subprocessors, (i) => perRow[i]!.length > 0);
  const shown = all || !preview ? subprocessors.map((_, i) => i) : preview;
  return (
    <>
      {preview && (
        <p className="muted" data-testid="subprocessors-shown">
          {all
            ? `All ${subprocessors.length} shown.`
            : `${preview.length} of ${subprocessors.length} shown: the first ones, every AI provider and every provider with certificates stated.`}
        </p>
      )}
      <ul className="subprocessors" id="subprocessor-list">
        {shown.map((i) => {
          const s = subprocessors[i]!;
          return (
            <li key={s.name}>
              {s.name}
              {s.ai && <span className="pill pill-ai">AI provider</span>}
              {s.purpose && <span className="muted"> — {s.purpose}</span>}
              {s.location && <span className="muted"> ({s.location})</span>}
              {perRow[i]!.length > 0 && (
                <div className="muted" data-testid="subprocessor-certs">
                  {factsLine(perRow[i]!)} (as stated by the vendor)
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {preview && (
        <button
          type="button"
          className="link"
          aria-expanded={all}
          aria-controls="subprocessor-list"
          onClick={() => setAll(!all)}
        >
          {all ? 'Show fewer sub-processors' : `Show all ${subprocessors.length} sub-processors`}
        </button>
      )}
    </>
  );
}
