import { z } from 'zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * Opens a vendor's review (or the vendor list for null) from the background, e.g. on a notification
 * click: in the side panel where the browser lets the background open it, else in a tab
 * (`sidepanel.html?vendorId=…` works standalone). Chrome allows sidePanel.open only in response to a
 * user gesture, so the tab is the usual path there; when the panel does open, it picks the vendor up
 * from a short-lived session hand-off (see use-panel-request.ts).
 */

export const panelRequestSchema = z.object({ vendorId: z.string().min(1).max(64), at: z.number() });
export type PanelRequest = z.infer<typeof panelRequestSchema>;
export const panelRequestItem = storage.defineItem<PanelRequest | null>('session:panelRequest', {
  fallback: null,
});
/** A hand-off older than this is ignored: it belonged to an open that did not happen. */
export const PANEL_REQUEST_TTL_MS = 30_000;

export async function openVendorReview(vendorId: string | null): Promise<'panel' | 'tab'> {
  const path = vendorId ? `/sidepanel.html?vendorId=${encodeURIComponent(vendorId)}` : '/sidepanel.html';
  if (!import.meta.env.FIREFOX && vendorId) {
    try {
      const window = await browser.windows.getLastFocused();
      if (window.id !== undefined) {
        await panelRequestItem.setValue({ vendorId, at: Date.now() });
        await browser.sidePanel.open({ windowId: window.id });
        return 'panel';
      }
    } catch {
      // No user gesture, no window or no side panel here: fall back to a tab.
      await panelRequestItem.setValue(null);
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/sidepanel.html') });
  return 'tab';
}
