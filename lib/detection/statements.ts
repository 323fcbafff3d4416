import type { ClaimStatus, FrameworkId } from './vocab';
import { findMentions, type Mention } from './frameworks';
import { definesFramework } from './definition';
import { aboutCustomer, holderOf, Roles, scopeOf, type Holder, type HolderContext } from './holders';
import { type Lang, langRe, matches, rx, type Vocab } from './patterns';
import { SELF_WORDS, squash } from './page-voice';
import { alignedBefore, findCues, ownReportAt, pick, statusAfter, statusBefore, type Cue } from './status';
import { spanAround } from './span-around';
import { sentences } from './text';

/**
 * Statement analysis: which frameworks a sentence names, with which status, held by whom. Precision
 * first: examples, definitions, questions, job requirements and compliance selling yield nothing,
 * and a framework named for someone else (a host, a processor, the customer) is never the vendor's.
 */

/** Example markers: names after one, up to the closing bracket or clause end, are examples. */
export const EXAMPLE_WORDS: Vocab = {
  en: 'e\\.g\\.?|ex\\.|i\\.e\\.|such as|for (?:example|instance)|(?:including|includes?) but (?:is )?not limited to',
  de: 'z\\. ?b\\.|zum beispiel|beispielsweise',
  fr: 'par exemple|tel(?:le)?s? que',
  es: 'por ejemplo|tales como',
  pt: 'por exemplo|tais como',
  it: 'ad esempio|per esempio',
  nl: 'bijvoorbeeld|zoals|bv\\.',
  ja: '例えば|など',
};

/** Words that compare a framework with something else ("cheaper than ISO 27001"): no one's status. */
export const COMPARISON_WORDS: Vocab = {
  en: 'than|compared (?:to|with)|in comparison (?:to|with)|versus|vs\\.?|relative to|overlaps? with|overlapping with',
  de: 'im vergleich (?:zu[rm]?|mit)|verglichen mit',
  fr: 'par rapport (?:à|aux?)|comparée?s? (?:à|aux?|avec)|en comparaison (?:de|avec)',
  es: 'en comparación con|comparad[oa]s? con',
  pt: 'em comparação (?:com|a)|comparad[oa]s? (?:com|a)|do que',
  it: 'rispetto (?:a|al|alla|allo|ai|agli|alle)|in confronto (?:a|al|alla|con)|comparat[oaie] (?:a|con)',
  nl: 'vergeleken met|in vergelijking met',
  ja: '比べ|比較',
};

/** A legal article cited ("Article 28", "Art. 5", "Artikel 30", "§ 164"): the law is cited, not met. */
const ARTICLE = String.raw`(?:(?<![\p{L}])art(?:icle|ikel|ículo|igo|icolo|\.)?|§)\s*\d+[a-z]?`;
/** "GDPR Article 28", "DSGVO Art. 28 Abs. 3": the article right after the law's name. */
const ARTICLE_AFTER = rx(`^\\s*(?:,\\s*)?${ARTICLE}`, 'iu');
/** "Article 5 of the EU AI Act", "Art. 28 DSGVO", "l'article 28 du RGPD": the article just before it. */
const ARTICLE_BEFORE = rx(
  `${ARTICLE}(?:\\s*\\(\\d+\\))*(?:\\s+(?:of|der|des|du|de|del|della|da|do|van)(?:\\s+(?:the|la|l'|el))?|\\s*,)?\\s*$`,
  'iu',
);

/** Statements that are not about anyone's status: job requirements, selling compliance to others. */
const NOT_A_STATEMENT =
  /\bhow (?:vital|important|crucial|essential|critical) it is\b|\bget (?:soc|iso|hipaa|compliant|certified|fedramp|pci)|\bautomate (?:your |the )?(?:soc|iso|compliance|audit)|\bcompliance automation\b|\bwith our (?:platform|software|tool)\b|\bin (?:days|weeks)\b|\b(?:experience|knowledge|familiarity|understanding|expertise) (?:with|of|in)\b|\bcandidates?\b/i;

/**
 * A clause about what follows once a report is out: "Once SOC 2 issues, the summary report is available
 * under NDA", "When our SOC 2 Type II report is issued, it will be shared", "After the audit completes,
 * the report will be available". Its availability is a future report's: planned, never held.
 */
