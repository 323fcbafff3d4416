import { defineConfig } from 'wxt';
import { inlinePageStylesheets } from './scripts/inline-stylesheets.mjs';

/**
 * Vendorscope build configuration.
 * The manifest is generated here so Chrome (side panel) and Firefox (sidebar) builds share one source.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: lib/ code must show what it depends on (see STYLE.md).
  imports: false,
  // Every script ASCII-only (non-ASCII characters escaped). A script with a single non-ASCII character
  // is decoded to two-byte text as a whole: measured on the side panel's open, decoding its 550 KB took
  // 10-25 ms on the way to the first render, against 2-3 ms for the same code in ASCII.
  vite: () => ({ build: { rollupOptions: { output: { charset: 'ascii' } } } }),
  hooks: {
    // The side panel's stylesheets go inline in its page: two fewer files before its first render
    // (scripts/inline-stylesheets.mjs). Production builds only: the dev server serves its own CSS.
    'build:done': (wxt) => {
      if (wxt.config.command === 'build') inlinePageStylesheets(wxt.config.outDir, 'sidepanel.html');
    },
  },
  manifest: ({ browser }) => ({
    name: 'Vendorscope',
    description:
      'Review AI-agent vendors on their own trust pages: SOC 2 and AI-specific questions, evidence, verdicts. Everything stays on your machine.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      'notifications',
      // Injects the detector into pages the background's gate found candidates (only those).
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Trust pages live on any site. Host access lets the background read each tab's address and title
    // (the gate, lib/detection/gate-background.ts) and inject the detector into a candidate page. No
    // content script is declared: a page with no trust hint runs no Vendorscope code.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Vendorscope' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+V' },
              description: 'Open the Vendorscope sidebar',
            },
          }
        : {
            // With openPanelOnActionClick, executing the action opens the side panel.
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+V' },
              description: 'Open the Vendorscope side panel',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vendorscope@vendorscope.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists on Firefox for Android from 142 (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
