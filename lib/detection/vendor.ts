import { rx } from './patterns';
import { meta } from './gate';
import { NAMES, PLATFORM_DOMAIN } from './platform';
import { titleParts } from './signals';
import { boundedText } from './bounded-text';
import { clean } from './text';

/**
 * Who the page is about. The name comes from the title (site names usually sit in a title part),
 * then og:site_name, then the main heading; trust words and "Powered by …" are stripped. The host is
 * the page host, except on a platform's own host, where it is the host of the links back to the
 * vendor's site (never the platform's host).
 */

const TRUST_WORDS =
  /\b(?:trust cent(?:er|re)|trust portal|trust report|security (?:&|and) (?:privacy|trust|compliance)|privacy (?:&|and) security|security (?:overview|cent(?:er|re)|portal|practices|page|whitepaper|statement)|frequently asked questions|(?:security )?profile|sub-?processors?(?: list)?|security|compliance|trust|privacy|overview|faqs?|home|legal|welcome to)\b/gi;
const PLATFORM_NAME = rx(`^(?:${NAMES})$`, 'i');
/** Hosts that appear as links on portals but never stand for the vendor. */
const NOT_VENDOR =
  /(?:^|\.)(?:linkedin|twitter|x|facebook|instagram|youtube|github|google|apple|microsoft|aicpa|cloudsecurityalliance|iso)\.(?:com|org)$/i;

/** Strip trust words and punctuation from a title part or heading; null if nothing name-like is left. */
export function nameFrom(s: string): string | null {
  const n = clean(
    // Markup in a title is literal text the page wrote; it is kept (and rendered as text), not guessed away.
    s.replace(/\bpowered by \S+/gi, ' ').replace(TRUST_WORDS, ' '),
  )
    .replace(/^[\s|:–—,·&'’-]+|[\s|:–—,·&-]+$/g, '')
    .trim();
  if (
    !n ||
    n.length > 100 ||
    !rx(String.raw`\p{L}`, 'u').test(n) ||
    n.split(' ').length > 6 ||
    PLATFORM_NAME.test(n)
  )
    return null;
  return n;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Does a name match one of the host's labels ("Relevance AI" ~ relevanceai.mintlify.app)? */
function matchesHost(name: string, host: string): boolean {
  const n = norm(name);
  return (
    n.length >= 3 &&
    host
      .toLowerCase()
      .split('.')
      .some((l) => l.length >= 3 && (l.startsWith(n) || n.startsWith(l.replace(/-/g, ''))))
  );
}

export function vendorName(doc: Document, title: string, host: string): string | null {
  const names = titleParts(title)
    .filter((p) => !/\bpowered by\b/i.test(p))
    .map(nameFrom)
    .filter((n): n is string => !!n);
  const site = nameFrom(meta(doc, 'og:site_name'));
  const matched = names.find((n) => matchesHost(n, host));
  if (matched) return matched;
  if (site) return site;
  if (names.length) return names[names.length - 1]!;
  const heading = doc.querySelector('h1') ?? doc.querySelector('header h2, main h2');
  return nameFrom((boundedText(heading, 2000) ?? '').slice(0, 200));
}

/** Host labels that name a service, a language or a hosting product, never a vendor. */
const GENERIC_LABEL =
  /^(?:www\d?|docs?|help|support|app|apps|api|about|corp|site|web|trust|security|compliance|status|legal|hc|kb|portal|my|pages|zendesk|intercom|software|cloud|online|[a-z]{2})$/;

/**
 * The names the vendor goes by on its own page: the labels of its host ("docs.greyhound-software.com"
 * → "greyhound-software", "greyhound") and, on a platform's portal, the name the portal shows. A name
 * guessed from a self-hosted page's title is not used: titles are often just the page's heading.
 */
export function selfNames(host: string, name: string | null): string[] {
  const labels = host.toLowerCase().split('.').slice(0, -1);
  const out = new Set<string>();
  for (const l of labels) {
    if (GENERIC_LABEL.test(l)) continue;
    out.add(l);
    const head = l.split('-')[0]!;
    if (head.length >= 3 && !GENERIC_LABEL.test(head)) out.add(head);
  }
  if (name && name.length >= 3 && name.length <= 60) out.add(name);
  return [...out];
}

/** The host standing for the vendor on a platform-hosted page: the most linked non-platform host. */
export function linkedVendorHost(doc: Document, pageHost: string, name: string | null): string | null {
  const counts = new Map<string, number>();
  const links = doc.links;
  for (let i = 0; i < links.length && i < 400; i++) {
    const href = links[i]!.getAttribute('href') ?? '';
    const m = /^https?:\/\/([^/?#:]+)/i.exec(href);
    const h = m?.[1]?.toLowerCase();
    if (!h || h === pageHost || PLATFORM_DOMAIN.test(h) || NOT_VENDOR.test(h)) continue;
    counts.set(h, (counts.get(h) ?? 0) + (name && matchesHost(name, h) ? 100 : 1));
  }
  let best: string | null = null;
  let n = 0;
  for (const [h, c] of counts) if (c > n) [best, n] = [h, c];
  return best;
}

/* Test pages: tests/fixtures/pages/netapp-safebase.html ("| Powered by SafeBase"), textql-drata.html
   (name only in the h1), atlassian-trust-faq.html ("Frequently asked questions | Atlassian"),
   relevanceai-security.html (docs host), workato-security.html. */