const ONCE_ISSUED = rx(
  String.raw`^\s*(?:once|when|after|as soon as|upon)\b[^,;]{0,80}?\b(?:issues|is issued|are issued|completes|is completed?|concludes|is concluded|is finali[sz]ed|is published|we (?:complete|receive|obtain|achieve|pass))\b`,
  'iu',
);

/**
 * Compliance stated as a share short of all of it: "GDPR compliance: currently 97% compliant",
 * "Cumplimiento del RGPD: cumple con el 97%", "HIPAA readiness 91%". Work in progress, not held.
 */
const PARTIAL = rx(
  String.raw`(?:complian\p{L}*|complies|cumpl\p{L}*|conform\p{L}*|konform\p{L}*|readiness|ready|preparaci\p{L}*|bereitschaft|préparation|progress|progreso|fortschritt)[^.;%\d]{0,24}(?<![\d.,])[1-9]\d?(?:[.,]\d+)? ?%|(?<![\d.,])[1-9]\d?(?:[.,]\d+)? ?% (?:compliant|complete|ready|conforme|konform|cumplimiento|de conformidad)`,
  'iu',
);

/** Questions that ask, not state. "What / why / how" questions presuppose what they ask about. */
const WH_QUESTION = rx(
  String.raw`^\s*(?:what|why|how|warum|wie|weshalb|pourquoi|comment|por ?qu[ée]|c[óo]mo|por que|perch[ée]|come|waarom|hoe)\b|なぜ|どのように`,
  'iu',
);

/** "and" and "or" in the Latin-script languages, between the names of a list. */
const LIST_JOINS = 'and|or|und|oder|sowie|et|ou|y|o|e|en|of';
// Japanese joins names with および / 及び / と / や / ならびに, and lists them with 、 and ・.
const CONJUNCTION = new RegExp(`^(?:${LIST_JOINS}|plus|および|及び|と|や|ならびに|並びに)$`, 'i');
const LIST_ITEM = rx(String.raw`^(?:\p{Lu}[\p{L}\d-]*|\d[\d:.-]*)$`, 'u');

/**
 * Are two names coordinated? Between them only separators, conjunctions and other list items
 * ("ISO 9001, NEN 7510 en"), checked word by word (a regex alternation here backtracks badly).
 */
function coordinated(gap: string): boolean {
  if (gap.length > 80) return false;
  return (
    gap
      .split(/[\s,/&+()、・]+/)
      .filter(Boolean)
      .every((w) => CONJUNCTION.test(w) || LIST_ITEM.test(w)) || LIST_AFTER.test(gap.replace(ASIDE, ''))
  );
}

/** A bracketed aside in a list: "SOC2 (annually), penetration testing (annually), and HIPAA". */
const ASIDE = /\s*\([^()]{0,30}\)/g;
/**
 * The rest of a list "A, b, c, and B": short items of any kind between two names, then the
 * conjunction. The gap must open with the comma, so "SOC 2 compliant, HIPAA ready" is two statements.
 */
const LIST_AFTER = rx(String.raw`^\s*,(?:\s*[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,)*\s*(?:${LIST_JOINS})\s*$`, 'iu');

const NOT_BEFORE = rx(
  String.raw`(?:\bnot|n['’]t|\bno|\bnicht|\bkein\p{L}*|\bgeen|\bsin|\bsem|\bsenza|\bpas de) (?:yet |currently |noch )?$`,
  'iu',
);

export interface Found {
  fw: FrameworkId;
  /** Status the statement itself gives, null when it names the framework without one. */
  s: ClaimStatus | null;
  holder: Holder;
  scope: string | null;
  quote: string;
  /** The text's first framework, or one coordinated with it: what a list's introduction applies to. */
  lead: boolean;
}

export interface Env {
  lang: Lang;
  holders: HolderContext;
  /** SOC 2 was named earlier on the page: a bare "Type II" names its type. */
  soc2Named: boolean;
}

/** A regex built from the page language's vocabulary, once per language however many clauses use it. */
function perLang(build: (lang: Lang) => RegExp): (lang: Lang) => RegExp {
  const built = new Map<Lang, RegExp>();
  return (lang) => {
    let re = built.get(lang);
    if (!re) built.set(lang, (re = build(lang)));
    return re;
  };
}

