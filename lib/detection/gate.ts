import { boundedText } from './bounded-text';
import { assetPlatform, PLATFORM_DOMAIN, POWERED } from './platform';

/**
 * The cheap first gate the content script runs on every page. It sees only the URL, the title and a
 * small bounded text sample, and must answer in microseconds. It is deliberately loose: everything
 * the full detector can call a trust page passes here (detect() itself starts by calling this gate),
 * so only pages with no trust hint at all are rejected.
 */

/**
 * Topic stems in eight languages: security (secur/sicher/segur/sicur/veilig/beveilig, セキュリティ),
 * trust, compliance (complian/conformi/cumplim/naleving), sub-processors, certifications, data
 * protection and single frameworks, the technical and organisational measures of data-protection law,
 * an AI vendor's AI governance, and what real trust pages go by besides: a safety page, an EU AI Act
 * statement, a FAQ, "how we protect …". Matched anywhere in the URL, title or main heading: permissive
 * on purpose, detect() judges.
 */
const HINT =
  /trust|secur|sicher|segur|sicur|veilig|beveilig|complian|conformi|cumplim|naleving|processor|prozessor|subunternehmer|unterauftrag|auftragsverarbeit|procesador|processador|sub-?responsabil|subcontract|traitant|encargad|suboperad|verwerker|certif|zertifi|attest|datenschutz|protec|proteç|bescherm|gdpr|dsgvo|rgpd|lgpd|\/avg(?=[/?#.-]|$)|gegevensbescherming|\bisms\b|hipaa|soc.?[123]|iso.?(?:27|42)|(?:^|\/)iso|pci|isae|fedramp|\bbaa\b|business associate|organisatorisch|t[eé]c?h?ni[cqks]\p{L}*\s+(?:and|&|und|et|y|e|en)\s+organi|ai[ -]governance|responsible ai|ki-governance|verantwortungsvolle ki|gouvernance de l.ia|gobernanza de (?:la )?ia|governan[cç]a d[ae] ia|governance dell.ia|verantwoorde ai|\bai[ -]?act\b|ki-verordnung|ai-verordening|safety|prot[eé]g|\bfaqs?\b|häufig gestellte|veelgestelde|preguntas frecuentes|questions fréquentes|domande frequenti|perguntas frequentes|セキュリティ|コンプライアンス|認証|個人情報/iu;
const SAMPLE_HINT = /trust\s+cent(?:er|re)|trust\s+portal/i;

/** Could this page be a trust page? Cheap, permissive, no DOM access. `heading` is the main heading. */
export function isCandidatePage(url: string, title: string, textSample: string, heading = ''): boolean {
  const sample = textSample.slice(0, 2000);
  return (
    HINT.test(url.slice(0, 2048)) ||
    PLATFORM_DOMAIN.test(url.split('/')[2] ?? '') ||
    HINT.test(title.slice(0, 500)) ||
    HINT.test(heading.slice(0, 300)) ||
    /powered\s+by/i.test(title.slice(0, 500)) ||
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

/** The main heading's text (bounded), for the gate's topic check. */
export const mainHeading = (doc: Document): string =>
  (boundedText(doc.querySelector('h1'), 2000) ?? '').slice(0, 300);

/**
 * A bounded text sample: meta names, the first h1, the tail of the footer (where "Powered by …" lives)
 * and asset URLs. Uses textContent on two small elements only: no layout (innerText), no full walk.
 */
export function sampleText(doc: Document): string {
  const parts = [
    meta(doc, 'og:site_name'),
    meta(doc, 'og:title'),
    mainHeading(doc),
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
