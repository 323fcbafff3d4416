import { rx } from './patterns';
import type { FrameworkId } from './vocab';

/**
 * Framework mentions, in the names pages of eight languages use. One global regex with one named
 * group per family, so a block is scanned in a single pass; each family is a named part below.
 * Bare "ISO" or "NIST" never match: they name bodies, not frameworks, and show up in example lists
 * ("ex. ISO, HIPAA, PCI, NIST").
 */

/**
 * Word edges for names written in Latin letters: Japanese writes "当社はISO 27001認証を取得", with
 * no space between the name and the Japanese words around it.
 */
const NOT_AFTER = '(?![\\p{Script=Latin}\\p{N}])';
const NOT_BEFORE = '(?<![\\p{Script=Latin}\\p{N}])';
const TYPE_WORD = '(?:Type|Typ|Tipo)';
/** I, II (also typed "Il"), 1, 2, one, two, and their translations. */
const TYPE_NUM = '(?:I[Il]?|[12]|one|two|uno|dos|um|dois|due|één|twee)';

/** "SOC 2", "SOC2", "Type II SOC 2", "Service Organization Control (SOC) 2 Type II", "SOC 2 Tipo II". */
export const SOC_PART = `(?:${TYPE_WORD}[\\s-]*(?<socTypeBefore>I{1,2}|[12]) )?(?:SOC|S(?:ervice|ystem and) Organi[sz]ation Controls?(?: \\(SOC\\))?)[\\s-]*(?<socNum>1|2|3|II|III|I)${NOT_AFTER}®?(?: ?\\(SOC[\\s-]*\\d\\))?(?:[\\s,–-]*${TYPE_WORD}[\\s-]*(?<socType>${TYPE_NUM})${NOT_AFTER})?`;
/** "ISO 27001", "ISO/IEC 27001:2022", "NEN-ISO/IEC 27001", "ISO27001". */
export const ISO_PART = `ISO(?: ?\\/ ?IEC)?[\\s-]*(?<isoNum>27001|27017|27018|27701|42001)`;

/** "IA" and "artificial intelligence" as the Romance languages write them, in names of the EU AI Act. */
const AI_WORDS =
  '(?:IA|intelligence artificielle|inteligencia artificial|intelig[êe]ncia artificial|intelligenza artificiale)';

/** One pattern per framework with a single id, in the languages pages write it. */
export const SIMPLE_PARTS: Record<string, [FrameworkId, string]> = {
  nist: [
    'nist-ai-rmf',
    'NIST AI (?:RMF|Risk Management Framework)|AI Risk Management Framework|NIST AI 100-1',
  ],
  hipaa: ['hipaa', 'HIPAA'],
  pci: ['pci-dss', 'PCI(?:[\\s-]*D[SD]S)?|Payment Card Industry Data Security Standard'],
  gdpr: [
    'gdpr',
    [
      'GDPR|General Data Protection Regulation|DSGVO|DS-GVO|Datenschutz-Grundverordnung|RGPD',
      'R[èe]glement g[ée]n[ée]ral sur la protection des donn[ée]es',
      'Reglamento General de Protecci[óo]n de Datos',
      'Regulamento Geral (?:sobre a|de) Prote[çc][ãa]o de Dados',
      'Regolamento generale sulla protezione dei dati',
      'Algemene verordening gegevensbescherming',
      '(?:Regulation|Verordnung|REG\\.?|Reg\\.|R[èe]glement|Reglamento|Regulamento|Regolamento|Verordening)\\s*\\(?(?:EU|UE)\\)?\\s*(?:n[.°º]?\\s*|nr\\.?\\s*)?2016\\/679',
    ].join('|'),
  ],
  ccpa: ['ccpa', 'CCPA|CPRA|California Consumer Privacy Act|California Privacy Rights Act'],
  csa: [
    'csa-star',
    'CSA STAR|STAR (?:Level|Registry|Attestation|Certification)|Cloud Security Alliance|CSA Security,? Trust|CAIQ(?= self[\\s-]?assess)',
  ],
  fedramp: ['fedramp', 'FedRAMP'],
  aiact: [
    'eu-ai-act',
    [
      '(?:(?:EU|European Union)[\\s-])?AI[\\s-]Act|KI-Verordnung|AI-verordening',
      `(?:R[èe]glement|Reglamento|Regolamento|Regulamento)(?: europ[ée]en| europeo| europeu)? (?:sur l['’]|sull['’]|sobre (?:la |a )?|de (?:la )?)${AI_WORDS}`,
      // "loi sur l'IA de l'UE", "ley europea de IA": a law on AI, said to be the EU's (a bare "loi sur
      // l'IA" may be any country's).
      `(?:loi|ley|lei|legge) (?:europ[ée]enne |europea |europeia )(?:sur l['’]|sobre (?:la |a )?|de (?:la )?|sull['’])${AI_WORDS}`,
      `(?:loi|ley|lei|legge) (?:sur l['’]|sobre (?:la |a )?|de (?:la )?|sull['’])${AI_WORDS} (?:de l['’]UE|de l['’]Union europ[ée]enne|de la UE|de la Unión Europea|da UE|da União Europeia|dell['’]UE|dell['’]Unione europea)`,
    ].join('|'),
  ],
  cyber: ['cyber-essentials', 'Cyber Essentials(?: Plus)?'],
};

