import type { ReminderStatus } from '@/lib/reminders/due';

export interface ReminderRowView {
  id: string;
  label: string;
  staleOn: string;
  status: ReminderStatus;
  snoozedUntil: string | null;
}

interface Props {
  rows: ReminderRowView[];
  /** Reminders are switched off in the options. */
  disabled: boolean;
  onSnooze: (id: string) => void;
  onUnsnooze: (id: string) => void;
}

const STATUS_TEXT: Record<ReminderStatus, string> = {
  current: 'current',
  due: 'due: ask for the new report',
  stale: 'stale',
  unknown: 'unknown',
};

/** The vendor's dated reports with their stale dates and reminders; snooze works here in every browser. */
export function ReportReminders({ rows, disabled, onSnooze, onUnsnooze }: Props) {
  return (
    <section aria-labelledby="reminders-heading" className="card">
      <h2 id="reminders-heading">Report reminders</h2>
      {disabled && <p className="muted">Reminders are switched off in Vendorscope’s options.</p>}
      {rows.length === 0 ? (
        <p className="muted">
          No report with a known date yet: its currency is unknown. Record the report’s window end, as-of or
          issue date (or a certificate’s expiry) to be reminded before it goes stale.
        </p>
      ) : (
        <ul className="plain">
          {rows.map((r) => (
            <li key={r.id} className="row spread">
              <span>
                <strong>{r.label}</strong>: stale on <time dateTime={r.staleOn}>{r.staleOn}</time> (
                {STATUS_TEXT[r.status]})
                {r.snoozedUntil && (
                  <>
                    {' '}
                    — snoozed until <time dateTime={r.snoozedUntil}>{r.snoozedUntil}</time>
                  </>
                )}
              </span>
              {r.snoozedUntil ? (
                <button type="button" className="secondary" onClick={() => onUnsnooze(r.id)}>
                  Unsnooze <span className="visually-hidden">{r.label}</span>
                </button>
              ) : r.status === 'due' || r.status === 'stale' ? (
                <button type="button" className="secondary" onClick={() => onSnooze(r.id)}>
                  Snooze 1 week <span className="visually-hidden">({r.label})</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
