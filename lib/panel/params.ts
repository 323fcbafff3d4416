/** What the panel page was opened for: `?tabId=` binds one tab, `?vendorId=` one vendor's review. */
export interface PanelParams {
  tabId: number | null;
  vendorId: string | null;
}

/** Pure, with no browser API: the panel's first-view reader (first-view-read.ts) parses the same address. */
export function readPanelParams(search: string): PanelParams {
  const params = new URLSearchParams(search);
  const tab = params.get('tabId');
  const tabId = tab && /^\d+$/.test(tab) ? Number(tab) : null;
  const vendor = params.get('vendorId');
  return { tabId, vendorId: vendor && vendor.length <= 64 ? vendor : null };
}
