import { useCallback, useEffect, useRef, useState } from 'react';
import { sendMessage } from '../messaging/send';
import type { FromWorker, PlanSummary, RestoreStage, ToWorker } from './restore-messages';
import RestoreWorker from './restore-worker?worker';

export type RestoreState =
  | { step: 'idle' }
  | { step: 'working'; stage: RestoreStage; startedAt: number }
  | { step: 'preview'; name: string; plan: PlanSummary }
  | { step: 'done'; message: string }
  | { step: 'refused'; message: string };

/**
 * Restore from a backup file, run in a worker (parse, check, compare, import): the options page
 * stays responsive and shows the stage; Cancel stops the worker at any point and nothing changes.
 */
export function useRestore() {
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(() => {
    if (worker.current) return worker.current;
    const w = new RestoreWorker();
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'progress') setState({ step: 'working', stage: m.stage, startedAt: performance.now() });
      else if (m.type === 'preview') setState({ step: 'preview', name: m.name, plan: m.plan });
      else if (m.type === 'refused')
        setState({ step: 'refused', message: `${m.name} was not imported: ${m.error} Nothing was changed.` });
      else if (m.type === 'failed')
        setState({ step: 'refused', message: `The import did not happen: ${m.error} Nothing was changed.` });
      else {
        // Reminder rows changed: the background re-sweeps (badge, alarms).
        if (m.remindersChanged)
          void sendMessage('remindersChanged', { reason: 'restore' }).catch(() => undefined);
        setState({
          step: 'done',
          message: `Imported: ${m.added} records added, ${m.updated} updated. Nothing was deleted.`,
        });
      }
    };
    w.onerror = () =>
      setState({ step: 'refused', message: 'The restore stopped unexpectedly. Nothing was changed.' });
    worker.current = w;
    return w;
  }, []);

  const send = (m: ToWorker) => start().postMessage(m);
  return {
    state,
    preview: (file: File) => send({ type: 'preview', file }),
    confirm: () => send({ type: 'apply' }),
    cancel: () => {
      stop();
      setState({ step: 'refused', message: 'Import cancelled. Nothing was changed.' });
    },
  };
}
