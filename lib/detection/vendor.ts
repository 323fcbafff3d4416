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

/** Compiled once: every title and heading a name is taken from is checked. */
const HAS_LETTER = rx(String.raw`\p{L}`, 'u');

/** Strip trust words and punctuation from a title part or heading; null if nothing name-like is left. */
export function nameFrom(s: string): string | null {
  const n = clean(
    // Markup in a title is literal text the page wrote; it is kept (and rendered as text), not guessed away.
    s.replace(/\bpowered by \S+/gi, ' ').replace(TRUST_WORDS, ' '),
  )
    .replace(/^[\s|:–—,·&'’-]+|[\s|:–—,·&-]+$/g, '')
    .trim();
  if (!n || n.length > 100 || !HAS_LETTER.test(n) || n.split(' ').length > 6 || PLATFORM_NAME.test(n))
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
      .some(
        (l) =>
          l.length >= 3 &&
          (l.startsWith(n) ||
            n.startsWith(l.replace(/-/g, '')) ||
            // "getquillby", "quillbyhq": the name inside a longer host label.
            (n.length >= 4 && l.replace(/-/g, '').includes(n))),
      )
  );
}

/** Letters and digits only, accents dropped: "KorènCRM" and "korencrm" compare equal. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The run of at most four words in `text` that spells the vendor's host label ("Politique de
 * sécurité de PayFit" on payfit.com → "PayFit"), as the page writes it. The longest run wins.
 */
/** A word that can be part of a company name: Latin letters or digits, not a framework's name. */
const NAME_WORD = /^[\p{Script=Latin}\d&.'’-]+$/u;
const NOT_NAME_WORD = /^(?:soc ?\d?|iso|type|ii?|gdpr|hipaa)$/i;

export function nameInText(text: string, label: string, maxExtra = 4): string | null {
  const want = fold(label);
  if (want.length < 3) return null;
  const words = text
    .slice(0, 300)
    .split(/[\s|:–—,·()/]+/)
    .filter(Boolean);
  let best: string | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < Math.min(words.length, i + 4); j++) {
      if (!NAME_WORD.test(words[j]!) || NOT_NAME_WORD.test(words[j]!)) break;
      const run = words.slice(i, j + 1).join(' ');
      const f = fold(run);
      if (f.length < 3 || f.length > want.length + maxExtra) break;
      // The run is the label, or the label plus a short word the domain left out ("Mindset AI" on mindset.ai).
      if (
        (f === want || (f.startsWith(want) && /^[\p{Lu}\d]/u.test(run))) &&
        run.length > (best?.length ?? 0)
      )
        best = run.replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$/gu, '');
    }
  }
  return best || null;
}

const SECOND_LEVEL = /^(?:com|co|org|net|gov|edu|ac|ne|or|gv|go)$/;

/**
 * Hosting and site-builder domains a vendor's site may live under ("acme.vercel.app",
 * "acme-site.acme.workers.dev"): their labels name the host's product, never the vendor.
 */
const HOSTED_SUFFIX =
  /\.(?:workers\.dev|pages\.dev|vercel\.app|netlify\.app|herokuapp\.com|web\.app|firebaseapp\.com|github\.io|gitlab\.io|azurewebsites\.net|onrender\.com|fly\.dev|up\.railway\.app|replit\.app|webflow\.io|framer\.website|wixsite\.com|blogspot\.com|notion\.site|mintlify\.app|gitbook\.io|readme\.io)$/;

/** A host's labels that may name the vendor: without the top-level domain, or a hosting domain. */
const hostLabels = (host: string): string[] => {
  const h = host.toLowerCase();
  const bare = h.replace(HOSTED_SUFFIX, '');
  return bare !== h ? bare.split('.') : h.split('.').slice(0, -1);
};

/** The host label that names the vendor: "doctolib" in doctolib.zendesk.com, "acme" in trust.acme.co.uk. */
export function vendorLabel(host: string): string | null {
  const labels = hostLabels(host);
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i]!;
    // An internationalised label ("xn--y8jl1nm041aulav72g" for さくら連絡網) spells nothing readable.
    if (!SECOND_LEVEL.test(l) && !GENERIC_LABEL.test(l) && /[a-z]/.test(l) && !l.startsWith('xn--')) return l;
  }
  return null;
}

/** "greyhound-software" → "Greyhound Software": the last resort, better than a heading like "Sécurité". */
const labelAsName = (label: string) =>
  label
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');

/**
 * On a platform's portal (`host` empty) the title or heading names the vendor. On the vendor's own
 * host, page titles and headings are mostly the page's topic in the page's language ("Sécurité",
 * "Datenschutz und Sicherheit"): a name from them is used only when it spells the host's label;
 * otherwise og:site_name, then the host label itself.
 */
export function vendorName(doc: Document, title: string, host: string): string | null {
  const parts = titleParts(title).filter((p) => !/\bpowered by\b/i.test(p));
  const names = parts.map(nameFrom).filter((n): n is string => !!n);
  const site = nameFrom(meta(doc, 'og:site_name'));
  const label = host ? vendorLabel(host) : null;
  const matched = names.find((n) => matchesHost(n, host));
  // "GitLab SOC2", "Dejiren セキュリティ情報": the part matched the host; keep only the name in it.
  if (matched) return (label && nameInText(matched, label, 40)) || matched;
  if (site) return site;
  const heading = doc.querySelector('h1') ?? doc.querySelector('header h2, main h2');
  const headingText = (boundedText(heading, 2000) ?? '').slice(0, 200);
  if (label) {
    for (const t of [...parts, headingText]) {
      const n = nameInText(t, label);
      if (n) return n;
    }
    return labelAsName(label);
  }
  if (names.length) return names[names.length - 1]!;
  return nameFrom(headingText);
}

/** Host labels that name a service, a language or a hosting product, never a vendor. */
const GENERIC_LABEL =
  /^(?:www\d?|docs?|help|support|app|apps|api|about|corp|site|web|trust|security|compliance|status|legal|hc|kb|portal|my|pages|zendesk|intercom|software|cloud|online|[a-z]{2})$/;

/** Marketing affixes of vendor domains: "get", "try", "use", "join", "we are" before the name; "hq", "app" after. */
const DOMAIN_PREFIX = /^(?:get|try|use|join|meet|hello|weare)(?=[a-z]{4})/;
const DOMAIN_SUFFIX = /(?<=[a-z]{4})(?:hq|app|apps|labs|team)$/;

/**
 * The names the vendor goes by on its own page: the labels of its host ("docs.greyhound-software.com"
 * → "greyhound-software", "greyhound") and, on a platform's portal, the name the portal shows. A name
 * guessed from a self-hosted page's title is not used: titles are often just the page's heading.
 */
export function selfNames(host: string, name: string | null): string[] {
  const labels = hostLabels(host);
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

/**
 * The names in the host's labels once a marketing affix is dropped ("docs.wearelumina.com" → "lumina",
 * "getlumina.io", "luminahq.com"). Less sure than the labels themselves ("getaround" is a name whole),
 * so they count as the vendor's voice only where they state a status (page-voice.ts).
 */
export function affixNames(host: string): string[] {
  const out = new Set<string>();
  for (const l of hostLabels(host)) {
    if (GENERIC_LABEL.test(l)) continue;
    const bare = l.replace(DOMAIN_PREFIX, '').replace(DOMAIN_SUFFIX, '');
    if (bare !== l && bare.length >= 4 && !GENERIC_LABEL.test(bare)) out.add(bare);
  }
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
