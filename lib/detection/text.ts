import { boundedText } from './bounded-text';
import { ci, rx } from './patterns';

/**
 * Bounded page-text collection. The page is hostile and can be huge, so we walk the DOM once, skip
 * script-like subtrees (script text is not page text), read accessible names (SafeBase puts card names
 * only in aria-label) and stop at fixed node/character caps so cost never grows with the page.
 */

export type BlockKind = 'h' | 'cell' | 'li' | 'label' | 'p';

export interface Block {
  /** Whitespace-collapsed text of the block, inline descendants included, nested blocks excluded. */
  t: string;
  /** The block element the text belongs to. */
  el: Element;
  k: BlockKind;
  /** Heading level (1–6) for headings, 9 otherwise. */
  lv: number;
  /** Inside <nav>: menus name pages, they do not state facts. */
  nav: boolean;
}

export const MAX_ELEMENTS = 1500;
export const MAX_CHARS = 30000;
const MAX_DEPTH = 256;

const set = (s: string) => new Set(s.split(' '));
const SKIP = set('script style noscript template svg canvas iframe object embed head select textarea math');
const BLOCK = set(
  'p div li td th h1 h2 h3 h4 h5 h6 dt dd section article header footer main aside nav ul ol dl table thead tbody tfoot tr blockquote figure figcaption caption summary details form fieldset legend label button pre address body html',
);

/**
 * Invisible format characters (Unicode Cf: zero-width joiners, soft hyphens, direction marks) hide
 * inside words ("Open\u200dAI"); a zero-width space is a word break and reads as a space.
 */
const FORMAT = /[^\P{Cf}\u200b]+/gu;
/**
 * Text as matching sees it: format characters removed, compatibility forms folded (NFKC: full-width
 * "ＳＯＣ２", ligatures), whitespace (incl. NBSP) collapsed.
 */
const normalize = (s: string): string =>
  s
    .replace(FORMAT, '')
    .normalize('NFKC')
    .replace(/[\s\u00a0\u200b]+/g, ' ');

/** Normalise (see normalize) and trim. */
export const clean = (s: string): string => normalize(s).trim();

const KIND: Record<string, BlockKind> = { td: 'cell', th: 'cell', li: 'li', dt: 'li', dd: 'li' };
const HEADING: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const SEP = '\u0001';

/** Script and iframe elements collectBlocks hands back, at most. */
export const MAX_EMBEDS = 50;

/**
 * Walk the document once and return its text blocks in document order. Hot loop: one pass over at most
 * MAX_ELEMENTS elements, Set lookups instead of regexes, attributes read only where they can matter.
 * @param embeds receives the script and iframe elements the walk steps over (at most MAX_EMBEDS), so
 *   finding a portal's assets in the body costs no second pass over the document
 */