/** "such as …", "for example …" up to the end of the phrase (global: scanned with exec). */
const examplePhrase = perLang((lang) => rx(`(?:${langRe(EXAMPLE_WORDS, lang).source})[^);.]*`, 'giu'));

/** A comparison word, then at most three words (no punctuation) up to the mention. */
const comparedBefore = perLang((lang) =>
  rx(`(?<![\\p{L}])(?:${langRe(COMPARISON_WORDS, lang).source})(?:\\s+[\\p{L}\\p{N}'’/-]+){0,3}\\s*$`, 'iu'),
);

/** "We (formally) comply with / hold / are certified to (various) (industry) standards," before "such as". */
const COMPLIES_WITH_KIND = rx(
  String.raw`(?:^|[^\p{L}])we (?:\p{L}+ )?(?:comply|are compliant|are certified|hold certifications|maintain certifications|are audited) (?:with |to |against |under )?(?:the |various |several |many |multiple |all |relevant |key |leading )*(?:(?:industry|international|security|compliance|global|recognized|recognised)[ -])*(?:standards|frameworks|certifications|regulations)[,\s]*$`,
  'iu',
);

/** "nuestras certificaciones como …", "our certifications such as …": examples of what the vendor holds. */
const OWN_CERTIFICATIONS = rx(
  String.raw`(?:^|[^\p{L}])(?:our|unsere[n]?|nos|nuestras|nossas|(?:le )?nostre|onze) (?:\p{L}+ )?(?:certifications|certificates|zertifizierungen|zertifikate|certificats|certificaciones|certificados|certificações|certificazioni|certificati|certificeringen|certificaten)[,\s]*$`,
  'iu',
);

/** "Equinix beschikt bijvoorbeeld over PCI-DSS, …", "X holds, for example, …": examples of what X holds. */
const HOLDS_BEFORE = rx(
  String.raw`(?:^|[^\p{L}])(?:has|have|holds?|maintains?|beschik(?:t|ken)|heeft|hebben|verfügt|verfügen|besitzt|possède|détient|dispose|cuenta|tiene|possui|tem|dispone|possiede)\s*,?\s*$`,
  'iu',
);

/**
 * "compliant with HIPAA (where applicable)", "com a HIPAA (quando aplicável)": compliance only where it
 * applies, which the page does not say it does. No claim either way.
 */
const CONDITIONAL_AFTER = rx(
  String.raw`^\s*[(,]?\s*(?:where|when|if|as|wherever) (?:applicable|relevant|required)|^\s*[(,]?\s*(?:quando|onde|se) (?:aplicável|aplicáveis)|^\s*[(,]?\s*(?:cuando|donde|si) (?:sea |resulte )?(?:aplicable|aplique|corresponda)|^\s*[(,]?\s*(?:le cas échéant|si applicable|lorsque applicable)|^\s*[(,]?\s*(?:sofern|soweit|falls|wenn) (?:anwendbar|zutreffend|erforderlich)|^\s*[(,]?\s*(?:ove|se|quando) (?:applicabile|pertinente)|^\s*[(,]?\s*(?:indien|waar) (?:van toepassing|toepasselijk)`,
  'iu',
);

/** "HIPAA-eligible services": eligible for use under the law, which is no one's compliance with it. */
const ELIGIBLE_AFTER = /^[\s-]*eligible(?![\p{L}])/iu;
export const eligibleOnly = (text: string, end: number): boolean =>
  ELIGIBLE_AFTER.test(text.slice(end, end + 12));

/** Mentions excluded as examples, definitions, comparisons or citations of a law's articles. */
function excluded(clause: string, ms: Mention[], lang: Lang): Set<Mention> {
  const out = new Set<Mention>();
  const ex = examplePhrase(lang);
  ex.lastIndex = 0;
  for (let e = ex.exec(clause); e; e = ex.exec(clause)) {
    // "We formally comply with various industry standards, such as ISO 27001 and PCI DSS": the
    // vendor's own statement names what it complies with; these are not examples of a kind.
    const lead = clause.slice(0, e.index);
    if (COMPLIES_WITH_KIND.test(lead) || OWN_CERTIFICATIONS.test(lead) || HOLDS_BEFORE.test(lead)) continue;
    for (const m of ms) if (m.start >= e.index && m.start <= e.index + e[0].length) out.add(m);
  }
  const compared = comparedBefore(lang);
  for (const m of ms) {
    const before = clause.slice(Math.max(0, m.start - 60), m.start);
    if (
      definesFramework(clause.slice(m.end, m.end + 150), lang) ||
      compared.test(before) ||
      ARTICLE_AFTER.test(clause.slice(m.end, m.end + 20)) ||
      CONDITIONAL_AFTER.test(clause.slice(m.end, m.end + 40)) ||
      eligibleOnly(clause, m.end) ||
      ARTICLE_BEFORE.test(before)
    )
      out.add(m);
  }
  return out;
}

