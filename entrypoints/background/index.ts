import '@/lib/zod-config';
import { defineBackground } from 'wxt/utils/define-background';
import { registerDetection } from '@/lib/detection/background';
import { registerEvidenceMenu } from '@/lib/evidence/background';
import { registerMessageRouter } from '@/lib/messaging/background';
import { registerSidePanel } from '@/lib/panel/background';

export default defineBackground(() => {
  // Listeners are registered synchronously so a worker woken by an event receives it.
  const router = registerMessageRouter();
  registerDetection(router);
  registerSidePanel();
  registerEvidenceMenu();
});
