import { useEffect } from 'react';
import type { Autosave } from './autosave';

/**
 * Saves everything pending when the page is hidden or goes away (panel closed, reloaded, tab
 * switched). The journal already holds a copy; this starts the real saves while the page still can.
 */
export function useFlushOnHide(autosave: Autosave<unknown>): void {
  useEffect(() => {
    const flush = () => void autosave.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [autosave]);
}
