import { MARKS, matches, type Vocab, vocabRe } from './patterns';

/**
 * What a page says it is about, read from its URL, title and main heading, in eight languages. A page
 * about security, trust, compliance, sub-processors, certifications, the technical and organisational
 * measures of data-protection law or an AI vendor's AI governance is a strong topic; a page named
 * after one framework ("SOC 2", "HIPAA") or after data protection is a weak one, because guides and
 * glossaries are named that way too.
 */

/** Section words of vendor trust pages, as written in titles and headings. */
export const TOPIC_WORDS: Vocab = {
  en: 'trust(?: ?cent(?:er|re)| portal| hub)?|security|compliance|compliancy|sub-?processors?(?: list)?|sub-?contractors|certifications|attestations|technical (?:and|&) organi[sz]ational measures|ai governance|responsible ai',
  de: '\\p{L}*sicherheit|compliance|einhaltung|sub-?prozessoren|unterauftragsverarbeiter|sub-?unternehmer|unterauftragnehmer|zertifizierungen|zertifikate|technische und organisatorische ma(?:ß|ss)nahmen|ki-governance|verantwortungsvolle ki',
  fr: 'sécurité|securite|conformité|sous-traitants ultérieurs|certifications|centre de confiance|mesures techniques et organisationnelles|gouvernance de l.ia|ia responsable',
  es: 'seguridad|cumplimiento|subencargados|subprocesadores|certificaciones|centro de confianza|medidas técnicas y organizativas|gobernanza de (?:la )?ia|ia responsable',
  pt: 'segurança|seguranca|conformidade|suboperadores|subprocessadores|certificações|medidas técnicas e organizacionais|governança d[ae] ia|ia responsável',
  it: 'sicurezza|conformità|sub-?responsabili|certificazioni|misure tecniche e organizzative|governance dell.ia|ia responsabile',
  nl: 'beveiliging|\\p{L}*veiligheid|veilig|naleving|sub-?verwerkers|certificeringen|trust ?center|technische en organisatorische maatregelen|ai-governance|verantwoorde ai',
  ja: 'セキュリティ|コンプライアンス|第三者認証|トラストセンター|再委託先',
};

/** Weak topics: data protection, the names of single frameworks, and "secure" ("Stay secure with …"). */
export const WEAK_TOPIC_WORDS: Vocab = {
  en: 'data protection|privacy|soc ?[123]|iso(?:/iec)? ?27\\d\\d\\d|iso ?42001|hipaa|gdpr|ccpa|pci(?: dss)?|fedramp|business associate(?: agreement)?|baa|isae ?3402|certification|(?:eu )?ai act|secure',
  de: 'datenschutz|dsgvo|ds-gvo|zertifizierung|ki-verordnung',
  fr: 'protection des données|protéger les données|rgpd|certification',
  es: 'protección de(?: los)? datos|rgpd|certificación',
  pt: 'proteção de dados|protecao de dados|lgpd|certificação',
  it: 'protezione dei dati|certificazione',
  nl: 'gegevensbescherming|avg|certificering|ai-verordening',
  ja: '個人情報保護|認証',
};

const TOPIC = vocabRe(TOPIC_WORDS);
const WEAK_TOPIC = vocabRe(WEAK_TOPIC_WORDS);

/**
 * URL path segments are slugs ("datenschutz-sicherheit", "security_whitepaper", "securitypolicy"),
 * so they are matched by stem, not by whole word.
 */
const URL_TOPIC =
  /trust|secur|sicher|segur|sicur|veilig|beveilig|complian|conformi|cumplimiento|naleving|einhaltung|sub ?processor|sub ?prozessor|unterauftrag|subunternehmer|sub ?contractor|sous ?traitant|sub ?encargad|sub ?operador|sub ?processador|sub ?verwerker|certifications|zertifizierungen|certificaciones|certificacoes|certificazioni|certificeringen|attestations|organisatorische|organizativas|organisationnelles|organizzative|organizacionais|(?:technical|technische|techniques|tecnicas) (?:and |und |et |y |e |en )?organi|ai governance|responsible ai|(?:^| )isms(?: |$)/;
/** A framework's name in a slug makes the page one about that framework: guides are named so too. */
const URL_FRAMEWORK =
  /(?:^| )(?:soc ?[123]|soc[123]|iso|iso ?27\d\d\d|iso ?42001|2700\d|hipaa|gdpr|dsgvo|rgpd|avg|lgpd|pci|dss|baa|isae|fedramp|ccpa|certification|zertifizierung|ai act)(?: |$)/;
const URL_WEAK =
  /datenschutz|privacy|privacidad|privacidade|protecao de dados|proteccion de datos|protection des donnees|gegevensbescherming/;

/** A title or heading part's topic strength: 2 strong, 1 weak, 0 none. */
export function textTopic(t: string): 0 | 1 | 2 {
  const s = t.slice(0, 300);
  if (matches(TOPIC, s)) return 2;
  return matches(WEAK_TOPIC, s) ? 1 : 0;
}

/** Words of a URL path segment: decoded, lower-cased, split on - _ . + and without file extensions. */
export function segmentWords(seg: string): string {
  let s = seg;
  try {
    s = decodeURIComponent(seg);
  } catch {
    // A malformed escape: keep the raw segment.
  }
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/\.(?:html?|php|aspx?|jsp)$/, '')
    .replace(/[-_.+~]+/g, ' ')
    .trim();
}

/** A URL path segment's topic strength (its words already from segmentWords). */
export function segmentTopic(words: string): 0 | 1 | 2 {
  if (URL_FRAMEWORK.test(words)) return 1;
  if (URL_TOPIC.test(words)) return 2;
  return URL_WEAK.test(words) ? 1 : 0;
}

/* Test pages: tests/fixtures/real/ (every language), e.g. de-flowmium-datenschutz-sicherheit.html
   ("datenschutz-sicherheit"), ja-tokium-security-whitepaper.html ("security_whitepaper"). */
