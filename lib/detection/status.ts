import { type Lang, langRe, rx, type Vocab } from './patterns';
import { CLAIM_STATUSES, type ClaimStatus, type FrameworkId } from './vocab';

/**
 * Status wording in eight languages. A cue is a phrase that states where something stands.
 * - Within one statement the most cautious cue wins (CAUTION): "not yet certified" is not-held,
 *   "readiness review on roadmap" is planned, "completed our CAIQ self-assessment" is self-attested.
 * - Across statements the strongest status wins (STRENGTH, claim-merge.ts): a page that says a
 *   framework is "aligned" in one place and "certified" in another holds it.
 * Weak cues (a bare "readiness", a quarter date) count only when a statement has no other cue.
 */

/** Most cautious first: within one statement, a qualifier qualifies. */
export const CAUTION: ClaimStatus[] = [
  'planned',
  'in-progress',
  'not-held',
  'self-attested',
  'aligned',
  'held',
];
/** Strongest first: across statements, the vendor's best own status (documented in README). */
export const STRENGTH: readonly ClaimStatus[] = CLAIM_STATUSES;

export const HELD: Vocab = {
  en: 'our (?:[\\w-]+ )?certifications?|certified|accredited|audited|(?<!self[\\s-]?)attested|compliant|(?:has|have) been (?:evaluated|audited|assessed|certified|validated|verified|tested|reviewed|granted)|achieved|obtained|attained|earned|received|awarded|passed|(?<!\\bto )maintains?|maintained|holds?|holding|completed|covered (?:in|by)|(?:reports?|letters?|certificates?|aoc|attestations?|evidence|documentation|cop(?:y|ies))(?: [^.;]{0,60}?)? (?:(?:is|are|can be made) )?(?:available|sent|shared|provided|send|share|provide)?[^.;]{0,40}?(?:(?:on|upon) request|under (?:an? |the )?(?:nda|non-disclosure agreement))|authori[sz]ation to operate|authori[sz]ed|listed (?:in|on)|successfully|valid (?:until|through|from|to)|baas? (?:signed|in place)|(?<!(?:can|may|will|could) )signs? (?:a )?baas?|undergoes|compl(?:y|ies) with|in compliance with|full (?:[\\w/&-]+ ){0,3}?compliance|in place|certificates?|(?:has|have|possess(?:es)?) (?:an? |the |our |its )?(?:[\\w/-]+ ){0,3}?(?:certification|report|attestation|accreditation)s?|(?:conducts?|performs?|completes?) (?:[\\w-]+ ){0,3}?audits? (?:for|of|against)',
  de: 'unsere (?:\\p{L}+ )?zertifizierung(?:en)?|\\p{L}*zertifiziert\\p{L}*|zertifizieren lassen|auditiert|testiert|akkreditiert|geprüft|\\p{L}*konform|erfüllt|erfüllen|entspricht|entsprechen|eingehalten|halten (?:\\p{L}+ ){0,3}?ein|verfügt über|erhalten|bestanden|\\p{L}*zertifikat\\p{L}*|unterzieht sich|unterziehen uns|lassen (?:[\\p{L}\\p{N}/-]+ ){0,8}?zertifizieren',
  fr: '(?:nos|notre) (?:\\p{L}+ )?certifications?|certifiée?s?|accréditée?s?|auditée?s?|conformes? (?:à|au|aux)|en conformité avec|respecte|respectons|(?:le )?respect (?:de|du|des)|(?:a|avons) obtenu|obtenue?s?|détient|détenons|certificats?|satisfait|(?:se soumet|nous soumettons) (?:\\p{L}+ ){0,2}?(?:à|a)',
  es: 'nuestras? (?:\\p{L}+ )?certificaci(?:ón|ones)|(?:hemos |ha )?recibid[oa]|recibió|recibimos|emisión del (?:informe|certificado)|emitid[oa]s? por|certificad[oa]s?|acreditad[oa]s?|auditad[oa]s?|conformes? (?:con|a|al)|cumple|cumplimos|en cumplimiento (?:con|de)|cuenta con|contamos con|obtenid[oa]|(?:hemos|ha) obtenido|certificados?|(?:se somete|nos sometemos) (?:\\p{L}+ ){0,2}?a',
  pt: 'nossas? (?:\\p{L}+ )?certificaç(?:ão|ões)|recebeu|recebemos|passa(?:mos)? por (?:\\p{L}+ ){0,2}?auditorias|emissão do (?:relatório|certificado)|emitid[oa]s? por|certificad[oa]s?|acreditad[oa]s?|auditad[oa]s?|em conformidade com|conformes? (?:com|a|ao)|cumpre|cumprimos|possui|possuímos|obtivemos|obteve|certificados?|(?:é|são) submetid[oa]s? a',
  it: '(?:le nostre|la nostra) (?:\\p{L}+ )?certificazion[ei]|certificat[oaie]|accreditat[oaie]|auditat[oaie]|conform[ei] (?:a|ai|al|alla|alle|con)|(?:in |la |di )?conformità (?:a|al|alla|ai|agli|con)|(?:nel )?rispetto (?:del|della|dei|delle)|rispetta|rispettiamo|dispone di|mantiene|manteniamo|ottenut[oaie]|abbiamo ottenuto|è compliant|certificato|(?:si sottopone|ci sottoponiamo) (?:\\p{L}+ ){0,2}?a',
  nl: 'onze (?:\\p{L}+ )?certificering(?:en)?|beschik(?:t|ken) (?:\\p{L}+ )?over|gecertificeerd|geaccrediteerd|geaudit|voldoe[nt]? aan|conform|in naleving van|in overeenstemming met|behaald|certificaat|ondergaat|ondergaan',
  ja: '認証取得済|取得済|取得しています|取得しました|準拠しています|認定を受け|監査を受け|認証を受け|報告書',
};