export function collectBlocks(doc: Document, embeds?: Element[]): Block[] {
  // Raw texts are cleaned in one regex pass over their join at the end: thousands of small
  // replace() calls on concatenated strings cost several times more.
  const raw: string[] = [];
  const meta: Omit<Block, 't'>[] = [];
  let elements = 0;
  let chars = 0;
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];

  const push = (t: string, el: Element, k: BlockKind, lv: number, nav: boolean) => {
    if (!t || chars > MAX_CHARS) return;
    chars += t.length;
    raw.push(t.length > 8000 ? t.slice(0, 8000) : t);
    meta.push({ el, k, lv, nav });
  };

  // An element without child elements: one native textContent call instead of visiting its text
  // nodes from script (each node touched from JS costs a wrapper object on first access).
  const leaf = (c: Element): string | null => (c.firstElementChild ? null : (c.textContent ?? ''));

  // owner/k/lv: the block element that owns the text collected here (inline descendants included).
  const walk = (
    el: Element,
    owner: Element,
    depth: number,
    nav: boolean,
    k: BlockKind,
    lv: number,
  ): string => {
    let buf = '';
    for (let n = el.firstChild; n; n = n.nextSibling) {
      // Stop, not skip, at the caps: a 2 MB page has thousands of siblings left, and merely stepping
      // over them (a wrapper object per node) cost more than everything else together.
      if (chars > MAX_CHARS || elements >= MAX_ELEMENTS) break;
      const type = n.nodeType;
      if (type === 3) {
        buf += (n as Text).data;
        continue;
      }
      if (type !== 1) continue;
      elements++;
      const c = n as Element;
      const tag = c.localName;
      if (SKIP.has(tag) || depth > MAX_DEPTH) {
        if (embeds && (tag === 'script' || tag === 'iframe') && embeds.length < MAX_EMBEDS) embeds.push(c);
        continue;
      }
      // Accessible names are page text: emit them as their own short blocks.
      const label = c.getAttribute('aria-label') ?? (tag === 'img' ? c.getAttribute('alt') : null);
      if (label) push(label.slice(0, 300), c, 'label', 9, nav);
      const role = tag === 'div' || tag === 'span' ? c.getAttribute('role') : null;
      const h = HEADING[tag] ?? (role === 'heading' ? Number(c.getAttribute('aria-level')) || 2 : 0);
      if (tag === 'br') buf += ' ';
      else if (h || BLOCK.has(tag)) {
        push(buf, owner, k, lv, nav);
        buf = '';
        const inNav = nav || tag === 'nav' || role === 'navigation';
        const ck = h ? 'h' : (KIND[tag] ?? 'p');
        push(leaf(c) ?? walk(c, c, depth + 1, inNav, ck, h || 9), c, ck, h || 9, inNav);
      } else buf += ' ' + (leaf(c) ?? walk(c, owner, depth + 1, nav, k, lv)) + ' ';
    }
    return buf;
  };

  push(walk(root, root, 0, false, 'p', 9), root, 'p', 9, false);
  const texts = normalize(raw.join(SEP)).split(SEP);
  const out: Block[] = [];
  // A page text containing SEP would shift the split; fall back to cleaning one by one.
  const aligned = texts.length === raw.length;
  meta.forEach((m, i) => {
    const t = (aligned ? texts[i]! : clean(raw[i]!)).trim().slice(0, 4000);
    if (t) out.push({ t, ...m });
  });
  return out;
}

/**
 * Sentence split. Abbreviations such as "ex." or "e.g." must not end a sentence, or the example
 * marker would be cut off from the list it introduces.
 */
/**
 * Abbreviations that end with a full stop inside sentences, in the eight languages ("z. B.",
 * "Art. 28", "REG. UE n. 2016/679", "S.p.A."). Japanese sentences end with 。 and no space.
 */
const ABBREVIATIONS =
  'ex|e\\.g|i\\.e|etc|vs|inc|ltd|co|no|nr|n|st|incl|approx|cf|fig|al|corp|dept|est|ca|art|artt|reg|abs|lit|bzw|z\\.b|vgl|ggf|d\\.lgs|lgs|s\\.p\\.a|s\\.r\\.l|p\\.ex|ej|p|pp|u\\.s';
const SENTENCE_END = rx(
  `(?<!(?:^|[^\\p{L}])${ci(`(?:${ABBREVIATIONS})`)}\\.)(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}"“‘(¿¡])|(?<=[。！？])`,
  'u',
);

export const sentences = (t: string): string[] => t.split(SENTENCE_END);

/** Cheap bounded text of an element (for sibling / intro context), skipping script-like subtrees. */
export function shortText(el: Element | null | undefined, max = 400): string {
  if (!el || SKIP.has(el.localName)) return '';
  const t = boundedText(el, max * 4);
  return t === null ? '' : clean(t).slice(0, max);
}

/* Test pages: tests/fixtures/pages/netapp-safebase.html (aria-label cards),
   knoetic-vanta.html (script catalog must be skipped), atlassian-trust-faq.html (sentences). */