type Said = { s: ClaimStatus; weak?: string };
/** Which weak cues count: all in sentences, dates only in headings and badges (a schedule line). */
export type Weak = 'all' | 'dates' | 'none';

/**
 * Each cue belongs to the nearest mention (a cue spanning names — "report and full Type II evidence
 * available under NDA" — belongs to the one its first word follows); the words right next to a name
 * add its own; coordinated names ("SOC 2, ISO 27001 and HIPAA") share all of them.
 */
/** How far a cue is from a mention; a mention inside a cue's span counts from the cue's first word. */
function distance(c: Cue, m: Mention): number {
  if (c.start >= m.end) return c.start - m.end;
  if (m.start >= c.end) return m.start - c.end;
  return m.start >= c.start ? m.start - c.start + 1 : c.start - m.start;
}

/** The text between a cue and a mention (empty when they overlap). */
const between = (clause: string, c: Cue, m: Mention) =>
  c.start >= m.end ? clause.slice(m.end, c.start) : m.start >= c.end ? clause.slice(c.end, m.start) : '';
/** Punctuation that ends a part of a clause; a dash only between spaces, or an em dash ("2026–2027" is a range). */
const PART_BREAK = /[,:()—]|、|\s[–-]\s/;
/** A dash or a bracket: what follows is an aside about something else (a comma may go on: "but we plan …"). */
const ASIDE_BREAK = /[()—]|\s[–-]\s/;
/** Past a part break, a mention counts as farther than any mention in the same part. */
const FAR = 10_000;

function cuesByMention(
  clause: string,
  ms: Mention[],
  runs: Mention[][],
  lang: Lang,
  weak: Weak,
): Map<Mention, Said[]> {
  const placed = new Map<Mention, Cue[]>(ms.map((m) => [m, []]));
  for (const c of findCues(clause, lang)) {
    if (c.weak && (weak === 'none' || (weak === 'dates' && c.weak !== 'date'))) continue;
    let best = ms[0]!;
    let bestD = Infinity;
    for (const m of ms) {
      // A name in the cue's own comma-delimited part beats a nearer one past a comma: "a SOC 2 Type I
      // audit is underway, with Type II planned" is Type I's audit under way.
      const d = distance(c, m) + (PART_BREAK.test(between(clause, c, m)) ? FAR : 0);
      if (d < bestD) [best, bestD] = [m, d];
    }
    // "in conformità ai principi del GDPR", "the controls Habeo has in place …, mapped against the SOC 2
    // framework": what the held cue governs is the principles or the controls; the framework is what
    // they align to (statusBefore: aligned).
    if (c.s === 'held' && c.end <= best.start && alignedBefore(clause.slice(c.end, best.start))) continue;
    placed.get(best)!.push(c);
  }
  // "ISO 27001 certification in progress — final audit scheduled September 2026": a cue in the name's
  // own part states its status; what lies past a break describes something else (the final audit).
  const per = new Map<Mention, Said[]>();
  for (const [m, cues] of placed) {
    const near = cues.filter((c) => !ASIDE_BREAK.test(between(clause, c, m)));
    per.set(m, near.some((c) => !c.weak) ? near : cues);
  }
  for (const m of ms) {
    const before = clause.slice(0, m.start);
    const after = clause.slice(m.end);
    const next = statusAfter(after);
    if (next) per.get(m)!.push({ s: next });
    if (ownReportAt(before, after)) per.get(m)!.push({ s: 'held' });
    if (NOT_BEFORE.test(before.slice(-24))) per.get(m)!.push({ s: 'not-held' });
  }
  // A run of coordinated names ("ISO 27001, SOC 2, and PCI DSS compliant") shares all its cues.
  for (const run of runs) {
    if (run.length < 2) continue;
    const u = run.flatMap((m) => per.get(m)!);
    for (const m of run) per.set(m, u);
  }
  // "a Type I report on our roadmap, followed by a Type II report over the observation window": the
  // next step of a plan is planned, whatever its own words describe.
  ms.forEach((m, i) => {
    const prev = ms[i - 1];
    if (!prev || !NEXT_STEP.test(clause.slice(prev.end, m.start))) return;
    const s = pick(per.get(prev)!);
    if (s === 'planned' || s === 'in-progress') per.set(m, [{ s: 'planned' }]);
  });
  return per;
}

