import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The side panel's stylesheets, inlined into its page by the production build (wxt.config.ts).
 *
 * Why: a page's module scripts wait for its stylesheets before they run (traced: in some opens the
 * panel's modules waited for its last stylesheet), and each file the page requests is one more round
 * through the browser's extension file loader, which answered 35-75 ms after the request while the
 * browser opened the panel. Inlined, the panel's two small stylesheets (5 KB) cost neither. Paired
 * A/B of the 1,000-vendor bench panel, two rounds: trust tab -5 and -12 ms, vendor -10 and +7 ms
 * (medians): a small gain, kept because it only removes work.
 */

const LINK = /[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*>\n?/g;

/**
 * Replaces each `<link rel="stylesheet" href="/…">` of `html` with a `<style>` holding the file's
 * text, read by `read(pathInsideTheExtension)`, in the same place (the cascade keeps its order).
 * Throws when a stylesheet cannot be inlined as is: a remote or relative address, a `url()` (it would
 * resolve against the page, not the stylesheet), or text that would end the `<style>` element early.
 * @param {string} html
 * @param {(file: string) => string} read
 * @returns {string}
 */
export function inlineStylesheets(html, read) {
  return html.replace(LINK, (link) => {
    const href = /\bhref="\/([^"]+\.css)"/.exec(link)?.[1];
    if (!href) throw new Error(`cannot inline ${link.trim()}: not a stylesheet of this extension`);
    const css = read(href).trim();
    if (/<\/style/i.test(css)) throw new Error(`cannot inline ${href}: it holds "</style"`);
    if (/\burl\(/i.test(css))
      throw new Error(`cannot inline ${href}: its url() would resolve against the page`);
    const indent = /^[ \t]*/.exec(link)?.[0] ?? '';
    return `${indent}<style>${css}</style>\n`;
  });
}

/**
 * Inlines the stylesheets of `page` in the built extension at `outDir`; the files stay (other pages
 * may link them). Does nothing when the page is not in that build.
 * @param {string} outDir
 * @param {string} page
 */
export function inlinePageStylesheets(outDir, page) {
  const file = path.join(outDir, page);
  if (!existsSync(file)) return;
  const html = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    inlineStylesheets(html, (href) => readFileSync(path.join(outDir, href), 'utf8')),
  );
}
