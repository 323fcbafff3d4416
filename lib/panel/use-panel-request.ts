import { useEffect, useRef } from 'react';
import { panelRequestItem, panelRequestSchema, PANEL_REQUEST_TTL_MS } from './open-review';

/**
 * The side panel's half of "open this vendor's review" (a notification click): takes the background's
 * hand-off when the panel opens, and while it is open, and calls `onVendor` with that vendor.
 * A hand-off is used once and only while fresh. Pass `enabled: false` for a panel page opened for one
 * tab or vendor (`?tabId=` / `?vendorId=`), which must keep showing what it was opened for.
 */
export function usePanelRequest(onVendor: (vendorId: string) => void, enabled = true): void {
  const latest = useRef(onVendor);
  useEffect(() => {
    latest.current = onVendor;
  });
  useEffect(() => {
    if (!enabled) return;
    const take = (value: unknown) => {
      const request = panelRequestSchema.safeParse(value);
      if (!request.success || Date.now() - request.data.at > PANEL_REQUEST_TTL_MS) return;
      void panelRequestItem.setValue(null);
      latest.current(request.data.vendorId);
    };
    void panelRequestItem.getValue().then(take);
    return panelRequestItem.watch(take);
  }, [enabled]);
}
