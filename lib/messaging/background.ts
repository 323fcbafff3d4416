import { browser } from 'wxt/browser';
import { createMessageRouter, type MessageRouter, type RawSender, type TrustedSender } from './router';

/**
 * Throws unless the message came from one of Vendorscope's own pages (side panel, options). Every
 * script of ours passes the router's extension-id check, the injected detector too; its sender URL
 * is the web page it runs in, while only our own pages have the extension's origin.
 */
export function requireOwnPage(sender: TrustedSender, what: string): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/')))
    throw new Error(`Only Vendorscope pages may ${what}`);
}

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
