// @vitest-environment happy-dom
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openVendorReview, panelRequestItem, PANEL_REQUEST_TTL_MS } from './open-review';
import { usePanelRequest } from './use-panel-request';

describe('opening a vendor’s review from the background', () => {
  it('hands the vendor to the side panel when it can open, and the panel shows it', async () => {
    const window = (await fakeBrowser.windows.create({}))!;
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue(window as never);
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined as never);
    expect(await openVendorReview('vendor-7')).toBe('panel');
    expect(open).toHaveBeenCalledWith({ windowId: window.id });

    const shown = vi.fn();
    renderHook(() => usePanelRequest(shown));
    await vi.waitFor(() => expect(shown).toHaveBeenCalledWith('vendor-7'));
    // Used once: a panel opened later does not jump to that vendor again.
    await vi.waitFor(async () => expect(await panelRequestItem.getValue()).toBeNull());
  });

  it('an open panel follows a new hand-off; a stale one or a panel opened for one vendor ignores it', async () => {
    const shown = vi.fn();
    const pinned = vi.fn();
    renderHook(() => usePanelRequest(shown));
    renderHook(() => usePanelRequest(pinned, false));
    await panelRequestItem.setValue({ vendorId: 'old', at: Date.now() - PANEL_REQUEST_TTL_MS - 1 });
    await panelRequestItem.setValue({ vendorId: 'vendor-8', at: Date.now() });
    await vi.waitFor(() => expect(shown).toHaveBeenCalledWith('vendor-8'));
    expect(shown).not.toHaveBeenCalledWith('old');
    expect(pinned).not.toHaveBeenCalled();
  });

  it('falls back to a tab on the review when the panel cannot open, leaving no hand-off behind', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockRejectedValue(new Error('needs a user gesture'));
    await fakeBrowser.windows.create({});
    expect(await openVendorReview('vendor-9')).toBe('tab');
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
      `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html?vendorId=vendor-9`,
    );
    expect(await panelRequestItem.getValue()).toBeNull();
  });
});
