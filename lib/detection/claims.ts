import type { Claim } from './schema';
import type { ClaimStatus, FrameworkId } from './vocab';
import { findMentions, type Mention } from './frameworks';
import { findPeriod } from './period';
import { alignedAt, cellStatus, findCues, ownReportAt, pick } from './status';
import { clean, sentences, shortText, type Block } from './text';

/**
 * Claim extraction: which frameworks the page states FOR THIS VENDOR, with the stated status.
 * Precision first: a sentence about customers, payment processors, examples, definitions or selling
 * compliance yields nothing, and a bare framework name only counts where it stands as a label
 * (badge, card, table row, heading) on a trust page.
 */

/**
 * Clause-level markers that make every mention in the clause somebody else's, in order: the customer's
 * compliance ("supports our customers' compliance", "your own PCI requirements", "help you"); a
 * processor's, host's or data centre's certification; selling compliance ("get SOC 2", "in weeks");
 * job requirements ("experience with").
 */
const NOT_OURS =
  /\bcustomers['’]? (?:own )?(?:compliance|obligations|requirements|needs)|\byour (?:own )?(?:[\w-]+ ){0,2}(?:compliance|obligations|requirements|needs|audits?)\b|\bhelp(?:s|ing)? (?:you|your|our customers|customers|organi[sz]ations|companies|teams|businesses|startups)\b|\benabl(?:e|es|ing) (?:you|your|customers|our customers)\b|\bsupport(?:s|ing)? (?:our |your )?customers\b|\byou (?:need|must|should|are responsible)\b|\bif you (?:are|need)\b|\b(?:customers|organi[sz]ations|companies|entities) (?:that are )?subject to\b|\b(?:sub-?)?processors?\b|\bpayment (?:providers?|gateways?|partners?)\b|\bdata cent(?:er|re)s?\b|\b(?:cloud|hosting|infrastructure) providers?\b|\b(?:AWS|Amazon|Google|Microsoft|Azure|GCP)\b[^.;]{0,40}?,?\s(?:which|that)\s(?:is|are|has|have|maintains?|holds?)\b|\bget (?:SOC|ISO|HIPAA|compliant|certified|FedRAMP|PCI)|\bautomate (?:your |the )?(?:SOC|ISO|compliance|audit)|\bcompliance automation\b|\bwith our (?:platform|software|tool)\b|\bin (?:days|weeks)\b|\b(?:experience|knowledge|familiarity|understanding|expertise) (?:with|of|in)\b|\bcandidates?\b/i;

/** Example markers: mentions after one, up to the closing bracket or clause end, are examples. */
const EXAMPLE =
  /(?:\be\.g\.?|\bex\.|\bi\.e\.|\bsuch as\b|\bfor (?:example|instance)\b|\bincluding but not limited to\b)[^);.]*/gi;
/** "SOC 2 is a voluntary standard …": a definition right after the name. */
const DEFINITION =
  /^ ?(?:\([^)]{0,80}\) ?)?(?:is|are|was|were|refers|stands|means|defines|establishes|requires|sets|specifies|applies)\b/i;
/** Words that may stand next to a framework name in a badge or card without making it a sentence. */
const NOISE =
  /^(?:type|i|ii|[\d:.,/()&+–—-]+|level|report|reports|certificate|certification|certified|attestation|compliance|compliant|audit|audited|open|to|view|download|request|access|badge|logo|card|the|our|and|plus|registry|listing|seal|icon|framework|standard|annex|star|ato|baa|cloud|security)$/i;

const isSoc2 = (f: FrameworkId) => f.startsWith('soc2');
const sameFamily = (a: FrameworkId, b: FrameworkId) => a === b || (isSoc2(a) && isSoc2(b));

interface Found {
  fw: FrameworkId;
  /** Stated status, or null when the text names the framework without a status word. */
  s: ClaimStatus | null;
  quote: string;
}

