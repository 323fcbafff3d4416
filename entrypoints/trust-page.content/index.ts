import { defineContentScript } from 'wxt/utils/define-content-script';
import { startTrustPageDetection } from '@/lib/detection/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startTrustPageDetection(ctx);
  },
});