const MENTION = rx(
  [
    `${NOT_BEFORE}(?:${SOC_PART})`,
    // The edition's year is part of the name ("ISO/IEC 27001:2013 certified"): left out, the status after
    // it was read past ":2013" as if a label ended there.
    `(?<![\\p{Script=Latin}])${ISO_PART}${NOT_AFTER}(?::(?:19|20)\\d{2}(?!\\d))?`,
    ...Object.entries(SIMPLE_PARTS).map(([g, [, src]]) => `${NOT_BEFORE}(?<${g}>${src})${NOT_AFTER}`),
  ].join('|'),
  'giu',
);
/** Dutch pages write GDPR as "AVG": upper case only, "avg" is a word in other languages. */
const AVG = rx(String.raw`(?<![\p{L}\p{N}])AVG(?![\p{L}\p{N}])`, 'g');

/** "SOC 1/2/3", "SOC 2 and 3": numbers continuing a SOC mention. */
const SOC_MORE = rx(
  String.raw`^[^\S\n]*(?:,?[^\S\n]*(?:and|und|et|y|e|en)|\/|,|&)[^\S\n]*((?:SOC[^\S\n]*)?([123])(?![\p{L}\p{N}])(?:[\s,–-]*${TYPE_WORD}[\s-]*(${TYPE_NUM})(?![\p{L}\p{N}]))?)`,
  'i',
);
/** "ISO/IEC 27001, 27017 and 27018", "ISO 27017 / 27018 / 27701": numbers continuing an ISO mention. */
const ISO_MORE = rx(
  String.raw`^[^\S\n]*(?:,?[^\S\n]*(?:and|und|et|y|e|en)|\/|,|&|\+)[^\S\n]*((?:ISO(?:[^\S\n]*\/[^\S\n]*IEC)?[^\S\n]*)?(27001|27017|27018|27701|42001)(?![\p{L}\p{N}])(?::\d{4})?)`,
  'i',
);
/** "ISO 27001/17/18": the family's later numbers shortened to their last two digits. */
const ISO_SHORT = rx(String.raw`^[^\S\n]*\/[^\S\n]*(17|18)(?![\p{L}\p{N}])`, '');

/** A bare "Type II" naming a SOC 2 type when SOC 2 was named before on the page. */
const BARE_TYPE = rx(`(?<![\\p{L}\\p{N}])${TYPE_WORD}[\\s-]*(${TYPE_NUM})${NOT_AFTER}`, 'giu');
/** "SAS 70 Type II", "ISAE 3402 type II": a type belonging to another standard's number. */
const OTHER_STANDARD_BEFORE = /\d\s*$/;

export interface Mention {
  fw: FrameworkId;
  start: number;
  end: number;
}

const isType2 = (t: string) => /^(?:2|II|Il|two|dos|dois|due|twee)$/i.test(t);

function socId(num: string, type: string | undefined): FrameworkId {
  const n = num.toUpperCase();
  if (n === '1' || n === 'I') return 'soc1';
  if (n === '3' || n === 'III') return 'soc3';
  if (!type) return 'soc2';
  return isType2(type) ? 'soc2-type2' : 'soc2-type1';
}

function idOf(g: Record<string, string | undefined>): FrameworkId | null {
  if (g.socNum) return socId(g.socNum, g.socType ?? g.socTypeBefore);
  if (g.isoNum) return `iso${g.isoNum}` as FrameworkId;
  for (const [name, [id]] of Object.entries(SIMPLE_PARTS)) if (g[name]) return id;
  return null;
}

