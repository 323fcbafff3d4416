export type Choice = 'mine' | 'theirs' | 'both';

interface Props {
  /** What the field is, for the heading and the buttons' names ("your note"). */
  what: string;
  /** What another window saved, as the reviewer reads it. */
  theirs: string;
  /** Whether both can be kept (text joins; a choice cannot). */
  canKeepBoth: boolean;
  onChoose: (choice: Choice) => void;
}

/**
 * Another window saved this field while the reviewer was editing it here. Both versions stay until
 * the reviewer chooses: nothing is discarded by the panel on its own.
 */
export function ConflictChoice({ what, theirs, canKeepBoth, onChoose }: Props) {
  return (
    <div role="group" aria-label={`Changed in another window: ${what}`} className="conflict">
      <p role="alert" className="status status-error">
        Changed in another window while you were editing {what}. Yours is above; the other window saved:
      </p>
      <pre className="unsaved-text">{theirs || '(empty)'}</pre>
      <div className="row">
        <button type="button" onClick={() => onChoose('mine')}>
          Keep mine
        </button>
        <button type="button" className="secondary" onClick={() => onChoose('theirs')}>
          Keep theirs
        </button>
        {canKeepBoth && (
          <button type="button" className="secondary" onClick={() => onChoose('both')}>
            Keep both
          </button>
        )}
      </div>
    </div>
  );
}