/** Words that make the next name a later step: "…, followed by a", "and then", ", then". */
const NEXT_STEP = /(?:\bfollowed by|\band then|,\s*then)\s+(?:an?|the|our)?\s*$/i;

/**
 * The clause's mentions in runs of coordinated names ("SOC 1/2/3", "ISO 27001, SOC 2, and PCI DSS"), in
 * order: each gap between two names is checked once, and the runs serve the cues, the holder, the lead
 * names and the statuses that carry over.
 */
function coordinatedRuns(clause: string, ms: Mention[]): Mention[][] {
  const runs: Mention[][] = [];
  ms.forEach((m, i) => {
    if (i > 0 && coordinated(clause.slice(ms[i - 1]!.end, m.start))) runs[runs.length - 1]!.push(m);
    else runs.push([m]);
  });
  return runs;
}

/** The dash-separated segment of a clause around an offset: holders are looked for within it. */
const segmentAround = (clause: string, at: number) => spanAround(clause, at, / [—–-] /g);

/** One clause's findings, from its mentions `ms`. `weak` lets weak cues count (not in headings and badges). */
function analyzeClause(
  clause: string,
  ms: Mention[],
  sentence: string,
  first: boolean,
  env: Env,
  fallback: Holder | null,
  weak: Weak,
): Found[] {
  if (!ms.length) return [];
  if (NOT_A_STATEMENT.test(clause)) return [];
  const customer = aboutCustomer(clause, env.lang);
  const skip = excluded(clause, ms, env.lang);
  const runs = coordinatedRuns(clause, ms);
  const runOf = new Map(runs.flatMap((run) => run.map((m) => [m, run] as const)));
  const per = cuesByMention(clause, ms, runs, env.lang, weak);
  // The mentions coordinated with the first one ("SOC 1/2/3", "ISO 27001, 27017 and 27018").
  const lead = new Set<Mention>(first ? runs[0] : []);
  const byKey = new Map<string, Found & { cues: Said[] }>();
  const separate: Found[] = [];
  let own: ClaimStatus | null = null;
  let other: boolean | undefined;
  const otherStatus = () => (other ??= findCues(clause, env.lang, true).some((c) => c.s !== 'held'));
  for (const m of ms) {
    if (skip.has(m)) continue;
    const cues: Said[] = [...per.get(m)!];
    const [a, b] = segmentAround(clause, m.start);
    const scope = scopeOf(clause.slice(a, b), env.holders);
    // Coordinated names share what follows the last of them: "SOC 2 Type II and ISO 27001 certified
    // infrastructure" is the infrastructure's, both of them.
    const end = Math.min(runOf.get(m)!.at(-1)!.end, b);
    const holder: Holder = customer
      ? { kind: 'customer' }
      : holderOf(clause.slice(a, b), m.start - a, end - a, env.holders, fallback);
    const key = `${m.fw}|${holder.kind}|${holder.name ?? ''}`;
    const prev = byKey.get(key);
    if (prev) {
      prev.cues.push(...cues);
      prev.lead ||= lead.has(m);
    } else byKey.set(key, { fw: m.fw, s: null, holder, scope, quote: sentence, lead: lead.has(m), cues });
    // "developed based on PCI DSS … and we have achieved certification": two statements; names
    // coordinated after the verb share it ("aligned with HIPAA, GDPR and SOC 2").
    own = statusBefore(clause.slice(0, m.start), m.fw) ?? (runOf.get(m)![0] !== m ? own : null);
    if (own) separate.push({ fw: m.fw, s: own, holder, scope, quote: sentence, lead: lead.has(m) });
    // "a platform with industry-recognized certifications and audits: PCI DSS Level 1, ISO 27001":
    // a list its subject is said to have, when nothing in the clause says otherwise.
    else if (!cues.length && CERTIFICATES_LISTED.test(clause.slice(0, m.start)) && !otherStatus())
      separate.push({ fw: m.fw, s: 'held', holder, scope, quote: sentence, lead: lead.has(m) });
  }
  const found = [...[...byKey.values()].map(({ cues, ...f }) => ({ ...f, s: pick(cues) })), ...separate];
  const later = ONCE_ISSUED.test(clause)
    ? ('planned' as const)
    : PARTIAL.test(clause)
      ? ('in-progress' as const)
      : null;
  // A share of compliance is a status of its own ("HIPAA readiness: 91% complete").
  const moved = (f: Found) => f.s === 'held' || (f.s === null && later === 'in-progress');
  return later ? found.map((f) => (moved(f) ? { ...f, s: later } : f)) : found;
}

