import { useEffect, useState } from 'react';
import { pendingEvidenceItem, readPendingEvidence, type PendingEvidence } from './pending';

/** The quotes waiting in session storage, kept live. */
export function usePendingEvidence(): PendingEvidence[] {
  const [pending, setPending] = useState<PendingEvidence[]>([]);
  useEffect(() => {
    let cancelled = false;
    const load = () => void readPendingEvidence().then((p) => !cancelled && setPending(p));
    load();
    const unwatch = pendingEvidenceItem.watch(load);
    return () => {
      cancelled = true;
      unwatch();
    };
  }, []);
  return pending;
}
