/**
 * What the built extension must keep for the side panel's open time (issue #10, part 5): checked on
 * the build the other end-to-end tests load.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_PATH } from './fixtures';

/** The scripts a page loads before its first render: its first script, its entry and its preloads. */
function firstLoadScripts(page: string): string[] {
  const html = readFileSync(path.join(EXTENSION_PATH, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
}

test('the side panel’s and options page’s first-load scripts are ASCII-only', () => {
  // One non-ASCII character makes the browser decode a whole script to two-byte text: 10–25 ms more
  // before the panel's first render, measured (wxt.config.ts, output.charset).
  for (const page of ['sidepanel.html', 'options.html']) {
    const scripts = firstLoadScripts(page);
    expect(scripts.length, page).toBeGreaterThan(1);
    for (const file of scripts) {
      const text = readFileSync(path.join(EXTENSION_PATH, file), 'utf8');
      const found = text.match(/[^\t\n\r\x20-\x7e]/);
      expect(
        found?.[0],
        `${file}: a non-ASCII character near “${text.slice(Math.max(0, (found?.index ?? 0) - 30), (found?.index ?? 0) + 10)}”`,
      ).toBeUndefined();
    }
  }
});