export const IN_PROGRESS: Vocab = {
  en: 'in[\\s-]+progress|in[\\s-]+process|under ?way|undergoing|(?:is|are|currently) being (?:evaluated|audited|assessed|reviewed|pursued|implemented|prepared)|pursuing|striving (?:to|for|towards?)|(?:actively )?working (?:toward|towards|on)|building towards?|preparing|in preparation|pending|in the process of|expected (?:in|by|within)|mid-audit|in observation|(?:audit|observation) (?:window|period)|window (?:is )?open|(?<!(?:our|the|your) )gap (?:analysis|assessment)|(?:active|ongoing) (?:engagement|audit)|engagement with (?:our|an|the) auditor|(?:audit|auditor) engagement(?: letter)? signed|signed (?:an |the |our )?(?:audit )?engagement(?: letter)?|engaged (?:an|our|the) auditor|under (?:internal |active )?(?:evaluation|review|assessment)|to become',
  de: 'in arbeit|in vorbereitung|bereiten (?:\\p{L}+ ){0,3}?vor|arbeiten (?:an|auf)|läuft|laufend|im aufbau|in umsetzung',
  fr: 'en cours|en préparation|préparation (?:à|au|aux)|travaillons (?:à|sur|vers)|en voie de|préparons|mettons actuellement en (?:œuvre|oeuvre|place)|en cours de mise en (?:œuvre|oeuvre|place)',
  es: 'en curso|en proceso|trabajando (?:en|hacia|para)|en preparación|preparando',
  pt: 'em andamento|em curso|em processo|trabalhando (?:para|em)|em preparação|preparando',
  it: 'in corso|stiamo lavorando|in preparazione|stiamo preparando|(?:percorso|cammino) di adeguamento',
  nl: 'in behandeling|bezig met|in voorbereiding|werken (?:aan|toe naar)',
  ja: '準備を進め|準備中|整備中|に向けた|に向けて|取得中|対応中',
};

export const PLANNED: Vocab = {
  en: 'planned|positioned to (?:obtain|achieve|pursue|complete|get)|on (?:the |our )?(?:[\\w-]+ ){0,2}roadmap|roadmap|plan(?:s|ning)? to (?:proceed|pursue|obtain|achieve|get|complete|begin|start|undergo|become)|intends? to (?:pursue|obtain|achieve|get|complete|become)|coming soon|upcoming|scheduled|(?:opens|starts|begins|kicks off) (?:in )?(?:q[1-4] )?20\\d\\d|(?:window|audit|assessment|period) (?:opens|starts|begins)|(?:begins|starts) after|will (?:begin|start|pursue|undergo|obtain|open)|next year',
  de: 'geplant|planen|vorgesehen|angestrebt',
  fr: 'prévue?s?|planifiée?s?|prévoyons|feuille de route',
  es: 'planificad[oa]s?|previst[oa]s?|planeamos|prevemos|hoja de ruta',
  pt: 'planejad[oa]s?|previst[oa]s?|planejamos|roteiro',
  it: 'pianificat[oaie]|previst[oaie]|prevediamo|tabella di marcia',
  nl: 'gepland|van plan',
  ja: '予定|計画|検討中',
};

