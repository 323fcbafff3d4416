import type { Detection } from './schema';
import type { Platform } from './vocab';
import { claimSteps } from './claims';
import { runSteps, type Steps } from './steps';
import { newEnv } from './statements';
import { isCandidatePage, mainHeading, meta, sampleText } from './gate';
import { assetPlatform, hostedPlatform, PLATFORM_DOMAIN, poweredBy } from './platform';
import { contentEvidence, pageEvidence, TRUST_SCORE } from './signals';
import { extractSubprocessors } from './subprocessors';
import { guessLang } from './lang';
import { clean, collectBlocks } from './text';
import { affixNames, linkedVendorHost, selfNames, vendorName } from './vendor';

/**
 * Pure trust-page detection: (document, url) → Detection. No browser or Node APIs: the caller passes
 * the environment. Work is bounded (see text.ts caps) and a page failing the cheap gate costs only the
 * gate. Claims and sub-processors are only read from pages judged to be trust pages: a blog post
 * announcing an audit is not evidence.
 */

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * @param options.gated the caller has just run the gate on this page (the content script does, to stop
 *   early on most pages), so it is not run a second time on the hot path
 * @default options.gated false
 */
export function detect(
  doc: Document = document,
  url: string = location.href,
  options: { gated?: boolean } = {},
): Detection {
  return runSteps(detectSteps(doc, url, options));
}

/**
 * detect() as steps (steps.ts): it yields after the page walk, after reading the page's wording,
 * after the sub-processors and after each block whose claims it read, so the injected detector can
 * give the page its main thread back between them (time-slice.ts). The document is read as it is
 * when each step runs: the blocks keep the text of the walk, and a page that changes meanwhile is
 * detected again by the detector's watch.
 */
export function* detectSteps(
  doc: Document = document,
  url: string = location.href,
  options: { gated?: boolean } = {},
): Steps<Detection> {
  // document.title is text: markup in it is literal and stays visible (rendered as text downstream).
  const title = clean(doc.title ?? '').slice(0, 1000);
  const u = parseUrl(url);
  const base: Detection = {
    url: url.slice(0, 4096),
    title,
    isTrustPage: false,
    confidence: 0,
    platform: null,
    vendor: null,
    claims: [],
    thirdParty: [],
    subprocessors: [],
    signals: [],
  };
  if (!u || !/^https?:$/.test(u.protocol)) return base;
  if (!options.gated && !isCandidatePage(url, title, sampleText(doc), mainHeading(doc))) return base;

  const host = u.hostname.toLowerCase();
  const h1 = clean(mainHeading(doc));
  const ev = pageEvidence(u, title, h1, /article/i.test(meta(doc, 'og:type')));
  const signals = ev.signals;
  let score = ev.score;

  // Platform: the portal's own host first, then a "Powered by" mark, then portal assets.
  const hosted = hostedPlatform(host + u.pathname);
  let asset: Platform | null = null;
  if (hosted) {
    signals.push('host:' + hosted);
    score += 4;
  } else if (PLATFORM_DOMAIN.test(host) && !/^trust\./.test(host)) {
    // A trust platform's own site (help centre, blog, marketing) documents the product, not a vendor.
    signals.push('neg:platform-own-site');
    score -= 4;
  }
  /** A trust platform's asset among `els` (the first one): a marker, and +2 for a portal's entry point. */
  const findAsset = (els: Iterable<Element>): void => {
    for (const el of els) {
      const src = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      const p = assetPlatform(src);
      if (!p) continue;
      signals.push('marker:' + p);
      // Only portal entry points or embedded portals say "this is a trust page" by themselves.
      if (/trust|profile/i.test(src) || el.localName === 'iframe') score += 2;
      asset = p;
      return;
    }
  };
  // The head's scripts and links now; the body's scripts and iframes as the page walk meets them.
  // Not doc.scripts or getElementsByTagName('iframe') over the document: on a page with 30,000
  // elements, listing them took a millisecond, and it grows with the page.
  const head = doc.head;
  if (head)
    findAsset([
      ...[...head.getElementsByTagName('script')].slice(0, 40),
      ...[...head.getElementsByTagName('link')].slice(0, 40),
    ]);

  // A "Powered by" mark (+3), the text's voice (+2 at most) and an embedded portal in the body (+2)
  // are the evidence still to come: skip the page walk when even all of them could not make this a
  // trust page (blog posts, job pages, guides).
  if (score + 5 + (asset ? 0 : 2) < TRUST_SCORE) return { ...base, signals: signals.slice(0, 100) };
  const embeds: Element[] = [];
  const blocks = collectBlocks(doc, embeds);
  yield;
  if (!asset) findAsset(embeds);
  const powered =
    poweredBy(title) ??
    blocks.reduce<Platform | null>((p, b) => p ?? (b.t.length <= 60 ? poweredBy(b.t) : null), null);
  if (powered) {
    signals.push('text:powered-by-' + powered);
    score += 3;
  }
  const name = vendorName(doc, title, hosted ? '' : host);
  const ownNames = selfNames(hosted ? '' : host, hosted ? name : null);
  const affixed = hosted ? [] : affixNames(host);
  const subPage = signals.includes('path:subprocessors') || signals.includes('title:subprocessors');
  const text = blocks.map((b) => b.t).join('\n');
  const lang = guessLang(text, doc.documentElement?.getAttribute('lang') ?? '');
  // A portal, or a page on the vendor's own trust host that already scores as a trust page twice
  // over, needs no reading of its wording: guides and blog posts are not published there.
  const settled = (hosted || signals.includes('host:trust-subdomain')) && score >= TRUST_SCORE + 2;
  if (!settled) {
    const content = contentEvidence({
      text,
      headings: blocks.filter((b) => b.k === 'h').map((b) => b.t),
      selfNames: ownNames,
      pageName: name,
      statusNames: affixed,
      listing: !!(hosted || powered || asset),
      lang,
    });
    signals.push(...content.signals);
    score += content.score;
    yield;
  }

  const isTrustPage = score >= TRUST_SCORE;
  if (!isTrustPage) return { ...base, signals: signals.slice(0, 100) };

  // Sub-processors first: the parties the page lists are third parties wherever the text names them.
  const subprocessors = extractSubprocessors(doc, blocks, subPage);
  yield;
  const env = newEnv(lang, [...ownNames, ...affixed]);
  env.holders.roles.know(
    subprocessors.map((s) => s.name),
    env.holders.selfName,
  );
  const { claims, thirdParty } = yield* claimSteps(blocks, env);
  if (claims.length) signals.push('content:claims');
  if (subprocessors.length) signals.push('content:subprocessors');
  return {
    ...base,
    isTrustPage,
    confidence: Math.min(1, Math.round((score / 6 + (claims.length ? 0.15 : 0)) * 100) / 100),
    platform: hosted ?? powered ?? asset ?? 'self-hosted',
    vendor: { name, domain: null, host: hosted ? linkedVendorHost(doc, host, name) : host },
    claims,
    thirdParty,
    subprocessors,
    signals: signals.slice(0, 100).map((s) => s.slice(0, 80)),
  };
}

/* Test pages: every file in tests/fixtures/pages/ (detect.test.ts runs cases.json) and
   tests/fixtures/extra/ (one case per platform marker and status wording). */
