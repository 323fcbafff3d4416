import { toolbarAction } from '../compat/toolbar-action';
import { requireOwnPage } from '../messaging/background';
import type { ReadOutcome } from '../messaging/protocol';
import type { MessageRouter, TrustedSender } from '../messaging/router';
import { DEFAULT_ACTION_TITLE, TRUST_BADGE_TEXT, trustPageTitle } from './action-title';
import { withRegistrableDomain } from './domain';
import { readTab, registerGate } from './gate-background';
import { sanitizeDetection } from './sanitize';
import { boundTab } from './tab-budget';
import type { Detection } from './schema';
import { updateTabDetections } from './tab-detections';
import { storedTabEntry } from './tab-detections-key';

/**
 * Background half of detection: starts it (the gate, gate-background.ts), takes what the injected
 * detector reports (already Zod-validated by the router), keeps per-tab state in session storage and
 * sets that tab's badge and title.
 */

function sameSite(a: string, b: string | undefined): boolean {
  if (!b) return false;
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** Called with each trust page recognised (validated, registrable domain added). */
export type TrustPageListener = (detection: Detection) => Promise<unknown>;

export async function handleDetectionReported(
  { detection }: { detection: Detection },
  sender: TrustedSender,
  onTrustPage?: TrustPageListener,
): Promise<void> {
  const tabId = sender.tabId;
  // Only a tab's top frame speaks for the page; the URL must be the one the browser says it is.
  if (tabId === undefined || sender.frameId !== 0) throw new Error('Detections come from a tab top frame');
  if (!sameSite(detection.url, sender.url)) throw new Error('Detection URL does not match the sender');
  if (!detection.isTrustPage) return handleDetectionCleared({ url: detection.url }, sender);
  const stored = boundTab({ ...withRegistrableDomain(sanitizeDetection(detection)), reportedAt: Date.now() });
  await updateTabDetections((all) => ({ ...all, [String(tabId)]: stored }));
  await showTrustPage(tabId, stored);
  await onTrustPage?.(stored);
}

export async function handleDetectionCleared(_data: { url: string }, sender: TrustedSender): Promise<void> {
  if (sender.tabId === undefined || sender.frameId !== 0) return;
  await forgetTab(sender.tabId);
}

async function showTrustPage(tabId: number, detection: Detection): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ tabId, color: '#1a7f37' });
  await action.setBadgeText({ tabId, text: TRUST_BADGE_TEXT });
  await action.setTitle({ tabId, title: trustPageTitle(detection) });
}

/** Drops a tab's detection and returns its action to the defaults (a null text falls back to global). */
export async function forgetTab(tabId: number): Promise<void> {
  await updateTabDetections(
    ({ [String(tabId)]: _gone, ...rest }) => rest,
    // A tab with nothing stored (most tabs) costs one read: nothing validated, nothing written.
    (stored) => storedTabEntry(stored, tabId) !== undefined,
  );
  try {
    await toolbarAction().setBadgeText({ tabId, text: null as unknown as string });
    await toolbarAction().setTitle({ tabId, title: DEFAULT_ACTION_TITLE });
  } catch {
    // The tab may already be gone; nothing to reset then.
  }
}

/** Reads a tab's page on the reviewer's request; only Vendorscope's own pages may ask. */
export async function handleReadPage(
  { tabId }: { tabId: number },
  sender: TrustedSender,
): Promise<ReadOutcome> {
  requireOwnPage(sender, 'ask to read a page');
  return readTab(tabId);
}

export function registerDetection(router: MessageRouter, onTrustPage?: TrustPageListener): void {
  router.on('readPageRequested', handleReadPage);
  router.on('detectionReported', (data, sender) => handleDetectionReported(data, sender, onTrustPage));
  router.on('detectionCleared', handleDetectionCleared);
  // What starts detection: the gate, on each tab's address and title (no script in pages before it).
  // It also says when a tab's detection no longer applies (loading, not a candidate, closed).
  registerGate(forgetTab);
}