export const SELF_ATTESTED: Vocab = {
  en: 'self[\\s-]?(?:attest(?:ation|ed|s)?|assess(?:ment|ed)?|certif(?:ied|ication)|declar(?:ation|ed))|caiq|questionnaires?|compliance statement|statement of (?:compliance|conformity)|declaration of conformity',
  de: 'selbstauskunft|selbstbewertung|selbsteinschätzung|selbstzertifiz\\p{L}*|fragebogen|konformitätserklärung',
  fr: 'auto-?évaluation|auto-?certifi\\p{L}*|questionnaire|déclaration de conformité',
  es: 'autoevaluación|autodeclaración|autocertifica\\p{L}*|cuestionario|declaración de conformidad',
  pt: 'autoavaliação|autodeclaração|autocertifica\\p{L}*|questionário|declaração de conformidade',
  it: 'autovalutazione|autocertifica\\p{L}*|questionario|dichiarazione di conformità',
  nl: 'zelfevaluatie|zelfbeoordeling|vragenlijst|conformiteitsverklaring',
  ja: '自己評価|自己宣言',
};

export const NOT_HELD: Vocab = {
  en: "(?:do(?:es)? not|don['’]t|doesn['’]t|have not|has not|haven['’]t|hasn['’]t|are not|is not|aren['’]t|isn['’]t) (?:currently |presently |yet |ever )?(?:hold|have|possess|maintain|claim|achieved|obtained|received|completed|undergone|been (?:certified|audited|attested)|certified|compliant|audited|attested)|not (?:currently |presently |yet )?(?:[\\w/-]+ ){0,3}?(?:certified|compliant|audited|attested|accredited|authori[sz]ed)|(?:will|would|do|does|did) not [^.;,]{0,40}?(?:certified|compliant)|no (?:current )?(?=(?:SOC|ISO|HIPAA|PCI|FedRAMP|CSA|GDPR)(?![\\p{L}]))|not held|not in scope|out of scope",
  de: 'nicht (?:[\\p{L}\\p{N}/-]+ ){0,3}?(?:zertifiziert|konform|auditiert)|kein(?:e|en)? (?:\\p{L}+ ){0,2}?(?:zertifizierung|zertifikat)',
  fr: "(?:ne sommes|n['’]est|n['’]avons|ne sont) pas (?:[\\p{L}\\p{N}/-]+ ){0,3}?(?:certifiée?s?|conformes?)|non certifiée?s?|pas (?:encore )?certifiée?s?",
  es: 'no (?:estamos|está|es|somos|contamos|tenemos) (?:[\\p{L}\\p{N}/-]+ ){0,3}?(?:certificad[oa]s?|conformes?)|no certificad[oa]s?',
  pt: 'não (?:somos|é|está|estamos|possuímos|temos) (?:[\\p{L}\\p{N}/-]+ ){0,3}?(?:certificad[oa]s?|conformes?)|não certificad[oa]s?',
  it: 'non (?:siamo|è|sono) (?:[\\p{L}\\p{N}/-]+ ){0,3}?(?:certificat[oaie]|conformi?)|non certificat[oaie]',
  nl: '(?:zijn|is) (?:nog )?niet (?:[\\p{L}\\p{N}/-]+ ){0,3}?gecertificeerd|niet gecertificeerd|geen (?:\\p{L}+ ){0,2}?certific\\p{L}*',
  ja: '未取得|取得していません|取得しておりません',
};