/** "certifications and audits: A, B, C" up to a framework: the list a subject has. */
const CERTIFICATES_LISTED = rx(
  String.raw`(?:certifications|certificates|attestations|accreditations|zertifizierungen|zertifikate|certificats|certificaciones|certificados|certificações|certificazioni|certificati|certificeringen|certificaten)(?:\s+(?:and|&|und|et|y|e|en)\s+[\p{L}-]+)?\s*[:：][^.;:：!?]{0,200}$`,
  'iu',
);

/** A later clause about the certificate itself ("the certification itself is scheduled for Q3"). */
const CERTIFICATE_ITSELF = rx(
  String.raw`\b(?:the|its|our) (?:formal |actual )?(?:certification|certificate|audit|attestation|report)\b|\b(?:die|das|der) (?:zertifizierung|zertifikat|audit)\b|\b(?:la|le|l['’]) ?(?:certification|certificat|audit)\b|\b(?:la|el) (?:certificación|certificado|auditoría)\b`,
  'iu',
);

/**
 * A sentence's clauses; a clause naming no framework that goes on about the certificate with a
 * status of its own stays with the clause before it: "every Cyber Essentials control is in place;
 * the certification itself is scheduled for Q3" says where the certificate stands.
 */
function clausesOf(sentence: string, env: Env): string[] {
  const out: string[] = [];
  for (const c of sentence.split(/[;；] /)) {
    const prev = out.length - 1;
    const follows =
      prev >= 0 &&
      CERTIFICATE_ITSELF.test(c) &&
      !findMentions(c, 1, env.soc2Named).length &&
      findCues(c, env.lang).some((x) => x.s !== 'held');
    if (follows) out[prev] += '; ' + c;
    else out.push(c);
  }
  return out;
}

/** What a sentence calls the framework it goes on about without naming it ("full compliance", "the audit"). */
const STANDING = rx(
  String.raw`\b(?:compliance|certification|certified|audit|attestation|konformität|einhaltung|zertifizierung|conformité|cumplimiento|certificación|auditoría|conformidade|certificação|auditoria|conformità|certificazione|naleving|certificering)\b`,
  'iu',
);

/**
 * A sentence naming no framework that says where the vendor stands with the one the sentence before
 * named: "The EU AI Act … applies progressively through 2027. We are actively preparing for full
 * compliance." Only a forward-looking status (in progress, planned), said in the vendor's own voice
 * (it starts with "we" or the vendor's name), and only after a sentence that named one framework, or
 * several when this one points back at all of them ("… preparing for its own certification against
 * these standards").
 */
function followUp(sentence: string, named: FrameworkId[], env: Env): Found[] {
  const fws = [...new Set(named)];
  // Several frameworks only when the sentence points back at all of them ("these standards").
  if (!fws.length || (fws.length > 1 && !PLURAL_BACK.test(sentence)) || !STANDING.test(sentence)) return [];
  const opening = sentence.split(/\s+/).slice(0, 3).join(' ');
  if (!matches(langRe(SELF_WORDS, env.lang), opening) && !env.holders.selfName(sentence)) return [];
  // Strong cues only: "the audit window" is a weak sign of an audit under way, not a status said.
  const s = pick(findCues(sentence, env.lang).filter((c) => !c.weak));
  if (s !== 'in-progress' && s !== 'planned') return [];
  return fws.map((fw) => ({ fw, s, holder: { kind: 'vendor' }, scope: null, quote: sentence, lead: false }));
}

