import { useState } from 'react';
import { BackupRestore } from '@/components/settings/BackupRestore';
import { backupToJson, exportBackup } from '@/lib/backup/export';
import { MAX_BACKUP_BYTES, type Backup } from '@/lib/backup/format';
import { parseBackup } from '@/lib/backup/parse';
import { planImport, type ImportPlan } from '@/lib/backup/plan';
import { db } from '@/lib/db/db';
import { reviewService } from '@/lib/review/page-service';
import { localIsoDate } from '@/lib/dates/local-date';
import { downloadText } from '@/lib/export/download';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Wires backup and restore to the database; the file is parsed and previewed before any write. */
export function BackupSection() {
  const [pending, setPending] = useState<{ name: string; plan: ImportPlan; backup: Backup } | null>(null);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      setMessage({ tone: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <BackupRestore
      pending={pending}
      message={message}
      busy={busy}
      onBackup={() =>
        void run(async () => {
          const start = performance.now();
          const json = backupToJson(await exportBackup(db));
          performance.measure('vendorscope:backup', { start, end: performance.now() });
          downloadText(`vendorscope-backup-${localIsoDate(new Date())}.json`, 'application/json', json);
          setMessage({ tone: 'info', text: 'Backup downloaded.' });
        })
      }
      onFile={(file) =>
        void run(async () => {
          setPending(null);
          // Refuse an oversized file before reading it into memory at all.
          const parsed =
            file.size > MAX_BACKUP_BYTES
              ? parseBackup('', file.size)
              : parseBackup(await file.text(), file.size);
          if (!parsed.ok) {
            setMessage({
              tone: 'error',
              text: `${file.name} was not imported: ${parsed.error} Nothing was changed.`,
            });
            return;
          }
          setMessage(null);
          setPending({ name: file.name, backup: parsed.backup, plan: await planImport(db, parsed.backup) });
        })
      }
      onConfirm={() =>
        void run(async () => {
          if (!pending) return;
          // One transaction: the merge, then every touched vendor's summary and reminders re-derived.
          const plan = await reviewService.restoreBackup(pending.backup);
          const total = (k: 'added' | 'updated') => Object.values(plan.counts).reduce((n, c) => n + c[k], 0);
          setPending(null);
          setMessage({
            tone: 'info',
            text: `Imported: ${total('added')} records added, ${total('updated')} updated. Nothing was deleted.`,
          });
        })
      }
      onCancel={() => {
        setPending(null);
        setMessage({ tone: 'info', text: 'Import cancelled. Nothing was changed.' });
      }}
    />
  );
}