/** Follow a SOC or ISO mention with the numbers listed after it ("SOC 1/2/3", "ISO 27017 / 27018"). */
function continuation(t: string, first: Mention, out: Mention[], max: number): void {
  const isSoc = first.fw.startsWith('soc');
  const re = isSoc ? SOC_MORE : ISO_MORE;
  let at = first.end;
  for (let i = 0; i < 8 && out.length < max; i++) {
    const rest = t.slice(at, at + 60);
    const short = isSoc ? null : ISO_SHORT.exec(rest);
    const m = short ?? re.exec(rest);
    if (!m) return;
    // "SOC 1 Type 2 and SOC 2 Type 2": a listed SOC keeps the type written after it.
    const fw: FrameworkId = short
      ? (`iso270${short[1]}` as FrameworkId)
      : isSoc
        ? socId(m[2]!, m[3])
        : (`iso${m[2]}` as FrameworkId);
    const end = at + m[0].length;
    out.push({ fw, start: end - m[1]!.length, end });
    at = end;
  }
}

/**
 * All framework mentions in a text, in order (at most `max`). `soc2Named` says SOC 2 was named
 * before this text on the page, so a bare "Type I" names its type.
 */
export function findMentions(t: string, max = 50, soc2Named = false): Mention[] {
  // The page's whole text is scanned twice (genre, claims): remember the last long scan.
  if (t.length > 1000 && last.t === t && last.max === max && last.soc2Named === soc2Named) return last.out;
  const out = scan(t, max, soc2Named);
  if (t.length > 1000) last = { t, max, soc2Named, out };
  return out;
}

let last: { t: string; max: number; soc2Named: boolean; out: Mention[] } = {
  t: '',
  max: 0,
  soc2Named: false,
  out: [],
};

function scan(t: string, max: number, soc2Named: boolean): Mention[] {
  const out: Mention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(t); m && out.length < max; m = MENTION.exec(t)) {
    const fw = idOf(m.groups ?? {});
    if (!fw) continue;
    const first = { fw, start: m.index, end: m.index + m[0].length };
    out.push(first);
    if (fw.startsWith('soc') || fw.startsWith('iso')) {
      continuation(t, first, out, max);
      MENTION.lastIndex = Math.max(MENTION.lastIndex, out[out.length - 1]!.end);
    }
  }
  MENTION.lastIndex = 0;
  AVG.lastIndex = 0;
  for (let m = AVG.exec(t); m && out.length < max; m = AVG.exec(t))
    out.push({ fw: 'gdpr', start: m.index, end: m.index + 3 });
  bareTypes(t, out, soc2Named);
  return out.sort((a, b) => a.start - b.start);
}

/** "completed SOC 2 Type 1 and working towards Type 2": a bare type after SOC 2 names it too. */
function bareTypes(t: string, out: Mention[], soc2Named: boolean): void {
  const firstSoc2 = out.find((x) => x.fw.startsWith('soc2'))?.start ?? Infinity;
  if (!soc2Named && firstSoc2 === Infinity) return;
  BARE_TYPE.lastIndex = 0;
  for (let m = BARE_TYPE.exec(t); m; m = BARE_TYPE.exec(t)) {
    const at = m.index;
    if ((!soc2Named && at < firstSoc2) || out.some((x) => at >= x.start && at < x.end)) continue;
    if (OTHER_STANDARD_BEFORE.test(t.slice(Math.max(0, at - 12), at))) continue;
    out.push({ fw: isType2(m[1]!) ? 'soc2-type2' : 'soc2-type1', start: at, end: at + m[0].length });
  }
  BARE_TYPE.lastIndex = 0;
}

/* Test pages: tests/fixtures/pages/netapp-safebase.html ("ISO/IEC 27001:2022", "CSA STAR Attestation"),
   workato-security.html ("Service Organization Controls 2 (SOC 2) Type 2"), atlassian-trust-faq.html (CAIQ);
   tests/fixtures/real/safer-security.html ("SOC 1/2/3"), thoropass-trust-center.html ("ISO 27017 / 27018 /
   27701"), leandna-security.html ("Type Il"), de-dropbox-zertifizierungen.html, ja-aws-soc.html. */
