import { browser } from 'wxt/browser';
import { toolbarAction } from '../compat/toolbar-action';

interface SidebarAction {
  toggle(): Promise<void>;
}

/**
 * The toolbar button (and its keyboard shortcut) opens the review: Chrome's side panel opens on the
 * click by itself; Firefox's sidebar is toggled here (the click is the user action it requires).
 */
export function registerSidePanel(): void {
  if (import.meta.env.FIREFOX) {
    const sidebar = (browser as unknown as { sidebarAction: SidebarAction }).sidebarAction;
    toolbarAction().onClicked.addListener(() => void sidebar.toggle());
    return;
  }
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((err: unknown) => {
    console.error('[vendorscope] could not bind the side panel to the toolbar button', err);
  });
}
