import type { Claim, ThirdPartyClaim } from './schema';
import type { ClaimStatus } from './vocab';
import {
  captionOf,
  cardStatus,
  headerRow,
  cardOwner,
  componentOwner,
  introOf,
  isBareName,
  listHeading,
  rowStatus,
  section,
  sectionStatus,
  sectionText,
  soleItemNext,
  unfilledStatus,
  unreadStatusCell,
} from './claim-context';
import { answeredQuestion } from './answers';
import { mergeClaims, mergeThirdParty, type Statement, type ThirdStatement } from './claim-merge';
import { findMentions } from './frameworks';
import { holderOf, introSubject, namesVendor, type Holder } from './holders';
import { SELF_WORDS } from './page-voice';
import { langRe, matches, rx } from './patterns';
import { findPeriod } from './period';
import { wellKnownProviders } from './providers';
import { analyze, eligibleOnly, type Env, type Found } from './statements';
import { spanAround } from './span-around';
import { runSteps, type Steps } from './steps';
import { ALIGNED_WORDS, cellStatus, findCues, pick } from './status';
import { shortText, type Block } from './text';

/**
 * Claim extraction: what a trust page states FOR THIS VENDOR, and what it states for third parties.
 * Statements come from statements.ts (framework, status, holder); this file adds the layout: table
 * rows, cards and chips, list introductions and headings over their text (claim-context.ts), then
 * merges them into one claim per framework (claim-merge.ts).
 */

/** Words that may stand next to a framework name in a badge or card without making it a sentence. */
const NOISE =
  /^(?:type|typ|tipo|i|ii|[\d:.,/()&+–—-]+|level|report|reports|certificate|certification|certified|attestation|compliance|compliant|audit|audited|open|to|view|download|request|access|badge|logo|card|the|our|and|plus|registry|listing|seal|icon|framework|standard|annex|star|ato|baa|cloud|security|check|✓|✔|✅|zertifizierung|zertifikat|zertifiziert|nach|gemäß|konform|und|certifié|certifiée|selon|conformité|et|certificación|certificado|según|cumplimiento|y|certificação|conformidade|e|certificazione|certificato|secondo|conformità|certificering|gecertificeerd|volgens|en|de|la|le|der|die|das|el|o|a|il)$/i;

/**
 * Words that make a heading the title of a document or section about a framework ("EU AI Act
 * Statement", "Our Position on the EU AI Act", "ISO 27001 Policy"), not a badge naming one held.
 */
const DOCUMENT_WORDS =
  /^(?:statement|position|policy|approach|commitment|overview|notice|about|erklärung|stellungnahme|richtlinie|ansatz|über|déclaration|politique|approche|engagement|declaración|posición|política|enfoque|compromiso|declaração|posição|abordagem|compromisso|dichiarazione|posizione|politica|approccio|impegno|verklaring|standpunt|beleid|aanpak)$/i;

