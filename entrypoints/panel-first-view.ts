import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstView } from '@/lib/panel/first-view-read';

/**
 * The side panel's first script (a classic script in sidepanel.html, before the module that loads
 * React, Dexie and Zod): starts reading the panel's first view from IndexedDB while that code loads.
 */
export default defineUnlistedScript(() => {
  startFirstView(indexedDB, location.search);
});
