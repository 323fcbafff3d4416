import { useEffect, useState } from 'react';
import { PausedSitesEditor } from '@/components/settings/PausedSitesEditor';
import { pausedSitesItem, readPausedSites, writePausedSites } from '@/lib/settings/items';
import { BackupSection } from './backup-section';

/** Options: backup and restore, and the per-site pause list. */
export function App() {
  const [sites, setSites] = useState<string[] | null>(null);
  useEffect(() => {
    void readPausedSites().then(setSites);
    return pausedSitesItem.watch(() => void readPausedSites().then(setSites));
  }, []);

  return (
    <>
      <header className="app-header">
        <h1>Vendorscope options</h1>
      </header>
      <main>
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
