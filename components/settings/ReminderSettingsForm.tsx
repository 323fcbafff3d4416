import { useState, type FormEvent } from 'react';
import { reminderSettingsSchema, type ReminderSettings } from '@/lib/reminders/settings';
import { StatusLine } from '../ui/StatusLine';

interface Props {
  settings: ReminderSettings;
  onSave: (settings: ReminderSettings) => Promise<void>;
}

/** "30, 7, 0" → [30, 7, 0]; anything that is not a whole number stays, for the schema to name. */
const parseLeads = (text: string): unknown[] =>
  text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((t) => (/^-?\d+$/.test(t) ? Number(t) : Number.NaN));

/** Reminder options: on/off, lead times and quiet hours, validated before anything is stored. */
export function ReminderSettingsForm({ settings, onSave }: Props) {
  const [enabled, setEnabled] = useState(settings.enabled);
  const [leads, setLeads] = useState(settings.leadDays.join(', '));
  const [quiet, setQuiet] = useState(settings.quietHours);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = reminderSettingsSchema.safeParse({
      enabled,
      leadDays: parseLeads(leads),
      quietHours: quiet,
    });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field =
          issue.path[0] === 'leadDays' ? 'leads' : issue.path[0] === 'quietHours' ? 'quiet' : 'form';
        found[field] ??= issue.message;
      }
      setErrors(found);
      setStatus(null);
      return;
    }
    setErrors({});
    setLeads(parsed.data.leadDays.join(', '));
    onSave(parsed.data).then(
      () => setStatus({ tone: 'info', text: 'Reminder options saved.' }),
      (err: unknown) => setStatus({ tone: 'error', text: `Couldn’t save: ${String(err)}` }),
    );
  };

  return (
    <section aria-labelledby="reminder-settings-heading" className="card">
      <h2 id="reminder-settings-heading">Report reminders</h2>
      <p className="muted">
        Vendorscope reminds you before a vendor’s SOC 2 report or ISO certificate goes stale, so you can ask
        for the new report or a bridge letter in time.
      </p>
      <form onSubmit={submit} noValidate>
        <div className="field row">
          <input
            id="reminders-enabled"
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
          />
          <label htmlFor="reminders-enabled">Show reminders as system notifications</label>
        </div>
        <div className="field">
          <label htmlFor="reminder-leads">Remind this many days before the stale date</label>
          <input
            id="reminder-leads"
            value={leads}
            inputMode="numeric"
            aria-describedby="reminder-leads-help reminder-leads-error"
            aria-invalid={errors.leads ? true : undefined}
            onChange={(e) => setLeads(e.target.value)}
          />
          <p id="reminder-leads-help" className="muted">
            Whole days, separated by commas, e.g. 30, 7, 0 (0 is the stale date itself).
          </p>
          {errors.leads && (
            <p id="reminder-leads-error" className="field-error" role="alert">
              {errors.leads}
            </p>
          )}
        </div>
        <fieldset>
          <legend>Quiet hours</legend>
          <div className="field row">
            <input
              id="quiet-enabled"
              type="checkbox"
              checked={quiet.enabled}
              onChange={(e) => setQuiet({ ...quiet, enabled: e.target.checked })}
            />
            <label htmlFor="quiet-enabled">Hold notifications during quiet hours</label>
          </div>
          <div className="row">
            <label htmlFor="quiet-start">From</label>
            <input
              id="quiet-start"
              type="time"
              value={quiet.start}
              disabled={!quiet.enabled}
              onChange={(e) => setQuiet({ ...quiet, start: e.target.value })}
            />
            <label htmlFor="quiet-end">until</label>
            <input
              id="quiet-end"
              type="time"
              value={quiet.end}
              disabled={!quiet.enabled}
              aria-describedby="quiet-error"
              aria-invalid={errors.quiet ? true : undefined}
              onChange={(e) => setQuiet({ ...quiet, end: e.target.value })}
            />
          </div>
          {errors.quiet && (
            <p id="quiet-error" className="field-error" role="alert">
              {errors.quiet}
            </p>
          )}
        </fieldset>
        <button type="submit">Save reminder options</button>
      </form>
      {status && <StatusLine tone={status.tone}>{status.text}</StatusLine>}
    </section>
  );
}
