import { browser } from 'wxt/browser';

/** The toolbar button (and its keyboard shortcut) opens the side panel. Firefox uses sidebar_action. */
export function registerSidePanel(): void {
  if (import.meta.env.FIREFOX) return;
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((err: unknown) => {
    console.error('[vendorscope] could not bind the side panel to the toolbar button', err);
  });
}