/** A badge, card or row label: the framework name plus at most a few neutral words. */
export function isLabel(t: string): boolean {
  if (t.length > 90) return false;
  let rest = t;
  for (const m of findMentions(t).reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  const words = rest.split(/\s+/).filter((w) => w && !NOISE.test(w));
  return words.length <= 3 && !words.some((w) => DOCUMENT_WORDS.test(w.replace(/[^\p{L}]/gu, '')));
}

/**
 * A list entry "SOC 2 Type II compliance: annual third-party security audits": a label, then what it
 * means, naming no other framework. The label states as much as it would alone.
 */
const LABEL_LEAD = /^([^:：–—]{2,60}?)\s*(?:[:：]|\s[–—]\s)\s*(.+)$/s;
function describedLabel(t: string): boolean {
  if (t.length > 200) return false;
  const m = LABEL_LEAD.exec(t);
  if (!m) return false;
  const lead = m[1]!;
  const said = m[2]!;
  return (
    findMentions(lead, 1).length > 0 &&
    isLabel(lead) &&
    !findMentions(said, 1).length &&
    !DEFINITION_START.test(said) &&
    !NEGATED.test(said) &&
    !/[?？]/.test(said)
  );
}

/** A description that negates or limits the label ("HIPAA: not applicable, we process no PHI"). */
const NEGATED = rx(
  String.raw`(?<![\p{L}])(?:not?|n['’]t|none|never|nicht|kein\p{L}*|pas|non|não|nunca|niet|geen|nee|applicable|anwendbar|aplicable|aplicável|applicabile)(?![\p{L}])`,
  'iu',
);

/** A description opening with an article defines the label ("SOC 2: an auditing standard …"). */
const DEFINITION_START =
  /^(?:a|an|the|un|une|una|uno|ein|eine|einer|der|die|das|le|la|les|el|los|las|o|os|um|uma|il|lo|gli|de|het|een)\s/i;

const SUBPROC_HEADING =
  /\bsub-?processors?\b|\bsub-?contractors?\b|\bthird[-\s]party (?:service )?providers\b|subprozessoren|unterauftragsverarbeiter|sous-traitants|subencargados|subprocesadores|suboperadores|subprocessadores|sub-?responsabili|subverwerkers/i;
/** A caption naming infrastructure under a bare framework card ("SOC 2" / "Infrastructure"). */
const INFRA_CAPTION =
  /infrastructure|hosting|cloud|data ?cent|servers?|provider|rechenzentrum|infrastruktur|hébergement|infraestructura|infraestrutura|infrastruttura|datacenter/i;
/** A list heading that introduces the vendor's own reports or certificates ("AWS SOC レポート"). */
const REPORTS_HEADING =
  /reports?|certifications|certificates|zertifizierungen|zertifikate|rapports|certificats|informes|certificaciones|relatórios|certificações|certificazioni|certificeringen|レポート|報告書|認証/i;

/**
 * A heading whose certifications belong to the infrastructure ("Infrastructure certifications",
 * "Hosting provider compliance", "Zertifizierungen unserer Infrastruktur"): the group names it.
 */
const INFRA_HEADING = rx(
  [
    String.raw`^(?:our |the )?((?:cloud |hosting |underlying |physical )?(?:infrastructure|data ?cent(?:er|re)s?)|(?:cloud|hosting|infrastructure) (?:provider|partner)s?)(?:['’]s?)? (?:security )?(?:certifications|certificates|compliance|attestations|audits)(?![\p{L}])`,
    String.raw`^((?:cloud|hosting|server)?-?infrastruktur)-?(?:zertifizierungen|zertifikate)|^(?:zertifizierungen|zertifikate) (?:der|unserer|des) ((?:[\p{L}-]+ )?(?:infrastruktur|hosting-?anbieters|cloud-?anbieters))`,
    String.raw`^certifications (?:de |d['’])(?:l['’]|notre |la )?(infrastructure|hébergeur|fournisseur cloud)(?![\p{L}])`,
    String.raw`^certificaciones (?:de |del )(?:la |nuestra |nuestro )?(infraestructura|proveedor de nube)(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/** In a table whose later cells describe the row's subject, only the first cell names our framework. */
function isFirstCell(b: Block): boolean {
  const cell = b.el.closest('td,th');
  return !cell || !cell.previousElementSibling;
}

function subprocTable(b: Block): boolean {
  const table = b.el.closest('table');
  if (!table) return false;
  const row = headerRow(table);
  // Cell by cell: minified markup ("<td>Provider</td><td>Service</td>") runs their text together.
  const head = [...(row?.children ?? [])].map((cell) => shortText(cell, 80)).join(' | ');
  return /sub-?processor|\bvendor\b|\bentity\b|\bprovider\b/i.test(head);
}

interface Intro {
  s: ClaimStatus | null;
  holder: Holder;
}

/** The short line after a one-item list, naming no framework: the card's own status or caption. */
function cardLine(b: Block): boolean {
  const t = shortText(soleItemNext(b.el), 80);
  return !!t && t.length <= 60 && !findMentions(t, 1).length;
}

/** What a list's introduction (or the heading over the list) says of every item's framework. */
function introContext(b: Block, env: Env): Intro | null {
  // A card titled with another party's name lists that party's certifications ("Vercel" over
  // "SOC 2 Type II", "PCI DSS Level 1"); a card with the vendor's own name is the vendor's.
  const card = b.k === 'li' ? cardOwner(b) : null;
  if (card && !env.holders.selfName(card) && !matches(langRe(SELF_WORDS, env.lang), card))
    return { s: null, holder: { kind: 'third', name: card } };
  // A one-item list followed by its own short line: cards flattened to lists, and the line before
  // the list is the previous card's ("<li>ISO 27001</li></ul><p>In progress.</p><ul><li>HIPAA</li>").
  const intro = b.k === 'li' && cardLine(b) ? null : introOf(b);
  if (intro) {
    // The sentence that states something decides the status; the one ending with a colon names the holder.
    const stating = intro.find((x) => pick(findCues(x, env.lang, true)));
    const s = stating ? pick(findCues(stating, env.lang, true)) : null;
    const naming = intro.find((x) => /[:：]\s*$/.test(x)) ?? stating ?? intro[intro.length - 1]!;
    const holder = holderOf(naming, naming.length, naming.length, env.holders);
    // "Google Cloud maintains the following certifications:": the introduction's subject holds them.
    const subject = holder.kind === 'vendor' ? introSubject(naming, env.holders) : null;
    if (subject) return { s, holder: { kind: 'third', name: subject } };
    // "Our certifications include:", "As atuais auditorias independentes … da Adyen incluem:".
    const listsOwn =
      !s && holder.kind === 'vendor' && OWN_REPORTS_INTRO.test(naming) && namesSelf(naming, env);
    return { s: listsOwn ? 'held' : s, holder };
  }
  const h = b.k === 'li' ? listHeading(b) : null;
  if (!h) return null;
  // A heading over a list can say whose items they are ("Built on compliant infrastructure").
  const holder = holderOf(h, h.length, h.length, env.holders);
  if (holder.kind !== 'vendor') return { s: pick(findCues(h, env.lang, true)), holder };
  const infra = INFRA_HEADING.exec(h);
  const owner = infra?.slice(1).find(Boolean);
  if (owner) return { s: null, holder: { kind: 'third', name: owner } };
  if (REPORTS_HEADING.test(h) && (env.holders.selfName(h) || matches(langRe(SELF_WORDS, env.lang), h)))
    return { s: 'held', holder };
  return null;
}

/** An introduction to a list of the vendor's own certificates or audits: "... include:", "... are:". */
const OWN_REPORTS_INTRO = rx(
  String.raw`(?:certifications|certificates|audits|attestations|reports|auditorias|certificações|certificados|relatórios|zertifizierungen|zertifikate|prüfungen|certificats|rapports|certificaciones|auditorías|informes|certificazioni|certificati|certificeringen)(?![\p{L}])[^.:：]{0,80}(?:include|includes|are|incluem|são|umfassen|sind|comprennent|incluent|sont|incluyen|son|includono|sono|omvatten|zijn)\s*[:：]\s*$`,
  'iu',
);

/** Does a text name the vendor: its own words ("our") or one of its names anywhere? */
const namesSelf = (t: string, env: Env): boolean =>
  matches(langRe(SELF_WORDS, env.lang), t) || namesVendor(t, env.holders);

/** A badge on a stack component's card ("Database" / "Neon PostgreSQL" / "SOC 2 Type II"): that provider's. */
function componentCard(b: Block, env: Env): Intro | null {
  const name = componentOwner(b);
  return name && !env.holders.selfName(name) ? { s: null, holder: { kind: 'third', name } } : null;
}

/**
 * Badges and cards in a section whose heading gives them to the infrastructure ("Infrastructure
 * certifications" over "SOC 2 Type II", "ISO 27001" cards): the nearest heading before the label.
 */
function infraSection(blocks: Block[], i: number): Intro | null {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const h = blocks[j]!;
    if (h.k !== 'h') continue;
    const owner = INFRA_HEADING.exec(h.t)?.slice(1).find(Boolean);
    return owner ? { s: null, holder: { kind: 'third', name: owner } } : null;
  }
  return null;
}

/** A card's field line: "• Regio: West-Europe", "Compliance: ISO 27001, SOC 2". */
const FIELD_LINE = rx(String.raw`^[•·▪*–-]?\s*\p{L}[\p{L} /&-]{1,30}[:：]\s`, 'u');

/**
 * A provider's card flattened to lines: "Microsoft Azure - West-Europe" / "• Regio: …" / "• Compliance:
 * ISO 27001, ISO 27017, SOC 2". The certifications field belongs to the provider the card's first line
 * names: a short line, above the card's other fields, naming one well-known provider and nothing else
 * the vendor holds.
 */
function providerCard(blocks: Block[], i: number, env: Env): Intro | null {
  const b = blocks[i]!;
  if (b.k !== 'p' || !CERT_LABEL.test(b.t.slice(0, 40))) return null;
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const t = blocks[j]!.t;
    if (blocks[j]!.k === 'p' && FIELD_LINE.test(t)) continue;
    if (t.length > 60 || /[.!?]$/.test(t) || findMentions(t, 1).length) return null;
    const [name, ...more] = wellKnownProviders(t);
    return name && !more.length && !env.holders.selfName(name)
      ? { s: null, holder: { kind: 'third', name } }
      : null;
  }
  return null;
}

/** Following a law ("opera siguiendo … HIPAA") complies with it; following a standard aligns with it. */
const followsLaw = (intro: Intro | null, f: Found, text: string, env: Env) =>
  intro?.s === 'aligned' &&
  ['gdpr', 'ccpa', 'hipaa'].includes(f.fw) &&
  !matches(langRe(ALIGNED_WORDS, env.lang), text);

/** The status a bare label takes from the layout around it, and the quote that shows it. */
function labelStatus(
  blocks: Block[],
  i: number,
  f: Found,
  env: Env,
): { s: ClaimStatus; weak: boolean; quote: string; holder?: Holder } | null {
  const b = blocks[i]!;
  if (b.k === 'h') {
    const ss = sectionStatus(blocks, i, f.fw, env.lang);
    if (ss === 'body' || ss === null) {
      // "取得認証情報" (certifications obtained) / "Certifications we hold" over "ISO 27001・ISO 27017":
      // the parent heading says the vendor holds what its sub-headings name, whatever their body explains.
      const parent = heldParentHeading(blocks, i, env);
      return parent ? { s: 'held', weak: true, quote: `${parent}: ${b.t}` } : null;
    }
    const quote = `${b.t}: ${section(blocks, i)[0]?.t ?? ''}`;
    return ss === 'card' ? { s: 'held', weak: true, quote } : { s: ss, weak: false, quote };
  }
  if (unfilledStatus(b) || (b.k === 'cell' && unreadStatusCell(b, env.lang))) return null;
  const ctx = b.k === 'cell' ? rowStatus(b, env.lang) : cardStatus(b, env.lang);
  if (ctx) return { s: ctx[0], weak: false, quote: ctx[1] === b.t ? b.t : `${b.t} — ${ctx[1]}` };
  // "UK GDPR — full alignment", "NIST AI RMF: mapped": the label's own words say it is followed, not held
  // (the other statuses' words were read with the statement).
  if (pick(findCues(b.t, env.lang, true)) === 'aligned') return { s: 'aligned', weak: false, quote: b.t };
  const caption = b.k === 'cell' ? '' : captionOf(b);
  if (caption && INFRA_CAPTION.test(caption))
    return { s: 'held', weak: true, quote: b.t, holder: { kind: 'third' } };
  return { s: 'held', weak: true, quote: b.t };
}

/**
 * The heading over this one, when it says the vendor holds what the headings under it name: a reports
 * heading in the vendor's voice ("Certifications we hold", "Our certifications") or saying they were
 * obtained ("Certifications obtained", "取得認証情報").
 */
function heldParentHeading(blocks: Block[], i: number, env: Env): string | null {
  const b = blocks[i]!;
  for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
    const h = blocks[j]!;
    if (h.k !== 'h' || h.lv >= b.lv) continue;
    if (!REPORTS_HEADING.test(h.t) || findMentions(h.t, 1).length) return null;
    const held = pick(findCues(h.t, env.lang)) === 'held' || /取得(?!予定|準備|に向)/.test(h.t);
    return held || namesSelf(h.t, env) ? h.t : null;
  }
  return null;
}

interface Sink {
  vendor: Statement[];
  third: ThirdStatement[];
}

/** A status table's row flattened to "Framework | Status | Notes": its cells, when the first is a label. */
function rowCells(text: string): string[] | null {
  const cells = text.split(/\s\|\s/);
  return cells.length >= 2 && isLabel(cells[0]!) ? cells : null;
}

/** The status the cells after the first say: a status cell, else the cues they hold together. */
function cellsStatus(cells: string[], env: Env): ClaimStatus | null {
  for (const c of cells.slice(1)) {
    const cell = cellStatus(c, env.lang);
    if (cell) return cell;
  }
  return pick(findCues(cells.slice(1).join(' ; '), env.lang, true));
}

/**
 * A status table's row whose cells were flattened to "Framework | Status | Notes": the framework's
 * status is what the other cells say (the first names it, as a label does).
 */
function pipeRowStatus(text: string, f: Found, env: Env): ClaimStatus | null {
  const cells = rowCells(text);
  if (!cells || !findMentions(cells[0]!, 5).some((m) => m.fw === f.fw)) return null;
  return cellsStatus(cells, env);
}

/**
 * A status table's row flattened to "SOC 2 Type II | Description … Type I. | Planned | Q4 2026": the
 * first cell names the frameworks and the status cells give their status; a description naming
 * another framework ("Following directly behind Type I") states nothing of its own. True when the
 * text was such a row with a status.
 */
function readPipeRow(text: string, env: Env, sink: Sink): boolean {
  const cells = rowCells(text);
  if (!cells || cells.length < 3) return false;
  const named = analyze(cells[0]!, env, null, 'dates');
  const row = named.some((f) => !f.s) ? cellsStatus(cells, env) : null;
  const rows = named
    .map((f) => ({ f, s: f.s ?? row }))
    .filter((r): r is { f: Found; s: ClaimStatus } => !!r.s);
  for (const { f, s } of rows) record(sink, f, s, false, text, text, f.holder);
  return rows.length > 0;
}

/** Record one finding under its holder: the vendor's claims, third parties' facts, or nothing. */
function record(
  sink: Sink,
  f: Found,
  s: ClaimStatus,
  weak: boolean,
  quote: string,
  periodText: string,
  holder: Holder,
) {
  if (holder.kind === 'vendor') {
    const period = findPeriod(quote.slice(0, 300)) ?? findPeriod(periodText.slice(0, 1500));
    sink.vendor.push({ fw: f.fw, s, quote, weak, scope: f.scope, ...(period ? { period } : {}) });
  } else if (holder.kind === 'third' && holder.name)
    sink.third.push({ subject: holder.name, fw: f.fw, s, quote });
}

/** A list number glued to the item's first word ("1La rétention", "10Conforme au RGPD"). */
const GLUED_LIST_NUMBER = rx(String.raw`^\d{1,2}(?=\p{Lu})`, 'u');

/**
 * The findings of one block, with their status completed from the layout. Its context, its statements,
 * then their periods are each a step: on a cold page the first block compiles most of the context,
 * status and period patterns, and read as one step it took 28–51 ms here.
 */
function* readBlock(blocks: Block[], i: number, env: Env, sink: Sink): Steps<void> {
  const b = blocks[i]!;
  const text = b.k === 'li' ? b.t.replace(GLUED_LIST_NUMBER, '') : b.t;
  if (readPipeRow(text, env, sink)) return;
  const found: Parameters<typeof record>[] = [];
  const label = isLabel(text) || describedLabel(text);
  const intro =
    (b.k === 'li' || b.k === 'p' ? introContext(b, env) : null) ??
    (label ? (infraSection(blocks, i) ?? componentCard(b, env) ?? providerCard(blocks, i, env)) : null);
  yield;
  for (const f of analyze(text, env, intro?.holder ?? null, label || b.k === 'h' ? 'dates' : 'all')) {
    let s = f.s;
    let weak = false;
    let quote = f.quote;
    let holder = f.holder;
    // The introduction's status for the item's own framework: it fills a silence, and qualifies a bare "held".
    if (intro?.s && f.lead && (!s || (s === 'held' && intro.s !== 'held')))
      s = followsLaw(intro, f, text, env) ? 'held' : intro.s;
    // A table row flattened to text: "SOC 2 Type II | Annual audit; report available under NDA".
    if (!s) s = pipeRowStatus(text, f, env);
    // A named provider's list ("… provedores de nuvem, que oferecem:") lists what it holds, described or not.
    if (
      !s &&
      (f.lead || CERT_LABEL.test(text.slice(0, 60))) &&
      intro?.holder.kind === 'third' &&
      intro.holder.name &&
      holder.kind === 'third'
    )
      s = 'held';
    if (!s && label) {
      const ls = labelStatus(blocks, i, f, env);
      if (!ls) continue;
      ({ s, weak, quote } = ls);
      holder = ls.holder ?? holder;
    }
    if (!s) continue;
    const periodText =
      b.k === 'h' ? sectionText(blocks, i) : b.k === 'cell' ? shortText(b.el.closest('tr'), 600) : b.t;
    found.push([sink, f, s, weak, quote, periodText, holder]);
  }
  if (!found.length) return;
  yield;
  for (const args of found) record(...args);
}

/** Certifications listed for a named party: the cues of the list, else held when it is a label list. */
function namedFacts(name: string, t: string, listed: boolean, env: Env, sink: Sink): void {
  for (const m of findMentions(t, 20)) {
    if (eligibleOnly(t, m.end)) continue;
    // A table row flattened to text ("… | Stripe's DPA with SCCs; SOC 2 Type II + PCI DSS Level 1"):
    // the column or clause naming the framework is its label.
    const [a, b] = fieldAround(t, m.start);
    const field = t.slice(a, b);
    const s =
      pick(findCues(t, env.lang)) ??
      (listed || isLabel(t) || (field !== t && isLabel(field)) ? 'held' : null);
    if (s) sink.third.push({ subject: name, fw: m.fw, s, quote: `${name}: ${t}` });
  }
}

/** The column (" | ") or clause ("; ") of a text around an offset. */
const fieldAround = (t: string, at: number) => spanAround(t, at, /\s\|\s|;\s/g);

/** An entry's lead, up to its first separator: "Google LLC (Workspace) — …", "Postwise: …". */
const ENTRY = /^([^–—:|;]{2,80}?)\s*(?:[–—|:]|\s-\s)\s*(.+)$/s;
/** A label naming the certifications an entry lists ("Security Certifications:", "Compliance:"). */
const CERT_LABEL =
  /(?:^|[\s(])(?:security |compliance )?(?:certifications?|certificates?|attestations?|compliance|zertifizierungen|zertifikate|certificats|certificaciones|certificações|certificazioni|certificeringen)\s*[:：]/i;
/** A heading over a list of other parties ("Vendors we rely on", "Infrastructure partners"). */
const PARTIES_HEADING =
  /\b(?:vendors|providers|partners|suppliers|third[- ]part(?:y|ies)|sub-?processors|anbieter|dienstleister|partenaires|fournisseurs|prestataires|proveedores|socios|fornecedores|parceiros|fornitori|leveranciers)\b/i;
/** A company's legal form after its name: the entry names an organisation. */
const LEGAL_FORM =
  /(?:\b(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|AG|Corp\.?|Corporation|PBC|plc|S\.?A\.?S?|S\.?L\.?|B\.?V\.?|N\.?V\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|Pty)|\([^)]{2,40}\))\s*$/;

/**
 * A list entry or first cell that names another party before listing certifications ("Google LLC
 * (Google Workspace) — Security Certifications: ISO 27001, SOC 2/3"): the certifications are that
 * party's. Under a sub-processor heading any named entry is; elsewhere the lead must read as an
 * organisation (a legal form, a bracketed product) or the entry must label its certifications.
 */
function entryOwner(t: string, env: Env, subContext: boolean): { name: string; rest: string } | null {
  const m = ENTRY.exec(t);
  if (!m) return null;
  const name = m[1]!.trim();
  const rest = m[2]!;
  if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 8 || /[.!?]\s+\p{Lu}/u.test(name)) return null;
  // "Security Certifications: …" labels the list; it names no one.
  if (findMentions(name, 1).length || CERT_LABEL.test(`${name}:`)) return null;
  if (env.holders.selfName(name) || matches(langRe(SELF_WORDS, env.lang), name)) return null;
  if (!findMentions(rest, 1).length) return null;
  const labelled = CERT_LABEL.test(rest.slice(0, 60));
  // "Supabase: SOC 2 Type II, ISO 27001" after "built on Supabase": a party the page gave a role.
  const known = isLabel(rest) && !!env.holders.roles.find(name);
  return subContext || labelled || known || (LEGAL_FORM.test(name) && isLabel(rest)) ? { name, rest } : null;
}

/** The labels of a sub-processor card's fields, in the languages the sub-processor gate reads. */
const FIELD_LABEL =
  /^(?:services?|locations?|region|country|sovereignty|purpose|description|category|type|data(?: processed)?|processing|website|contact|address|hosting|certifications?|compliance|security|standort|zweck|dienst|land|zertifizierungen|localisation|finalité|pays|ubicación|finalidad|país|localização|finalidade|sede|finalità|locatie|doel)$/i;

/** The bare name heading a sub-processor's card, a few blocks up (never the vendor's own name). */
function cardHeading(blocks: Block[], i: number, env: Env): string | null {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const h = blocks[j]!;
    if (h.k !== 'h') continue;
    const self = env.holders.selfName(h.t) || matches(langRe(SELF_WORDS, env.lang), h.t);
    // The section's own heading ("Sub-processors") names the list, not a party.
    const section = SUBPROC_HEADING.test(h.t) || PARTIES_HEADING.test(h.t);
    return isBareName(h.t) && !self && !section ? h.t : null;
  }
  return null;
}

/** Certifications in a sub-processor table's cells, or a sub-processor entry, are that sub-processor's. */
function subprocessorFacts(blocks: Block[], i: number, env: Env, sink: Sink): void {
  const b = blocks[i]!;
  if (b.k !== 'cell') {
    // A card's field under the sub-processor's name ("OVHcloud" / "Certifications: ISO 27001, SOC 2"):
    // the heading names the party, the field's label does not ("Sovereignty: …, GDPR compliant").
    const heading = b.k === 'p' ? cardHeading(blocks, i, env) : null;
    const e = entryOwner(b.t, env, true);
    if (e && !(heading && FIELD_LABEL.test(e.name)))
      return namedFacts(e.name, e.rest, CERT_LABEL.test(e.rest.slice(0, 60)), env, sink);
    if (heading) return namedFacts(heading, b.t, CERT_LABEL.test(b.t.slice(0, 60)), env, sink);
    // An entry of a card titled with the sub-processor's name ("Contoso LLC" over its details).
    const card = b.k === 'li' ? cardOwner(b) : null;
    if (card) namedFacts(card, b.t, CERT_LABEL.test(b.t.slice(0, 60)), env, sink);
    return;
  }
  const row = b.el.closest('tr');
  const name = row ? shortText(row.firstElementChild, 120) : '';
  if (!name || isFirstCell(b)) return;
  namedFacts(name, b.t, CERT_LABEL.test(b.t.slice(0, 60)), env, sink);
}

/** Claims and third-party facts stated by a trust page's text blocks. */
export function extractClaims(blocks: Block[], env: Env): { claims: Claim[]; thirdParty: ThirdPartyClaim[] } {
  return runSteps(claimSteps(blocks, env));
}

/** extractClaims() as steps: after each role pattern, after the known parties, and within and after each block naming a framework. */
export function* claimSteps(
  blocks: Block[],
  env: Env,
): Steps<{ claims: Claim[]; thirdParty: ThirdPartyClaim[] }> {
  const sink: Sink = { vendor: [], third: [] };
  const named = blocksNamingFrameworks(blocks);
  yield* env.holders.roles.learnSteps(
    blocks.map((b) => (b.nav ? '' : b.t)),
    env.holders.selfName,
    env.lang,
  );
  // Well-known providers named where frameworks are named are third parties, role or no role (after
  // the roles, so a party the page introduces keeps the name the page gives it).
  env.holders.roles.know(
    wellKnownProviders([...named].map((i) => (blocks[i]!.nav ? '' : blocks[i]!.t)).join('\n')),
    env.holders.selfName,
  );
  yield;
  let subLevel = 0;
  function* read(b: Block, i: number): Steps<void> {
    if (b.k === 'h') {
      if (subLevel && b.lv <= subLevel) subLevel = 0;
      if (!subLevel && SUBPROC_HEADING.test(b.t) && !/\?/.test(b.t)) subLevel = b.lv;
    }
    if (b.nav) return;
    env.holders.at = i;
    if (!named.has(i)) return;
    if (subLevel || (b.k === 'cell' && subprocTable(b))) return subprocessorFacts(blocks, i, env, sink);
    if (b.k === 'cell' && !isFirstCell(b)) return;
    const answered = answeredQuestion(blocks, i, env);
    if (answered) {
      for (const a of answered)
        sink.vendor.push({ fw: a.fw, s: a.s, quote: a.quote, weak: false, scope: null });
      return;
    }
    const parties = b.k === 'li' && PARTIES_HEADING.test(listHeading(b) ?? '');
    const entry = b.k === 'h' ? null : entryOwner(b.t, env, parties);
    if (entry) return namedFacts(entry.name, entry.rest, CERT_LABEL.test(entry.rest.slice(0, 60)), env, sink);
    yield* readBlock(blocks, i, env, sink);
  }
  for (let i = 0; i < blocks.length; i++) {
    yield* read(blocks[i]!, i);
    if (named.has(i)) yield;
  }
  // "We do not yet hold third-party certifications": the page's bare badges name what it works
  // towards, not certificates it holds.
  const denies = blocks.some((b) => !b.nav && b.t.length <= 600 && NO_CERTIFICATES.test(b.t));
  const vendor = denies
    ? sink.vendor.map((x) => (x.weak && x.s === 'held' ? { ...x, s: 'aligned' as const } : x))
    : sink.vendor;
  return { claims: mergeClaims(vendor), thirdParty: mergeThirdParty(sink.third) };
}

/** A page saying it holds no certificates at all (not one framework: that is a not-held claim). */
const NO_CERTIFICATES = rx(
  String.raw`\bwe (?:do not|don['’]t) (?:yet |currently )?(?:hold|have) (?:any )?(?:third[- ]party |formal |external |independent )?certifications?\b|\bwe (?:are|have) not (?:yet )?(?:been )?(?:formally |independently )?certified\b(?! (?:to|for|under|against) )|\bwir (?:sind|haben) (?:noch )?(?:nicht|keine) (?:zertifiziert|zertifizierungen)\b|\bnous ne (?:sommes|disposons) pas (?:encore )?(?:certifiés|de certifications?)\b|\bno (?:contamos con|tenemos) (?:ninguna )?certificaci(?:ón|ones)\b|\bnon (?:siamo|abbiamo) (?:ancora )?(?:certificati|certificazioni)\b|\bwij (?:zijn|hebben) (?:nog )?(?:niet gecertificeerd|geen certificeringen)\b`,
  'iu',
);

/**
 * Indexes of the blocks that name a framework, from one regex pass over all block texts joined: one
 * long scan is several times cheaper than thousands of short ones on a large page.
 */
function blocksNamingFrameworks(blocks: Block[]): Set<number> {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.t.length + 1;
  }
  const found = new Set<number>();
  let i = 0;
  for (const m of findMentions(blocks.map((b) => b.t).join('\n'), Infinity)) {
    while (i + 1 < starts.length && starts[i + 1]! <= m.start) i++;
    found.add(i);
  }
  return found;
}

/* Test pages: tests/fixtures/pages/openai-security.html, workato-security.html, reline-security.html,
   portalpilot-trust.html, atlassian-trust-faq.html, knoetic-vanta.html, textql-drata.html,
   netapp-safebase.html, relayai-security.html; traps in tests/fixtures/extra/; tests/fixtures/real/. */
