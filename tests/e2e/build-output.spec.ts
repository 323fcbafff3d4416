/**
 * What the built extension must keep for the side panel's open time (issue #10, part 5): checked on
 * the build the other end-to-end tests load.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { firstLoadScripts } from '../../scripts/first-load.mjs';
import { EXTENSION_PATH, test as withExtension } from './fixtures';

test('the side panel’s and options page’s first-load scripts are ASCII-only', () => {
  // One non-ASCII character makes the browser decode a whole script to two-byte text: 10–25 ms more
  // before the panel's first render, measured (wxt.config.ts, output.charset).
  for (const page of ['sidepanel.html', 'options.html']) {
    const scripts = firstLoadScripts(EXTENSION_PATH, page);
    expect(scripts.length, page).toBeGreaterThan(1);
    for (const file of scripts) {
      const text = readFileSync(path.join(EXTENSION_PATH, file), 'utf8');
      const at = text.search(/[^\t\n\r\x20-\x7e]/);
      expect(
        at,
        `${file}: a character outside printable ASCII near “${text.slice(Math.max(0, at - 30), at + 10)}”`,
      ).toBe(-1);
    }
  }
});

test('the side panel’s first load holds no Dexie: the database code loads after the first render', () => {
  // The first view comes from the panel's first script; Dexie (~100 KB) and its construction (six
  // schema versions) would only stand before the first render (lib/db/load-page-data.ts).
  const scripts = firstLoadScripts(EXTENSION_PATH, 'sidepanel.html');
  const all = readdirSync(path.join(EXTENSION_PATH, 'chunks')).map((f) => `chunks/${f}`);
  // "__dbnames": the name of Dexie's own registry of databases, a string only its code holds.
  const holdsDexie = (file: string) =>
    readFileSync(path.join(EXTENSION_PATH, file), 'utf8').includes('__dbnames');
  expect(all.filter(holdsDexie), 'Dexie is in the build').toHaveLength(1);
  expect(scripts.filter(holdsDexie)).toEqual([]);
});

test('the side panel’s first script runs before its module, every time', () => {
  // The module takes the read the first script started (lib/panel/first-view.ts). Deferred classic
  // scripts and modules run in document order; an async script could run after the module, and the
  // panel then read everything live.
  const scripts = [
    ...readFileSync(path.join(EXTENSION_PATH, 'sidepanel.html'), 'utf8').matchAll(/<script\b[^>]*>/g),
  ].map((m) => m[0]);
  const first = scripts.findIndex((s) => s.includes('/panel-first-view.js'));
  const module = scripts.findIndex((s) => /type="module"/.test(s));
  expect(scripts[first]).toMatch(/\bdefer\b/);
  expect(scripts[first]).not.toMatch(/\basync\b/);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(first).toBeLessThan(module);
});

withExtension(
  'the side panel’s styles are in its page: it loads no stylesheet, and they apply',
  async ({ openPanel }) => {
    // Module scripts wait for a page's stylesheets, and each file is one more round through the
    // browser's extension file loader before the first render (scripts/inline-stylesheets.mjs).
    const links =
      readFileSync(path.join(EXTENSION_PATH, 'sidepanel.html'), 'utf8').match(/<link\b[^>]*>/g) ?? [];
    expect(links.filter((l) => /rel="stylesheet"/.test(l))).toEqual([]);
    const panel = await openPanel('');
    await expect(panel.getByRole('heading', { name: 'Vendors', exact: true })).toBeVisible();
    const styled = await panel.evaluate(() => ({
      // From assets/panel.css (the browser's default body margin is 8px) and from the components'
      // stylesheet (components/questionnaire/questionnaire.css), which the build keeps apart.
      bodyMargin: getComputedStyle(document.body).margin,
      cardRadius: getComputedStyle(document.querySelector('.card')!).borderTopLeftRadius,
      warn: getComputedStyle(document.documentElement).getPropertyValue('--q-warn').trim(),
    }));
    expect(styled).toEqual({ bodyMargin: '0px', cardRadius: '8px', warn: '#9a6700' });
  },
);
