import { useId } from 'react';
import type { RestoreStage, PlanSummary } from '@/lib/backup/restore-messages';
import { StatusLine } from '../ui/StatusLine';
import { ImportPreview } from './ImportPreview';

const STAGES: Record<RestoreStage, string> = {
  reading: 'Reading the file…',
  checking: 'Checking every record…',
  comparing: 'Comparing it with your data…',
  importing: 'Importing…',
  updating: 'Updating the vendor list…',
};

interface Props {
  /** A checked file waiting for confirmation, with what importing it will do. */
  pending: { name: string; plan: PlanSummary } | null;
  /** The restore's stage while it works (in the background: the page stays usable). */
  working: RestoreStage | null;
  message: { tone: 'info' | 'error'; text: string } | null;
  busy: boolean;
  onBackup: () => void;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Backup to a JSON file and restore from one: checked fully, previewed, then merged in one transaction. */
export function BackupRestore({
  pending,
  working,
  message,
  busy,
  onBackup,
  onFile,
  onConfirm,
  onCancel,
}: Props) {
  const fileId = useId();
  return (
    <section aria-labelledby="backup-heading" className="card">
      <h2 id="backup-heading">Backup and restore</h2>
      <p className="muted">
        Everything Vendorscope knows lives only in this browser. Download a backup to keep it safe or move it
        to another computer.
      </p>
      <button type="button" onClick={onBackup} disabled={busy}>
        Download backup
      </button>
      <div className="field">
        <label htmlFor={fileId}>Restore from a backup file</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          disabled={busy || !!working}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {working && (
        <div role="status" className="row">
          <label htmlFor={`${fileId}-progress`}>{STAGES[working]}</label>
          <progress id={`${fileId}-progress`} />
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {pending && (
        <div role="group" aria-label="Confirm import" className="card">
          <p>
            <strong>{pending.name}</strong> is a valid backup.
          </p>
          <ImportPreview plan={pending.plan} />
          {pending.plan.blockers.length > 0 ? (
            <StatusLine tone="error">It cannot be imported: {pending.plan.blockers.join(' ')}</StatusLine>
          ) : (
            <button type="button" onClick={onConfirm} disabled={busy}>
              Import
            </button>
          )}{' '}
          <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        </div>
      )}
      {message && <StatusLine tone={message.tone}>{message.text}</StatusLine>}
    </section>
  );
}
