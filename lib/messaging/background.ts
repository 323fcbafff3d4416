import { browser } from 'wxt/browser';
import { createMessageRouter, type MessageRouter, type RawSender } from './router';

/**
 * Installs the one runtime.onMessage listener of the background and returns the router that
 * features register their handlers on. Replies go through sendResponse (return true), which
 * every Chromium and Firefox version supports for async work.
 */
export function registerMessageRouter(): MessageRouter {
  const router = createMessageRouter(browser.runtime.id);
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: RawSender, sendResponse: (r: unknown) => void) => {
      const reply = router.dispatch(message, sender);
      if (!reply) return false;
      void reply.then(sendResponse);
      return true;
    },
  );
  return router;
}