/** Aligned-to words, read as a status only in short texts (cells, chips, intros, section bodies). */
export const ALIGNED_WORDS: Vocab = {
  en: 'aligned|alignment|mapped|maps|mappings?|based on|follows?|designed to meet',
  de: 'ausgerichtet|orientiert|angelehnt|basiert|basierend',
  fr: 'alignée?s?|basée?s? sur|inspirée?s? de',
  es: 'alineado?s?|alineada?s?|basad[oa]s? en|siguiendo',
  pt: 'alinhad[oa]s?|baseado?s?|baseada?s?|segue',
  it: 'allineat[oaie]|basat[oaie] su|in linea con',
  nl: 'in lijn met|gebaseerd op|afgestemd op|op basis van',
  ja: '準拠|対応',
};

/**
 * Weak cues: a readiness activity ("readiness assessment" names work, not whether it has started),
 * a quarter date ("Q3 2026", "2027 Q1").
 */
const WEAK_IN_PROGRESS: Vocab = {
  en: 'readiness(?: (?:assessment|review|audit|program(?:me)?|project|work|phase|effort)s?)?',
};
const WEAK_PLANNED: Vocab = { en: 'q[1-4] ?20\\d\\d|20\\d\\d ?q[1-4]|h[12] 20\\d\\d' };

interface CueDef {
  s: ClaimStatus;
  v: Vocab;
  /** 'date' cues count in headings and badges too (a schedule); 'activity' cues only in sentences. */
  weak?: 'date' | 'activity';
}
const CUES: CueDef[] = [
  { s: 'not-held', v: NOT_HELD },
  { s: 'planned', v: PLANNED },
  { s: 'in-progress', v: IN_PROGRESS },
  { s: 'self-attested', v: SELF_ATTESTED },
  { s: 'held', v: HELD },
  { s: 'in-progress', v: WEAK_IN_PROGRESS, weak: 'activity' },
  { s: 'planned', v: WEAK_PLANNED, weak: 'date' },
];

const NEGATION = rx(
  String.raw`(?:^|[^\p{L}])(?:not|no|never|nicht|kein\p{L}*|pas|jamais|non|não|nunca|niet|geen|nooit)\s+(?:(?:in|an?|the|yet|currently|im|en|un|une|em|um|uma|in|een)\s+){0,2}$`,
  'iu',
);

/**
 * "designed to comply with the latest laws, including the AI Act": what a product is designed for,
 * however long the list that follows, up to the end of the clause. Design is alignment, not a status.
 */
const DESIGNED_TO = rx(
  String.raw`(?:designed|built|engineered) to (?:comply|be compliant|conform)|(?:entwickelt|konzipiert|ausgelegt),? um [^.;:]{0,60}(?:zu erfüllen|zu entsprechen|einzuhalten)|conçue?s? pour (?:respecter|être conformes?|se conformer)|diseñad[oa]s? para cumplir|projetad[oa]s? para (?:cumprir|estar em conformidade)|progettat[oaie] per (?:rispettare|essere conform[ei])|ontworpen om te voldoen`,
  'iu',
);

/**
 * A future auxiliary a few words before a compliance word ("will comply with", "will be SOC 2
 * compliant"): compliance still to come. Words that carry on a present state ("will remain", "will
 * continue to be") keep it held.
 */
const FUTURE_BEFORE = rx(
  String.raw`(?:^|[^\p{L}])(?:will|shall|wird|werden|sera|seront|será|serán|serão|sarà|saranno|zal|zullen)\s+(?:(?!remain|continue|stay|always|still|bleib|reste|rest|sigue|sigu|contin|rimar|blijf|altijd)[\p{L}\p{N}-]+\s+){0,4}$`,
  'iu',
);

export interface Cue {
  s: ClaimStatus;
  start: number;
  end: number;
  weak?: 'date' | 'activity';
}

