import { useEffect, useState } from 'react';
import { PausedSitesEditor } from '@/components/settings/PausedSitesEditor';
import { ReminderSettingsForm } from '@/components/settings/ReminderSettingsForm';
import { sendMessage } from '@/lib/messaging/send';
import type { ReminderSettings } from '@/lib/reminders/settings';
import { readReminderSettings, writeReminderSettings } from '@/lib/reminders/items';
import { pausedSitesItem, readPausedSites, writePausedSites } from '@/lib/settings/items';
import { BackupSection } from './backup-section';

/** Options: reminders, backup and restore, and the per-site pause list. */
export function App() {
  const [sites, setSites] = useState<string[] | null>(null);
  useEffect(() => {
    void readPausedSites().then(setSites);
    return pausedSitesItem.watch(() => void readPausedSites().then(setSites));
  }, []);
  const [reminders, setReminders] = useState<ReminderSettings | null>(null);
  useEffect(() => void readReminderSettings().then(setReminders), []);

  return (
    <>
      <header className="app-header">
        <h1>Vendorscope options</h1>
      </header>
      <main>
        {reminders === null ? (
          <p className="muted">Loading…</p>
        ) : (
          <ReminderSettingsForm
            settings={reminders}
            onSave={async (next) => {
              setReminders(await writeReminderSettings(next));
              // The background reschedules with the new lead times and quiet hours.
              await sendMessage('remindersChanged', { reason: 'settings' }).catch(() => undefined);
            }}
          />
        )}
        <BackupSection />
        {sites === null ? (
          <p className="muted">Loading…</p>
        ) : (
          <PausedSitesEditor sites={sites} onChange={writePausedSites} />
        )}
      </main>
    </>
  );
}
