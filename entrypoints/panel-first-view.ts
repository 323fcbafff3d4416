import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { TAB_DETECTIONS_KEY } from '@/lib/detection/tab-detections-key';
import { startFirstView } from '@/lib/panel/first-view-read';

/**
 * The side panel's first script (a classic script in sidepanel.html, not a module): starts reading the
 * panel's first view (lib/panel/first-view-read.ts) while the module that loads React, Dexie and Zod
 * is fetched and evaluated.
 */
export default defineUnlistedScript(() => {
  startFirstView(indexedDB, location.search, {
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null,
    tabDetections: async () => (await browser.storage.session.get(TAB_DETECTIONS_KEY))[TAB_DETECTIONS_KEY],
  });
});