/** All cues in a text (weak ones flagged), read in the page's language and English. */
export function findCues(t: string, lang: Lang, withAligned = false): Cue[] {
  const out: Cue[] = [];
  const defs = withAligned ? [...CUES, { s: 'aligned' as const, v: ALIGNED_WORDS }] : CUES;
  for (const { s, v, weak } of defs) {
    const re = langRe(v, lang);
    re.lastIndex = 0;
    for (let m = re.exec(t); m && out.length < 200; m = re.exec(t)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      // A longer cue already covering this one decides ("not yet certified" is not also "certified").
      if (out.some((c) => m!.index >= c.start && m!.index + m![0].length <= c.end)) continue;
      // "we are not in an active audit": a negated status is the absence of it.
      const negated = s !== 'not-held' && NEGATION.test(t.slice(Math.max(0, m.index - 24), m.index));
      // "designed to comply with …": the compliance word is the design's aim.
      const designed =
        s === 'held' &&
        !negated &&
        DESIGNED_TO.test(t.slice(Math.max(0, m.index - 40), m.index + m[0].length));
      // "our systems will comply with PCI DSS": compliance to come, unless it goes on ("will remain").
      const future =
        s === 'held' && !negated && FUTURE_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index));
      const status = negated ? 'not-held' : designed ? 'aligned' : future ? 'in-progress' : s;
      const cue: Cue = { s: status, start: m.index, end: m.index + m[0].length };
      out.push(weak && !negated ? { ...cue, weak } : cue);
    }
    re.lastIndex = 0;
  }
  return out;
}

/** The most cautious status of several cues of one statement; weak cues only when nothing else speaks. */
export function pick(cues: { s: ClaimStatus; weak?: string }[]): ClaimStatus | null {
  const strong = cues.filter((c) => !c.weak);
  const use = strong.length ? strong : cues;
  for (const p of CAUTION) if (use.some((c) => c.s === p)) return p;
  return null;
}

/** Whole-cell status words in tables and status chips ("SOC 2 Type II | Planned"). */
const CELL: [ClaimStatus, RegExp][] = [
  [
    'held',
    /^(?:live|active|operational|in effect|yes|done|complete|completed|achieved|certified|compliant|in place|current|valid|signed|available(?: now| today)?|ja|oui|sí|si|sim|✓|✔|✅)$/i,
  ],
  [
    'in-progress',
    /^(?:in audit|under audit|audit (?:under ?way|in progress)|in review|underway|under way)$/i,
  ],
  // A requirement a status column says is "addressed": met by measures, with no certificate.
  ['aligned', /^(?:addressed|mapped|aligned)$/i],
  // "Not yet started" (beside "Target Q4 2026"): intended, not begun.
  ['planned', /^not yet (?:started|begun)$/i],
  [
    'not-held',
    /^(?:no|not yet|none|not started|not pursued|not planned|not claimed|not held|not applicable|not (?:currently |yet )?supported|unsupported|n\/a|nein|non|não|nee|✗|✘|❌)$/iu,
  ],
];

/** "Status: In progress · Expected: Q2 2026": a status field, its value up to the next field. */
const STATUS_FIELD =
  /^(?:current )?(?:status|stand|statut|estado|estatus|stato|situação)\s*[:：]\s*([^·•|]+?)\s*(?:[·•|]|$)/i;

/** The status a "Status: …" line states, or null when the line is no status field or its value says none. */
export function statusField(t: string, lang: Lang): ClaimStatus | null {
  return STATUS_FIELD.test(t) ? cellStatus(t, lang) : null;
}

/** The status a short standalone cell or chip states: a whole-cell word, or the cues of a short text. */
export function cellStatus(t: string, lang: Lang): ClaimStatus | null {
  const c = (STATUS_FIELD.exec(t)?.[1] ?? t).replace(/[.!]+$/, '').trim();
  for (const [s, re] of CELL) if (re.test(c)) return s;
  return c.length <= 60 ? pick(findCues(c, lang, true)) : null;
}

/**
 * The verb, at most six words, then the framework; or the framework closing a list the verb governs
 * ("aligned with HIPAA Security Rule requirements, industry best practices, and SOC 2 standards").
 */
const follows = (src: string) =>
  rx(
    `(?:${src})(?:\\s+[\\p{L}'’-]+){0,6}(?:\\s*[(]?|(?:\\s*,(?:\\s+[\\p{L}\\p{N}'’./-]+){1,6}){1,3}\\s*,?\\s+(?:and|or|&|und|oder|et|ou|y|o|e|en|of)\\s+)$`,
    'iu',
  );
/**
 * "aligned with ISO 42001", "NIST AI RMF-aligned", "segue os critérios … do Framework SOC 2": an
 * alignment verb just before the framework (at most six words between) or "-aligned" right after.
 * Elsewhere in a sentence, "our controls align with industry standards" says nothing about a framework.
 */
