import { findMentions } from './frameworks';
import { SELF_WORDS } from './page-voice';
import { langRe, matches, rx, type Lang } from './patterns';
import { cellStatus, findCues, pick, statusField } from './status';
import { sentences, shortText, type Block } from './text';
import type { ClaimStatus, FrameworkId } from './vocab';

/**
 * Where a status stands apart from the framework's name: in another cell of the row, in a chip right
 * after a card's name, in the sentence introducing a list, or in the paragraph under a heading. Each
 * rule looks only at its own element: one card's "Active" never becomes the status of the card
 * beside it.
 */

/** Status words in a short context text (cell, chip, intro, section body), alignment words included. */
export const contextCues = (t: string, lang: Lang) => pick(findCues(t, lang, true));

/** Status stated by the other cells of a label's table row. */
export function rowStatus(b: Block, lang: Lang): [ClaimStatus, string] | null {
  const row = b.el.closest('tr');
  if (!row) return null;
  for (const c of [...row.children].slice(1, 8)) {
    const t = shortText(c, 80);
    const s = cellStatus(t, lang);
    if (s) return [s, t];
  }
  return null;
}

/** A table's header row: its `thead` row, else its first row. */
export const headerRow = (table: Element): Element | null =>
  table.querySelector('thead tr') ?? table.querySelector('tr');

/** A table's status column, by its header ("Status", "Stand", "Statut", "Estado", "Stato"). */
const STATUS_HEADER = /^(?:current )?(?:status|state|stand|statut|estado|estatus|stato|situação)$/i;

/**
 * A status column whose cell in this row says something no status word reads ("Standard DPA
 * available"): the row's status is stated, only not in words we know, so it is no held card either.
 */
export function unreadStatusCell(b: Block, lang: Lang): boolean {
  const row = b.el.closest('tr');
  const table = row?.closest('table');
  if (!row || !table) return false;
  const head = headerRow(table);
  if (!head || head === row) return false;
  const col = [...head.children].findIndex((c) => STATUS_HEADER.test(shortText(c, 40)));
  const t = col > 0 ? shortText(row.children[col] ?? null, 80) : '';
  return !!t && !/^[—–-]$/.test(t) && !cellStatus(t, lang);
}

/**
 * A template's unfilled field: alternatives in square brackets ("[certified / in preparation]",
 * "[Type 1 / Type 2]"). It offers statuses to choose from and states none.
 */
const UNFILLED = /^\[[^\]]*\/[^\]]*\]$/;

/** Does the row's status, or the chip after a card's name, still hold a template's alternatives? */
export function unfilledStatus(b: Block): boolean {
  const row = b.el.closest('tr');
  const cells = row ? [...row.children].slice(1, 8) : [b.el.nextElementSibling];
  return cells.some((c) => UNFILLED.test(shortText(c, 80)));
}

/**
 * The element after a list holding only this item: cards flattened to one-item lists, each followed
 * by its status line ("<ul><li>ISO 27001</li></ul><p>In progress.</p>").
 */
export function soleItemNext(el: Element): Element | null {
  const list = el.parentElement;
  if (el.localName !== 'li' || !list || !/^[uo]l$/.test(list.localName) || list.childElementCount !== 1)
    return null;
  return list.nextElementSibling;
}

/**
 * A status chip or caption right after a card's name. Never the card's parent: a parent holding
 * several cards is a grid, and another card's "Active" is not this one's status.
 */
export function cardStatus(b: Block, lang: Lang): [ClaimStatus, string] | null {
  const next = b.el.nextElementSibling ?? soleItemNext(b.el);
  const nt = shortText(next, 60);
  if (nt && !findMentions(nt, 2).length) {
    const s = cellStatus(nt, lang);
    if (s) return [s, nt];
  }
  return null;
}

/** The short caption right after a card's name ("SOC 2" / "Infrastructure"), if any. */
export const captionOf = (b: Block): string => {
  const t = shortText(b.el.nextElementSibling, 40);
  return t.length <= 30 ? t : '';
};

/**
 * The sentences introducing a list or a run of items ("We hold the following certifications:",
 * "Our hosting provider offers:"): the previous sibling of the list, or of the item itself when it
 * is a paragraph following one that ends with a colon. Headings are not introductions.
 */
export function introOf(b: Block): string[] | null {
  const list = b.el.closest('ul,ol,dl');
  const intro = list ? list.previousElementSibling : b.el.previousElementSibling;
  if (!intro || /^h[1-6]$/.test(intro.localName)) return null;
  const t = shortText(intro, 400);
  if (!t || findMentions(t, 2).length) return null;
  if (!list && !/[:：]\s*$/.test(t)) return null;
  return sentences(t);
}

