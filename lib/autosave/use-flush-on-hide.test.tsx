// @vitest-environment happy-dom
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';
import { useFlushOnHide } from './use-flush-on-hide';

describe('useFlushOnHide', () => {
  it('saves what is pending at once when the page is hidden or goes away', async () => {
    const saved: string[] = [];
    const autosave = createAutosave<string>(async (job) => void saved.push(job));
    const { unmount } = renderHook(() => useFlushOnHide(autosave));

    autosave.schedule('note', 'before reload', 60_000);
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(saved).toEqual(['before reload']));

    autosave.schedule('note', 'before hiding', 60_000);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(saved).toEqual(['before reload', 'before hiding']));
    unmount();
  });
});
