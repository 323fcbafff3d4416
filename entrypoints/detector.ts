import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDetector } from '@/lib/detection/detector-content';

/** Injected by the background into candidate pages only (see lib/detection/gate-background.ts). */
export default defineUnlistedScript(() => {
  startDetector();
});
