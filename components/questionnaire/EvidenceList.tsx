import { useId } from 'react';
import { evidenceSource, type Evidence } from '@/lib/db/schema';

interface Props {
  evidence: Evidence[];
  /** Without it the list is read-only (e.g. a signed-off review). */
  onRemove?: (index: number) => void;
}

/**
 * The quotes behind an answer, from vendor pages (with the URL) or a report read on this machine (with
 * the file name and page). Quotes come from vendor documents, so they are rendered as text only, and
 * a URL is not a link: opening it is a separate, deliberate step.
 */
export function EvidenceList({ evidence, onRemove }: Props) {
  const baseId = useId();
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence-list" aria-label="Evidence">
      {evidence.map((item, i) => {
        const sourceId = `${baseId}-source-${i}`;
        const captured = new Date(item.capturedAt);
        // toISOString throws on an invalid date; a bad timestamp must not take the card down.
        const valid = Number.isFinite(captured.getTime());
        return (
          <li key={`${item.capturedAt}-${i}`} className="evidence-item">
            {item.quote && <blockquote>{item.quote}</blockquote>}
            <p className="url muted evidence-meta" id={sourceId}>
              {evidenceSource(item)}
            </p>
            <p className="muted evidence-meta">
              Captured{' '}
              {valid ? (
                <time dateTime={captured.toISOString()}>{captured.toLocaleString()}</time>
              ) : (
                'at an unknown time'
              )}
            </p>
            {onRemove && (
              // Several remove buttons share a name; the description says which source each one drops.
              <button type="button" className="link" aria-describedby={sourceId} onClick={() => onRemove(i)}>
                Remove evidence
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
