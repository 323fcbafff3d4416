import { browser } from 'wxt/browser';
import { PENDING_MAX, pendingEvidenceItem, pendingEvidenceSchema, readPendingEvidence } from './pending';

export const EVIDENCE_MENU_ID = 'vendorscope-add-evidence';

export interface EvidenceClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

/**
 * Handles "Add to Vendorscope as evidence": the selected text (page-controlled: trimmed, bounded,
 * validated) and the page URL become a pending quote the side panel offers to attach.
 * @returns whether a quote was stored
 */
export async function handleEvidenceClick(
  info: EvidenceClick,
  now: () => number = Date.now,
): Promise<boolean> {
  if (info.menuItemId !== EVIDENCE_MENU_ID) return false;
  const quote = (info.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000);
  const parsed = pendingEvidenceSchema.safeParse({
    id: crypto.randomUUID(),
    url: info.pageUrl,
    quote,
    capturedAt: now(),
  });
  if (!parsed.success) return false;
  const pending = await readPendingEvidence();
  await pendingEvidenceItem.setValue([...pending, parsed.data].slice(-PENDING_MAX));
  return true;
}

export function registerEvidenceMenu(): void {
  // Menus persist across worker restarts; (re)create them on install and update only.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: EVIDENCE_MENU_ID,
      title: 'Add to Vendorscope as evidence',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // Open the panel first: the click is the user gesture sidePanel.open needs, and it is lost after an await.
    if (!import.meta.env.FIREFOX && tab?.id !== undefined)
      void browser.sidePanel.open({ tabId: tab.id }).catch(() => undefined);
    void handleEvidenceClick({
      menuItemId: info.menuItemId,
      selectionText: info.selectionText,
      pageUrl: info.pageUrl,
    });
  });
}
