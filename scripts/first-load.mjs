import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The scripts an extension page loads before its first render (its first script, its entry and its
 * preloads), as paths inside the built extension. The bench sizes them; an end-to-end test keeps them
 * ASCII-only (tests/e2e/build-output.spec.ts).
 * @param {string} extensionPath the built extension's folder
 * @param {string} page the page's file, e.g. "sidepanel.html"
 * @returns {string[]}
 */
export function firstLoadScripts(extensionPath, page) {
  const html = readFileSync(path.join(extensionPath, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
}