const ALIGN_BEFORE = follows(
  [
    '(?:align(?:s|ed)?|alignment|in line|consistent|mapped|maps?) (?:to|with|against)|(?:review|assess|evaluate|benchmark|measure|engineer|design|develop|buil[dt])(?:s|ed|ing)? (?:[\\p{L}-]+ ){0,3}?against|align(?:s|ed)? (?:our|its|their|the) (?:[\\p{L}-]+ ){0,3}?(?:to|with)|in alignment with|based on|modell?ed on|designed to meet|designed (?:for|with)|principles (?:of|in)',
    '(?:ausgerichtet|orientiert) (?:an|am|auf)|basiert auf|basierend auf|angelehnt an|im einklang mit|(?:grundsätzen?|prinzipien) (?:der|des|von)',
    'alignée?s? (?:sur|avec)|basée?s? sur|inspirée?s? de|en ligne avec|principes (?:du|de la|des|de)',
    'alinead[oa]s? con|basad[oa]s? en|(?:se )?basan? en|principios (?:del|de la|de)',
    'alinhad[oa]s? (?:com|a|ao|à)|baseado?s? (?:em|na|no|nas|nos)|baseada?s? (?:em|na|no|nas|nos)|princípios (?:do|da|de)',
    'allineat[oaie] (?:a|al|alla|con)|basat[oaie] su|in linea con|principi (?:del|della|dello|di)',
    'in lijn met|gebaseerd op|afgestemd op|op basis van|(?:principes|beginselen) van',
  ].join('|'),
);
/**
 * "follows", "opera siguiendo", "segue", "according to", "volgens de … norm": working to a standard is
 * alignment; following a law is compliance. A certificate word in the sentence still wins ("certified
 * according to ISO 27001" is held).
 */
const FOLLOW_BEFORE = follows(
  [
    'follows?|following|in accordance with|according to',
    'siguiendo|sigue|seguimos|según|de acuerdo con',
    'segue|de acordo com',
    'folgt|gemäß',
    'suit|suivons|selon',
    'secondo',
    'volgt|volgen|volgens',
  ].join('|'),
);
/** "the SOC 2 Type II window": an observation window running for the framework. */
const WINDOW_AFTER = rx(
  String.raw`^\s*(?:audit |observation )?window(?![\p{L}])(?!\s+(?:opens|starts|begins))`,
  'iu',
);
const ALIGN_AFTER = rx(
  String.raw`^[\s-]*(?:aligned|alignment|based|mapped|ready)(?![\p{L}])|^[^.;:—–]{0,24}[:—–]\s*(?:(?:full|fully|complete|close)\s+)?(?:aligned|alignment)(?![\p{L}])|^\s*(?:[\p{L}-]+\s+)?(?:controls?|kontrollen|contrôles|controles|controlli|maatregelen)(?![\p{L}])(?!\s+(?:do(?:es)? not|don['’]t|doesn['’]t|cannot|can['’]t|fail|miss|ignore|are not|aren['’]t|were not)(?![\p{L}]))(?!(?:\s+[\p{L}-]+){0,3}\s+(?:audited|tested|attested|certified|examined|assessed|auditiert|geprüft|testiert|audités?|auditad[oa]s|auditat[ie]|geaudit))|^\s*(?:[\p{L}-]+\s+)?(?:guidelines|principles|criteria|richtlijnen|leitlinien|grundsätze|principes|lignes directrices|principios|directrices|princípios|diretrizes|principi|linee guida)(?![\p{L}])|^[\s:：\d()（）]*(?:への対応|に準拠した|を参考に)`,
  'iu',
);
const LAWS = new Set<FrameworkId>(['gdpr', 'ccpa', 'hipaa', 'eu-ai-act']);

/**
 * Status the words right after a framework's name give it, qualifying the statement's verb: "complies
 * with the ISO 27001 guidelines" is alignment, so are "HIPAA-ready" (built for it, not audited) and a
 * descriptor after a dash ("UK GDPR & DPA 2018 — full alignment"), "every Cyber Essentials control is
 * in place" has the
 * controls, not the certificate, "audited under the SOC 2 window" is work in progress.
 */
