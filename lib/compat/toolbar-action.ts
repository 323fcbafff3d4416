import { browser } from 'wxt/browser';

/**
 * The toolbar button's API in this build: `action` in Chrome's MV3, `browserAction` in Firefox's MV2
 * (which has no `action`; WXT's `browser` adds no polyfill). Every badge and title call goes through
 * here; tests/conventions.test.ts refuses a direct `browser.action` anywhere else, because one such
 * call threw in Firefox and stopped the badge, change detection and reminders behind it.
 */
export type ToolbarAction = Pick<
  typeof browser.action,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle' | 'getBadgeText' | 'getTitle' | 'onClicked'
>;

export function toolbarAction(): ToolbarAction {
  return (import.meta.env.MANIFEST_VERSION === 2 ? browser.browserAction : browser.action) as ToolbarAction;
}