/** Frameworks and their stated status in one text, clause by clause. */
export function analyze(text: string): Found[] {
  const out: Found[] = [];
  for (const sentence of sentences(text)) {
    if (/\? ?["”)]?$/.test(sentence)) continue;
    for (const clause of sentence.split(/; /)) {
      const ms = findMentions(clause);
      if (!ms.length || NOT_OURS.test(clause)) continue;
      const excluded = new Set<Mention>();
      EXAMPLE.lastIndex = 0;
      for (let e = EXAMPLE.exec(clause); e; e = EXAMPLE.exec(clause)) {
        for (const m of ms) if (m.start >= e.index && m.start <= e.index + e[0].length) excluded.add(m);
      }
      for (const m of ms) if (DEFINITION.test(clause.slice(m.end, m.end + 100))) excluded.add(m);

      // Each cue belongs to the nearest mention; coordinated names ("SOC 2, ISO 27001 and HIPAA
      // compliant") share their cues.
      const per = new Map<Mention, ClaimStatus[]>(ms.map((m) => [m, []]));
      for (const c of findCues(clause)) {
        let best = ms[0]!;
        let bestD = Infinity;
        for (const m of ms) {
          const d = c.start >= m.end ? c.start - m.end : m.start >= c.end ? m.start - c.end : 0;
          if (d < bestD) [best, bestD] = [m, d];
        }
        per.get(best)!.push(c.s);
      }
      for (let i = 1; i < ms.length; i++) {
        if (/^[\s,/&+()]*(?:and|or|&|plus)?[\s,/&()]*$/i.test(clause.slice(ms[i - 1]!.end, ms[i]!.start))) {
          const a = per.get(ms[i - 1]!)!;
          const b = per.get(ms[i]!)!;
          const u = [...a, ...b];
          per.set(ms[i - 1]!, u);
          per.set(ms[i]!, u);
        }
      }
      const byFw = new Map<FrameworkId, ClaimStatus[]>();
      for (const m of ms) {
        if (excluded.has(m)) continue;
        const ss = [...per.get(m)!];
        const before = clause.slice(0, m.start);
        const after = clause.slice(m.end);
        if (alignedAt(before, after)) ss.push('aligned');
        if (ownReportAt(before, after)) ss.push('held');
        if (/(?:\bnot|n['’]t|\bno) (?:yet |currently )?$/i.test(before.slice(-24))) ss.push('not-held');
        byFw.set(m.fw, [...(byFw.get(m.fw) ?? []), ...ss]);
      }
      for (const [fw, ss] of byFw) out.push({ fw, s: pick(ss), quote: sentence });
    }
  }
  return out;
}

/** A badge, card or row label: the framework name plus at most a few neutral words. */
export function isLabel(t: string): boolean {
  if (t.length > 90) return false;
  let rest = t;
  for (const m of findMentions(t).reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  return rest.split(/\s+/).filter((w) => w && !NOISE.test(w)).length <= 3;
}

const SUBPROC_HEADING = /\bsub-?processors?\b|\bthird[-\s]party (?:service )?providers\b/i;

/** Status stated by the other cells of a row, the next sibling, or a short parent (chips, cells). */
function contextStatus(b: Block): [ClaimStatus, string] | null {
  const row = b.k === 'cell' ? b.el.closest('tr') : null;
  if (row) {
    for (const c of [...row.children].slice(1, 8)) {
      const t = shortText(c, 80);
      const s = cellStatus(t);
      if (s) return [s, t];
    }
    return null;
  }
  const next = b.el.nextElementSibling;
  const nt = shortText(next, 60);
  const s = cellStatus(nt);
  if (s) return [s, nt];
  const pt = shortText(b.el.parentElement, 160);
  const ps = pick(findCues(pt).map((c) => c.s));
  return ps ? [ps, pt] : null;
}

/** Status words used by the text introducing a list ("We maintain self-attestation against …:"). */
function introStatus(b: Block): ClaimStatus | null {
  const list = b.el.closest('ul,ol,dl');
  const intro = list?.previousElementSibling;
  if (!intro || /^h[1-6]$/.test(intro.localName)) return null;
  const t = shortText(intro, 400);
  if (!t || findMentions(t).length || NOT_OURS.test(t)) return null;
  for (const s of sentences(t)) {
    const found = pick(findCues(s).map((c) => c.s));
    if (found) return found === 'held' ? null : found;
  }
  return null;
}

/** In a table whose later cells describe the row's subject, only the first cell names our framework. */
function isFirstCell(b: Block): boolean {
  const cell = b.el.closest('td,th');
  return !cell || !cell.previousElementSibling;
}

function subprocTable(b: Block): boolean {
  const table = b.el.closest('table');
  if (!table) return false;
  const head = shortText(table.querySelector('thead') ?? table.querySelector('tr'), 300);
  return /sub-?processor|\bvendor\b|\bentity\b|\bprovider\b/i.test(head);
}

const add = (out: Map<string, Claim>, fw: FrameworkId, s: ClaimStatus, quote: string, periodText: string) => {
  const key = `${fw}|${s}`;
  if (out.has(key) || out.size >= 200) return;
  const q = clean(quote).slice(0, 300);
  const period = findPeriod(q) ?? findPeriod(periodText.slice(0, 1500));
  out.set(
    key,
    period ? { framework: fw, status: s, quote: q, period } : { framework: fw, status: s, quote: q },
  );
};

/** Claims stated by a trust page's text blocks. */
export function extractClaims(blocks: Block[]): Claim[] {
  const out = new Map<string, Claim>();
  const named = blocksNamingFrameworks(blocks);
  let subLevel = 0;
  blocks.forEach((b, i) => {
    if (b.k === 'h') {
      if (subLevel && b.lv <= subLevel) subLevel = 0;
      if (!subLevel && SUBPROC_HEADING.test(b.t)) subLevel = b.lv;
    }
    if (b.nav || subLevel || !named.has(i)) return;
    if (b.k === 'cell' && (!isFirstCell(b) || subprocTable(b))) return;
    const label = isLabel(b.t);
    const intro = b.k === 'li' ? introStatus(b) : null;
    for (const f of analyze(b.t)) {
      let s = f.s;
      let quote = f.quote;
      if (intro && (!s || s === 'held')) s = intro;
      if (!s && label && b.k === 'h') {
        s = sectionStatus(blocks, i, f.fw);
        quote = `${b.t}: ${section(blocks, i)[0]?.t ?? ''}`;
      } else if (!s && label) {
        const ctx = contextStatus(b);
        [s, quote] = ctx ? [ctx[0], ctx[1] === b.t ? b.t : `${b.t} — ${ctx[1]}`] : ['held', b.t];
      }
      const periodText =
        b.k === 'h' ? sectionText(blocks, i) : b.k === 'cell' ? shortText(b.el.closest('tr'), 600) : b.t;
      if (s) add(out, f.fw, s, quote, periodText);
    }
  });
  // "SOC 2" without a type adds nothing when the page states the type with the same status.
  for (const c of [...out.values()]) {
    if (c.framework === 'soc2' && (out.has(`soc2-type2|${c.status}`) || out.has(`soc2-type1|${c.status}`)))
      out.delete(`soc2|${c.status}`);
  }
  return [...out.values()];
}

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

/** The blocks under a heading, up to the next heading of the same or a higher level. */
function section(blocks: Block[], i: number): Block[] {
  const h = blocks[i]!;
  const out: Block[] = [];
  for (let j = i + 1; j < blocks.length && out.length < 12; j++) {
    const b = blocks[j]!;
    if (b.k === 'h' && b.lv <= h.lv) break;
    out.push(b);
  }
  return out;
}

const sectionText = (blocks: Block[], i: number) =>
  section(blocks, i)
    .map((b) => b.t)
    .join(' ');

/**
 * A heading that is just a framework name ("SOC 2 Type II", "HIPAA") takes its status from the text
 * under it. If that text names the framework itself, the text decides (a "PCI" heading over a
 * paragraph about the payment processor is not a PCI claim); if it speaks of others, nothing.
 */
function sectionStatus(blocks: Block[], i: number, fw: FrameworkId): ClaimStatus | null {
  const body = section(blocks, i);
  if (body.some((b) => findMentions(b.t).some((m) => sameFamily(m.fw, fw)))) return null;
  const t = body
    .slice(0, 2)
    .map((b) => b.t)
    .join(' ');
  if (NOT_OURS.test(t) || findMentions(t).length) return null;
  return pick(findCues(t).map((c) => c.s)) ?? 'held';
}

/* Test pages: tests/fixtures/pages/openai-security.html, workato-security.html, reline-security.html,
   portalpilot-trust.html, atlassian-trust-faq.html, knoetic-vanta.html, textql-drata.html,
   netapp-safebase.html, relayai-security.html; traps in tests/fixtures/extra/. */
