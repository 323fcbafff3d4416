// `npm start`: builds Vendorscope, launches Chromium with it loaded, and serves the bundled demo pages of
// a fictional vendor (Lumenhive) under their own URLs. With a display it opens them and stays open until
// you close the browser; without one (or with --headless) it runs headless, saves a screenshot of the side
// panel on each demo page, prints the paths and exits.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { extensionArgs, requireChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = path.join(root, 'scripts/demo-pages');
const extensionPath = path.join(root, '.output/chrome-mv3');
const outDir = path.join(root, 'screenshots');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const pages = JSON.parse(readFileSync(path.join(demoDir, 'pages.json'), 'utf8'));
const byUrl = new Map(pages.map((p) => [p.url, readFileSync(path.join(demoDir, p.file), 'utf8')]));

if (!process.argv.includes('--no-build')) execSync('npx wxt build', { cwd: root, stdio: 'inherit' });
const executablePath = requireChromium();

const context = await chromium.launchPersistentContext('', {
  executablePath,
  headless,
  viewport: headless ? { width: 420, height: 900 } : null,
  args: extensionArgs(extensionPath),
});
// Demo pages only: every other web request is answered locally, nothing leaves the machine.
await context.route(/^https?:\/\//, (route) => {
  const url = new URL(route.request().url());
  const html = byUrl.get(`${url.origin}${url.pathname}`);
  return html
    ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not part of the Vendorscope demo.' });
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

async function openTab(url) {
  const pageEvent = context.waitForEvent('page');
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id, url);
  const page = await pageEvent;
  await page.waitForLoadState('load');
  return { page, tabId };
}

async function badgeFor(tabId) {
  for (let i = 0; i < 20; i++) {
    const text = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (text) return text;
    await new Promise((r) => setTimeout(r, 250));
  }
  return '';
}

if (!headless) {
  for (const p of pages) await openTab(p.url);
  console.log(
    `Vendorscope is loaded with ${pages.length} demo pages open. Click the toolbar icon (or press Alt+Shift+V) ` +
      'to open the side panel. Close the browser to exit.',
  );
  await new Promise((resolve) => context.on('close', resolve));
} else {
  mkdirSync(outDir, { recursive: true });
  for (const p of pages) {
    const { tabId } = await openTab(p.url);
    const badge = await badgeFor(tabId);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('heading', { name: 'Vendors', exact: true }).waitFor();
    await panel.waitForTimeout(300);
    const file = path.join(outDir, `sidepanel-${p.name}.png`);
    await panel.screenshot({ path: file, fullPage: true });
    console.log(
      `${p.url}  badge: ${badge ? `"${badge}" (trust page)` : 'none'}  →  ${path.relative(process.cwd(), file)}`,
    );
    await panel.close();
  }
  await context.close();
}
