import { boundedText } from './bounded-text';
import { assetPlatform, PLATFORM_DOMAIN, POWERED } from './platform';

/**
 * The cheap first gate the content script runs on every page. It sees only the URL, the title and a
 * small bounded text sample, and must answer in microseconds. It is deliberately loose: everything
 * the full detector can call a trust page passes here (detect() itself starts by calling this gate),
 * so only pages with no trust hint at all are rejected.
 */

const URL_HINT =
  /(?:^|[./])(?:trust|security|compliance|trustcenter|trust-center)[.-]|\/[\w-]*(?:trust|secur|complian|processor|certif)[\w-]*(?:[/?#.]|$)/i;
const TITLE_HINT = /trust|secur|complian|processor|powered\s+by/i;
const SAMPLE_HINT = /trust\s+cent(?:er|re)|trust\s+portal/i;

/** Could this page be a trust page? Cheap, permissive, no DOM access. */
export function isCandidatePage(url: string, title: string, textSample: string): boolean {
  const sample = textSample.slice(0, 2000);
  return (
    URL_HINT.test(url.slice(0, 2048)) ||
    PLATFORM_DOMAIN.test(url.split('/')[2] ?? '') ||
    TITLE_HINT.test(title.slice(0, 500)) ||
    SAMPLE_HINT.test(sample) ||
    POWERED.test(sample) ||
    !!assetPlatform(sample)
  );
}

/**
 * The page footer, looked for only among the last children of body, a few levels deep: a
 * querySelector('footer') would walk the whole document on every page.
 */
function findFooter(doc: Document): Element | null {
  let el: Element | null = doc.body;
  for (let depth = 0; el && depth < 4; depth++) {
    let next: Element | null = null;
    let c: Element | null = el.lastElementChild;
    for (let i = 0; c && i < 6; i++, c = c.previousElementSibling) {
      if (c.localName === 'footer' || c.getAttribute('role') === 'contentinfo') return c;
      if (!next && !/^(?:script|style|noscript|template|link|meta)$/.test(c.localName)) next = c;
    }
    el = next;
  }
  return null;
}

const attr = (el: Element | null | undefined, name: string, max = 200) =>
  (el?.getAttribute(name) ?? '').slice(0, max);

/** An Open Graph property from <head> only (a document-wide query walks the whole page when absent). */
export const meta = (doc: Document, prop: string): string =>
  attr(doc.head?.querySelector(`meta[property="${prop}"]`), 'content');

/**
 * A bounded text sample: meta names, the first h1, the tail of the footer (where "Powered by …" lives)
 * and asset URLs. Uses textContent on two small elements only: no layout (innerText), no full walk.
 */
export function sampleText(doc: Document): string {
  const parts = [
    meta(doc, 'og:site_name'),
    meta(doc, 'og:title'),
    (boundedText(doc.querySelector('h1'), 2000) ?? '').slice(0, 300),
    (boundedText(findFooter(doc), 8000) ?? '').slice(-600),
  ];
  const scripts = doc.scripts;
  for (let i = 0; i < scripts.length && i < 40; i++) parts.push(attr(scripts[i]!, 'src'));
  const frames = doc.getElementsByTagName('iframe');
  for (let i = 0; i < frames.length && i < 5; i++) parts.push(attr(frames[i]!, 'src'));
  return parts.filter(Boolean).join('\n').replace(/\s+/g, ' ').slice(0, 2000);
}

/* Test pages: all of tests/fixtures/pages/ (gate.test.ts checks it accepts every trust case), plus a
   generated 300 KB non-trust page for timing. */
