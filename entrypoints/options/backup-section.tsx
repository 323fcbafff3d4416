import { useState } from 'react';
import { BackupRestore } from '@/components/settings/BackupRestore';
import { backupToJson, exportBackup } from '@/lib/backup/export';
import { useRestore } from '@/lib/backup/use-restore';
import { db } from '@/lib/db/db';
import { localIsoDate } from '@/lib/dates/local-date';
import { downloadText } from '@/lib/export/download';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Wires backup and restore: the file is parsed, checked and previewed (in a worker) before any write. */
export function BackupSection() {
  const restore = useRestore();
  const [backupMessage, setBackupMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { state } = restore;
  const message =
    state.step === 'done'
      ? { tone: 'info' as const, text: state.message }
      : state.step === 'refused'
        ? { tone: 'error' as const, text: state.message }
        : backupMessage;

  return (
    <BackupRestore
      pending={state.step === 'preview' ? { name: state.name, plan: state.plan } : null}
      working={state.step === 'working' ? state.stage : null}
      message={message}
      busy={busy}
      onBackup={() => {
        setBusy(true);
        void (async () => {
          const start = performance.now();
          const json = backupToJson(await exportBackup(db));
          performance.measure('vendorscope:backup', { start, end: performance.now() });
          downloadText(`vendorscope-backup-${localIsoDate(new Date())}.json`, 'application/json', json);
          setBackupMessage({ tone: 'info', text: 'Backup downloaded.' });
        })()
          .catch((err: unknown) => setBackupMessage({ tone: 'error', text: errorText(err) }))
          .finally(() => setBusy(false));
      }}
      onFile={(file) => {
        setBackupMessage(null);
        restore.preview(file);
      }}
      onConfirm={restore.confirm}
      onCancel={restore.cancel}
    />
  );
}
