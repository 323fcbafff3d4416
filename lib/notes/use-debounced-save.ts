import { useCallback, useEffect, useRef } from 'react';

export interface SaveCallbacks {
  onStart: () => void;
  onSaved: () => void;
  onFailed: (error: string) => void;
}

/**
 * Debounced autosave: `schedule(value)` saves after `delayMs` of quiet; `flush()` saves now.
 * Pending work is flushed when the page is hidden or the component unmounts, so closing the panel
 * mid-typing loses nothing.
 * @default delayMs 400
 */
export function useDebouncedSave<T>(
  save: (value: T) => Promise<void>,
  callbacks: SaveCallbacks,
  delayMs = 400,
) {
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ save, callbacks });
  useEffect(() => {
    latest.current = { save, callbacks };
  });

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const job = pending.current;
    if (!job) return;
    pending.current = null;
    const { save: doSave, callbacks: cb } = latest.current;
    cb.onStart();
    try {
      await doSave(job.value);
      cb.onSaved();
    } catch (err) {
      cb.onFailed(err instanceof Error ? err.message : String(err));
    }
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { schedule, flush };
}
