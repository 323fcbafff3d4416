import { defineContentScript } from 'wxt/utils/define-content-script';
import { startTrustPageGate } from '@/lib/detection/gate-content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startTrustPageGate(ctx);
  },
});
