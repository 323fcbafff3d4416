import { describeChange, type PageChange } from '@/lib/changes/diff';

interface Props {
  changes: PageChange[];
  /** When the differences were recorded, for the heading. */
  recordedAt: number;
  onConfirm: (keys: string[]) => void;
}

/**
 * What the vendor's trust page states now that differs from what was recorded: new or removed
 * sub-processors (AI ones first and marked), claim status changes, new report periods. Each item is
 * confirmed into the record; page text is rendered as text.
 */
export function PageChanges({ changes, recordedAt, onConfirm }: Props) {
  if (!changes.length) return null;
  return (
    <section aria-labelledby="changes-heading" className="card changes">
      <div className="row spread">
        <h2 id="changes-heading">Changed since review ({changes.length})</h2>
        <button type="button" onClick={() => onConfirm(changes.map((c) => c.key))}>
          Confirm all
        </button>
      </div>
      <p className="muted">
        Compared with what was recorded on {new Date(recordedAt).toLocaleDateString()}. Confirm each change
        into the record once you have reflected it in the review (suggested answers appear on the questions).
      </p>
      <ul className="plain">
        {changes.map((c) => (
          <li key={c.key} className="row spread">
            <span>
              {describeChange(c)}
              {'ai' in c && c.ai && <span className="pill pill-changed">AI</span>}
            </span>
            <button type="button" className="secondary" onClick={() => onConfirm([c.key])}>
              Confirm <span className="visually-hidden">{describeChange(c)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
