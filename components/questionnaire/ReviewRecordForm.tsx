interface Props {
  reviewer: string;
  /** YYYY-MM-DD, or null while not set. */
  reviewDate: string | null;
  status: 'draft' | 'final';
  signedOffBy: string | null;
  /** Epoch milliseconds of the sign-off. */
  signedOffAt: number | null;
  onChange: (patch: { reviewer?: string; reviewDate?: string | null }) => void;
  onSignOff: () => void;
  onReopen: () => void;
}

const ID = 'review-record';

function formatTime(ms: number): { text: string; iso?: string } {
  const d = new Date(ms);
  return Number.isFinite(d.getTime())
    ? { text: d.toLocaleString(), iso: d.toISOString() }
    : { text: 'an unknown date' };
}

/**
 * Who reviewed the vendor, when, and whether the review is final. A final record is read-only until
 * reopened, so what was signed off cannot drift silently.
 */
export function ReviewRecordForm({
  reviewer,
  reviewDate,
  status,
  signedOffBy,
  signedOffAt,
  onChange,
  onSignOff,
  onReopen,
}: Props) {
  const final = status === 'final';
  const canSignOff = reviewer.trim() !== '';
  const signed = signedOffAt === null ? null : formatTime(signedOffAt);

  return (
    <section className="card review-record" aria-labelledby={`${ID}-heading`}>
      <h2 id={`${ID}-heading`}>Review record</h2>
      <div className="field">
        <label htmlFor={`${ID}-reviewer`}>Reviewer</label>
        <input
          id={`${ID}-reviewer`}
          value={reviewer}
          maxLength={200}
          autoComplete="name"
          readOnly={final}
          onChange={(e) => onChange({ reviewer: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ID}-date`}>Review date</label>
        <input
          id={`${ID}-date`}
          type="date"
          value={reviewDate ?? ''}
          readOnly={final}
          onChange={(e) => onChange({ reviewDate: e.target.value || null })}
        />
      </div>
      <p id={`${ID}-status`}>
        Status: <strong>{final ? 'Final' : 'Draft'}</strong>
      </p>
      {final ? (
        <>
          <p>
            Signed off by {signedOffBy ?? 'an unknown reviewer'} on{' '}
            {signed?.iso ? (
              <time dateTime={signed.iso}>{signed.text}</time>
            ) : (
              (signed?.text ?? 'an unknown date')
            )}
          </p>
          <p className="muted">Reopen the review to change the record or the answers.</p>
          <button type="button" className="secondary" onClick={onReopen}>
            Reopen as draft
          </button>
        </>
      ) : (
        <div className="row">
          <button
            type="button"
            disabled={!canSignOff}
            aria-describedby={canSignOff ? undefined : `${ID}-sign-off-hint`}
            onClick={onSignOff}
          >
            Sign off as final
          </button>
          {!canSignOff && (
            <span id={`${ID}-sign-off-hint`} className="muted">
              Enter the reviewer’s name to sign off.
            </span>
          )}
        </div>
      )}
    </section>
  );
}