/** Words pointing back at every framework the sentence before named. */
const PLURAL_BACK =
  /\b(?:these|those|both|all of these|the same) (?:standards|frameworks|certifications|norms|audits)\b|\b(?:diese[rn]?|beide[rn]?) (?:standards|normen|zertifizierungen)\b|\b(?:ces|ces deux) (?:normes|standards|certifications)\b|\b(?:estas|estos|ambas|ambos) (?:normas|estándares|certificaciones)\b/i;

/** A sentence whose subject points back at the sentence before: "Dies wurde … belegt", "This is confirmed …". */
const DEMONSTRATIVE_SUBJECT = rx(
  String.raw`^\s*(?:this|that|these|those|dies|das|diese|cela|ceci|ce|esto|eso|esta|isso|isto|ciò|questo|dit|dat)\s+(?:is|was|are|were|has|have|wurde|wird|ist|sind|wurden|est|a|sont|ont|es|fue|son|han|é|foi|são|foram|è|sono|stato|wordt|werd|zijn|heeft)(?![\p{L}])`,
  'iu',
);

/**
 * "Beide Cloud-Service-Provider betreiben hochmoderne Rechenzentren … Dies wurde durch ISO/IEC 27001-
 * Zertifikate und SOC II-Berichte belegt.": a sentence opening with a demonstrative goes on about what
 * the sentence before was about. When that was a third party, so is what this one names, unless the
 * sentence speaks in the vendor's voice.
 */
function pointedBack(sentence: string, before: string, env: Env): Holder | null {
  if (!before || !DEMONSTRATIVE_SUBJECT.test(sentence)) return null;
  // "This is confirmed by our SOC 2 report": the vendor's own words make it the vendor's again.
  if (matches(langRe(SELF_WORDS, env.lang), sentence)) return null;
  const holder = holderOf(before, before.length, before.length, env.holders);
  return holder.kind === 'third' ? holder : null;
}

/**
 * Frameworks, statuses and holders stated in one text, clause by clause. `weak`: weak cues count
 * (false for headings and badges, where "SOC 2 readiness" names a topic).
 */
export function analyze(text: string, env: Env, fallback: Holder | null = null, weak: Weak = 'all'): Found[] {
  const out: Found[] = [];
  let first = true;
  /** The frameworks the last sentence naming any named, for the two sentences after it. */
  let named: FrameworkId[] = [];
  let since = 0;
  let previous = '';
  for (const sentence of sentences(text)) {
    const before = previous;
    previous = sentence;
    if (/[?？] ?["”)]?$/.test(sentence) && !WH_QUESTION.test(sentence)) continue;
    // Each clause's mentions, found once: they also say whether the sentence names a framework.
    const clauses = clausesOf(sentence, env).map((clause) => ({
      clause,
      ms: findMentions(clause, 50, env.soc2Named),
    }));
    if (!clauses.some((c) => c.ms.length)) {
      if (weak === 'all' && fallback === null && ++since <= 2) out.push(...followUp(sentence, named, env));
      continue;
    }
    named = clauses.flatMap((c) => c.ms.map((m) => m.fw));
    since = 0;
    const holder = fallback ?? pointedBack(sentence, before, env);
    for (const { clause, ms } of clauses) {
      const found = analyzeClause(clause, ms, sentence, first, env, holder, weak);
      if (found.length) first = false;
      out.push(...found);
    }
  }
  if (findMentions(text, 50, env.soc2Named).some((m) => m.fw.startsWith('soc2'))) env.soc2Named = true;
  return out;
}

/** The vendor's own names as a matcher: does a phrase start with one of them? */
export function selfMatcher(names: string[]): (phrase: string) => boolean {
  const keys = names.map(squash).filter((n) => n.length >= 3);
  return (phrase: string) => {
    const s = squash(phrase.slice(0, 60));
    return s.length >= 3 && keys.some((k) => s.startsWith(k) || (k.startsWith(s) && s.length >= 4));
  };
}

export const newEnv = (lang: Lang, selfNames: string[]): Env => ({
  lang,
  holders: { lang, selfName: selfMatcher(selfNames), roles: new Roles(), at: 0 },
  soc2Named: false,
});

/* Test pages: tests/fixtures/pages/openai-security.html, workato-security.html, atlassian-trust-faq.html;
   tests/fixtures/real/ (statements in eight languages; traps: examples, definitions, questions). */