/** Words that title a section of a trust page, not a company ("Compliance", "Zertifizierungen"). */
const SECTION_WORD =
  /^(?:our |unsere |nos |nuestras? |nossas? |le nostre |onze )?(?:compliance|certifications?|certificates?|security|privacy|standards|frameworks|attestations|audits?|encryption|infrastructure|overview|highlights|key facts|reports?|documents?|resources|trust|zertifizierungen|zertifikate|sicherheit|datenschutz|certificats|sécurité|conformité|certificaciones|seguridad|cumplimiento|certificações|segurança|conformidade|certificazioni|sicurezza|conformità|certificeringen|beveiliging)$/i;

/**
 * A card's title that is a bare name: "Vercel", "Google LLC (Google Workspace)". Short, capitalised
 * words, no sentence, no framework, no section word.
 */
export function isBareName(t: string): boolean {
  if (t.length < 2 || t.length > 60 || !/^[\p{Lu}\d]/u.test(t) || /[.:!?。：,;]$/.test(t)) return false;
  if (SECTION_WORD.test(t) || /^\d+(?:\.\d+)*\.?\s/.test(t) || findMentions(t, 1).length) return false;
  const words = t.split(/\s+/);
  if (words.length > 6 || !words.every((w) => /^[(\p{Lu}\d&]/u.test(w))) return false;
  // Title-case feature names ("Continuous Security Testing", "Data Encryption") are not companies:
  // one word, or two without a feature word, or a legal form or bracketed product.
  if (words.some((w) => FEATURE_WORD.test(w.replace(/[()]/g, '')))) return false;
  return words.length <= 2 || /\(|\b(?:LLC|Inc|Ltd|GmbH|AG|Corp|PBC|plc|SAS|BV|NV|SpA|Srl|Pty)\b/.test(t);
}

/** Words of a security feature's title, never of a provider's name. */
const FEATURE_WORD =
  /^(?:security|secure|data|access|control|controls|encryption|testing|monitoring|protection|management|governance|approach|policy|policies|backups?|network|incident|response|risk|physical|application|continuous|safeguards?|audit|logging|identity|vulnerability|penetration|privacy|compliance|layer|three-layer|multi-layer|training|awareness|assessment|program|programme)$/i;

/**
 * What a provider does for the vendor, as a card's description says it ("Application hosting and edge
 * delivery", "Database, authentication, storage", "Zahlungsabwicklung").
 */
const PROVIDER_ROLE = rx(
  String.raw`(?<![\p{L}])(?:hosting|database|storage|cdn|edge|payments?|payment processing|billing|e-?mail delivery|authentication|compute|inference|infrastructure|cloud|data ?cent(?:er|re)|rechenzentrum|datenbank|speicher|zahlungs\p{L}*|hébergement|base de données|stockage|paiements?|alojamiento|base de datos|almacenamiento|pagos?|hospedagem|banco de dados|armazenamento|pagamentos?|archiviazione|pagamenti|opslag|betalingen)(?![\p{L}])`,
  'iu',
);

/**
 * The party a list of certifications belongs to when it sits on a card titled with a name: the name
 * right before the list, or before one short description ("Vercel" / "Application hosting" / list).
 */
export function cardOwner(b: Block): string | null {
  const list = b.el.closest('ul,ol');
  let el = list?.previousElementSibling ?? null;
  let description = '';
  for (let n = 0; el && n < 2; n++, el = el.previousElementSibling) {
    const t = shortText(el, 200);
    if (!t) return null;
    const heading = /^h[1-6]$/.test(el.localName);
    // A heading names the card right above the list ("<h3>Vercel</h3><ul>"), or above a description
    // of what the party does for the vendor ("<h3>Vercel</h3><p>Application hosting</p><ul>"): a
    // section heading over a short line ("Trust Center" / "Audited yearly") names no one.
    if ((!heading || n === 0 || PROVIDER_ROLE.test(description)) && isBareName(t)) return t;
    // Only a short description, not a sentence, may stand between the name and its list.
    if (heading || t.length > 160 || /[.!?]$|[.!?]\s/.test(t) || findMentions(t, 1).length) return null;
    description = t;
  }
  return null;
}

/** What a component of the stack is for, as cards title it ("Hosting", "Database", "CDN & DDoS Protection"). */
const COMPONENT_ROLE =
  /^(?:hosting|database|storage|cdn|payments?|billing|e-?mail|authentication|auth|identity|ai processing|ai|llm|monitoring|analytics|infrastructure|cloud|compute|search|logging|error tracking|messaging|sms|dns|backups?)(?![\p{L}])/iu;

/**
 * The provider a badge's card names, in a stack listing flattened to lines: "Hosting" / "Render" /
 * "SOC 2 Type II". The line before the badge is the provider's bare name, the one before it the role.
 */
export function componentOwner(b: Block): string | null {
  const nameEl = b.el.previousElementSibling;
  const name = shortText(nameEl, 80);
  if (!isBareName(name)) return null;
  const role = shortText(nameEl?.previousElementSibling ?? null, 60);
  return role.length <= 40 && COMPONENT_ROLE.test(role) && !findMentions(role, 1).length ? name : null;
}

/** The heading a list sits under, when it introduces the vendor's reports ("AWS SOC レポート"). */
export function listHeading(b: Block): string | null {
  const list = b.el.closest('ul,ol,dl');
  const h = list?.previousElementSibling;
  return h && /^h[1-6]$/.test(h.localName) ? shortText(h, 120) : null;
}

const isSoc2 = (f: FrameworkId) => f.startsWith('soc2');
export const sameFamily = (a: FrameworkId, b: FrameworkId) => a === b || (isSoc2(a) && isSoc2(b));

/** The blocks under a heading, up to the next heading of the same or a higher level. */
export function section(blocks: Block[], i: number): Block[] {
  const h = blocks[i]!;
  const out: Block[] = [];
  for (let j = i + 1; j < blocks.length && out.length < 12; j++) {
    const b = blocks[j]!;
    if (b.k === 'h' && b.lv <= h.lv) break;
    out.push(b);
  }
  return out;
}

/**
 * A heading that is just a framework's name ("SOC 2 Type II", "HIPAA") takes its status from the
 * text under it: 'body' when that text names the framework itself (the text decides); the status the
 * text states; 'card' for a card (nothing under it, or a button or caption: held, weakly); null when
 * a sentence under it speaks of something else ("We can enter a BAA upon request").
 */
export function sectionStatus(
  blocks: Block[],
  i: number,
  fw: FrameworkId,
  lang: Lang,
): ClaimStatus | 'body' | 'card' | null {
  const body = section(blocks, i);
  // "Status: Not currently supported" right under the framework's heading: the field says it,
  // whatever the text after it explains.
  const field = body[0] ? statusField(body[0].t, lang) : null;
  if (field) return field;
  if (body.some((b) => findMentions(b.t).some((m) => sameFamily(m.fw, fw)))) return 'body';
  // Nothing under it: a card ("SOC 2 Type II", "HIPAA Compliance"), unless the heading goes on to title
  // a chapter whose sections follow at its own level ("1. EU AI Act — Article-by-Article Posture").
  if (!body.length) return titlesChapter(blocks[i]!.t) ? null : 'card';
  // A sub-heading right under it ("EU AI Act — Article-by-Article Posture" / "Risk Classification"):
  // the heading titles a chapter, not a card. Its status is what the chapter's first text says, if any.
  const chapter = body[0]!.k === 'h';
  const t = body
    .filter((b) => !chapter || b.k !== 'h')
    .slice(0, 2)
    .map((b) => b.t)
    .join(' ');
  if (findMentions(t).length) return null;
  if (chapter) return contextCues(t, lang);
  const prose = /[.!?。]\s*$/.test(body[0]!.t) && body[0]!.t.split(/\s+/).length >= 5;
  return contextCues(t, lang) ?? (prose || matches(langRe(SELF_WORDS, lang), t) ? null : 'card');
}

/** More than one word besides the frameworks it names, after a dash or colon: a chapter's title. */
function titlesChapter(heading: string): boolean {
  const m = /\s[—–:-]\s(.+)$/.exec(heading);
  if (!m) return false;
  let rest = m[1]!;
  for (const f of findMentions(rest).reverse()) rest = rest.slice(0, f.start) + rest.slice(f.end);
  return rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 1;
}

export const sectionText = (blocks: Block[], i: number) =>
  section(blocks, i)
    .map((b) => b.t)
    .join(' ');

/* Test pages: tests/fixtures/pages/reline-security.html (status cells), netapp-safebase.html (cards),
   portalpilot-trust.html (list introduction); tests/fixtures/real/invoicepass-security.html (row
   cells), aiheart-trust.html (headings over their status), enrollpilot-security.html (caption). */