export function statusAfter(after: string): ClaimStatus | null {
  if (WINDOW_AFTER.test(after.slice(0, 40))) return 'in-progress';
  return ALIGN_AFTER.test(after.slice(0, 80)) ? 'aligned' : null;
}

/** Do the words right before a framework's name align to it ("mapped against the", "principi del")? */
export const alignedBefore = (before: string): boolean => alignedAt(unlisted(before).slice(-90), before);

/** The alignment check on `tail` (the text before the name, listed names dropped) and the raw `before`. */
const alignedAt = (tail: string, before: string): boolean =>
  ALIGN_BEFORE.test(tail) || PRACTICES_BRACKET.test(before.slice(-120));

/**
 * "segue as melhores práticas … de segurança da informação (ISO/IEC 27001, NIST …)": best practices,
 * with the standard in brackets as what they are, followed or not. Alignment, never a certificate.
 */
const PRACTICES_BRACKET = rx(
  String.raw`(?:best[ -]practices?|good practices?|industry practices?|melhores práticas|boas práticas|mejores prácticas|buenas prácticas|bonnes pratiques|meilleures pratiques|migliori pratiche|buone pratiche)[^.;:()]{0,90}[(（]\s*$`,
  'iu',
);

/**
 * The text before a name without the names listed before it: "review our systems against SOC, ISO
 * 27001" reviews against ISO 27001. Only capitalised words ending in a comma count as listed names
 * (case-sensitive): "designed with care, SOC 2 certified" keeps its "care,".
 */
const LISTED_BEFORE = /(?:(?:\s+\p{Lu}[\p{L}\d.-]*)+,)+\s*$/u;
const unlisted = (before: string) => before.slice(-160).replace(LISTED_BEFORE, ' ');

/**
 * A statement of its own made by the words right before a framework's name: "based on PCI DSS …
 * and certified" states both. Following a law ("opera siguiendo … HIPAA") complies with it.
 */
export function statusBefore(before: string, fw: FrameworkId): ClaimStatus | null {
  const b = unlisted(before).slice(-90);
  if (alignedAt(b, before)) return 'aligned';
  if (FOLLOW_BEFORE.test(b)) return LAWS.has(fw) ? 'held' : 'aligned';
  return null;
}

/**
 * "our SOC 2 Type II report", "nos rapports de certification pour les normes ISO 27001": the
 * possessive plus a report noun states the vendor has one.
 */
const POSSESSIVE =
  '(?:\\bour|\\bits|\\bnos|\\bnotre|\\bunser\\p{L}*|\\bnuestr[oa]s?|\\bnoss[oa]s?|\\bnostr[oaie]|\\bonze|\\bons)';
const ADJECTIVES = '(?:(?:latest|most recent|current|annual|independent|actuele?|aktuelle[nrs]?)\\s+)?';
const REPORT_NOUN =
  '(?:reports?|rapports?|berichte?|informes?|relatórios?|rapporti|rapporten|certificates?|certificats?|zertifikate?|certificados?|certificaten|attestations?)';
const OWN_NOUN_BEFORE = rx(`${POSSESSIVE} ${ADJECTIVES}${REPORT_NOUN}(?:\\s+[\\p{L}'’-]+){0,5}\\s*$`, 'iu');
const OWN_BEFORE = rx(`${POSSESSIVE} ${ADJECTIVES}$`, 'iu');
const OWN_AFTER =
  /^[\s:-]*(?:(?:type|typ|tipo) \S+ )?(?:reports?|certificates?|certification|attestation|audit|ato|listing|rapport|bericht|zertifikat|certificado|certificato|certificaat|informe|relatório)/i;

export const ownReportAt = (before: string, after: string): boolean =>
  OWN_NOUN_BEFORE.test(before.slice(-90)) ||
  (OWN_BEFORE.test(before.slice(-60)) && OWN_AFTER.test(after.slice(0, 30)));

/* Test pages: tests/fixtures/pages/portalpilot-trust.html (self-attestation, roadmap, in progress),
   relayai-security.html (do not hold), reline-security.html (Planned cells), openai-security.html;
   tests/fixtures/real/ (status wording in eight languages). */
