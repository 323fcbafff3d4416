import { z } from '../zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * Opens a vendor's review (or the vendor list for null) from the background, e.g. on a notification
 * click: in the side panel (sidebar) where the browser lets the background show it, else in a tab
 * (`sidepanel.html?vendorId=…` works standalone). The panel learns which vendor to show from a
 * short-lived session hand-off, which it takes as it opens or while open (use-panel-request.ts).
 * Chrome allows sidePanel.open only in response to a user gesture; Firefox cannot open the sidebar
 * from here at all, but an open sidebar follows the hand-off.
 */

export const panelRequestSchema = z.object({
  vendorId: z.string().check(z.minLength(1), z.maxLength(64)),
  at: z.number(),
});
export type PanelRequest = z.infer<typeof panelRequestSchema>;
export const panelRequestItem = storage.defineItem<PanelRequest | null>('session:panelRequest', {
  fallback: null,
});
/** A hand-off older than this is ignored: it belonged to an open that did not happen. */
export const PANEL_REQUEST_TTL_MS = 30_000;

interface SidebarAction {
  isOpen(details: object): Promise<boolean>;
}

async function showInPanel(vendorId: string): Promise<boolean> {
  if (import.meta.env.FIREFOX) {
    const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
    if (!(await sidebar?.isOpen({}).catch(() => false))) return false;
    await panelRequestItem.setValue({ vendorId, at: Date.now() });
    return true;
  }
  const window = await browser.windows.getLastFocused();
  if (window.id === undefined) return false;
  await panelRequestItem.setValue({ vendorId, at: Date.now() });
  await browser.sidePanel.open({ windowId: window.id });
  return true;
}

export async function openVendorReview(vendorId: string | null): Promise<'panel' | 'tab'> {
  const path = vendorId ? `/sidepanel.html?vendorId=${encodeURIComponent(vendorId)}` : '/sidepanel.html';
  if (vendorId) {
    try {
      if (await showInPanel(vendorId)) return 'panel';
    } catch {
      // No user gesture, no window or no side panel here: fall back to a tab.
    }
    await panelRequestItem.setValue(null);
  }
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/sidepanel.html') });
  return 'tab';
}
