import { findMentions } from './frameworks';
import { findCues } from './status';
import {
  countMatches,
  escapeRe,
  type Lang,
  langRe,
  MARKS,
  matches,
  rx,
  type Vocab,
  vocabRe,
} from './patterns';
import { sentences } from './text';

/**
 * Does the page speak as the vendor about its own security? Two signs, in eight languages: the
 * vendor's voice (first person plural, or the vendor's own name) and the security practices a vendor
 * describes (encryption, access control, backups, penetration tests…). A guide about SOC 2 names
 * practices too, but as requirements for the reader; page-genre.ts weighs that side.
 */

/**
 * First person plural. Spanish, Portuguese and Italian drop the pronoun, so their common first-person
 * verb endings count too ("implementamos", "abbiamo").
 */
export const SELF_WORDS: Vocab = {
  en: "we|we['’](?:re|ve|ll|d)|our|ours",
  de: 'wir|unser\\p{L}*|uns',
  fr: 'nous|notre|nos',
  es: 'nosotros|nuestr[oa]s?|\\p{L}{3,}(?:amos|emos)',
  pt: 'nós|noss[oa]s?|\\p{L}{3,}(?:amos|emos)',
  it: 'noi|nostr[oaie]|\\p{L}{2,}iamo',
  nl: 'wij|we|ons|onze',
  ja: '当社|弊社|私たち',
};

/** Security practices a vendor describes, one vocabulary per kind; a page is scored by kinds present. */
export const PRACTICES: Record<string, Vocab> = {
  encryption: {
    en: 'encrypt\\p{L}*|aes[- ]?(?:128|256)\\p{L}*|cryptograph\\p{L}*',
    de: '\\p{L}*verschlüssel\\p{L}*',
    fr: 'chiffr\\p{L}*|crypt\\p{L}*',
    es: 'cifr\\p{L}*|encript\\p{L}*|cript\\p{L}*',
    pt: 'criptograf\\p{L}*',
    it: 'crittograf\\p{L}*|cifrat\\p{L}*',
    nl: 'versleutel\\p{L}*|gecodeerd|codering',
    ja: '暗号化',
  },
  transport: { en: 'tls|ssl|https|hsts' },
  authentication: {
    en: 'mfa|2fa|sso|saml|two-factor|multi-factor|bcrypt|password hash\\p{L}*',
    de: 'zwei-faktor\\p{L}*|passwort\\p{L}*',
    fr: 'double authentification|authentification (?:forte|à deux facteurs|multifacteur)|mots? de passe',
    es: 'doble factor|autenticación (?:de dos factores|multifactor)|contraseñas?',
    pt: '(?:dois|dupla) fatores?|autenticação (?:multifator|de dois fatores)|senhas?',
    it: 'due fattori|autenticazione a due|password',
    nl: 'twee-?factor\\p{L}*|wachtwoord\\p{L}*',
    ja: '多要素|二要素|パスワード',
  },
  access: {
    en: 'access control\\p{L}*|least[- ]privilege|role-based|rbac|access reviews?',
    de: 'zugriffs?(?:kontrolle|rechte|steuerung|schutz)|zugangskontrolle|berechtigungs?konzept',
    fr: "contrôle d['’]accès|moindre privilège|gestion des accès",
    es: 'control de acceso|mínimo privilegio|gestión de accesos',
    pt: 'controle de acesso|menor privilégio|gestão de acessos',
    it: 'controllo (?:degli )?accessi|minimo privilegio|gestione degli accessi',
    nl: 'toegangs(?:controle|beheer|beveiliging)',
    ja: 'アクセス制御|アクセス権',
  },
  backup: {
    en: 'backups?|backed up|disaster recovery|redundan\\p{L}*|business continuity',
    de: 'datensicherung|sicherungen|backups?|redundan\\p{L}*',
    fr: 'sauvegardes?|redondan\\p{L}*|continuité',
    es: 'copias? de seguridad|respaldos?|redundan\\p{L}*',
    pt: 'cópias? de segurança|backups?|redundân\\p{L}*',
    it: 'backup|ridondan\\p{L}*|continuità operativa',
    nl: 'back-?ups?|redundan\\p{L}*',
    ja: 'バックアップ|冗長',
  },
  logging: {
    en: 'audit (?:logs?|trails?)|logging|monitor(?:ing|ed)',
    de: 'protokollierung|überwachung|monitoring',
    fr: 'journalisation|journaux|surveillance',
    es: 'registros? de auditoría|monitoreo|monitorización',
    pt: 'monitorad\\p{L}*|monitoramento|registros? de auditoria|logs',
    it: 'monitoraggio|registri|log',
    nl: 'logging|monitoring|gelogd',
    ja: 'ログ|監視',
  },
  testing: {
    en: 'penetration test\\p{L}*|pen ?tests?|pentests?|vulnerabilit\\p{L}*',
    de: 'penetrationstest\\p{L}*|schwachstell\\p{L}*',
    fr: "tests? d['’]intrusion|vulnérabilit\\p{L}*",
    es: 'pruebas? de penetración|vulnerabilidad\\p{L}*',
    pt: 'testes? de (?:invasão|intrusão|penetração)|vulnerabilidade\\p{L}*',
    it: 'test di penetrazione|vulnerabilità',
    nl: 'pentest\\p{L}*|kwetsba\\p{L}*',
    ja: '脆弱性|ペネトレーション',
  },
  incidents: {
    en: 'incidents?|breach notification',
    de: '\\p{L}*vorf(?:a|ä)ll\\p{L}*',
    fr: 'incidents?',
    es: 'incidentes?',
    pt: 'incidentes?',
    it: 'incident[ei]',
    nl: 'incident\\p{L}*|datalek\\p{L}*',
    ja: 'インシデント',
  },
  hosting: {
    en: 'data ?cent(?:er|re)s?|hosted|hosting|data residency',
    de: 'rechenzentr\\p{L}*|gehostet|hosting',
    fr: 'hébergé\\p{L}*|hébergement|centres? de données',
    es: 'centros? de datos|alojad\\p{L}*|alojamiento',
    pt: 'centros? de dados|hospedad\\p{L}*|hospedagem|data ?centers?',
    it: 'data ?center|ospitat\\p{L}*|datacenter',
    nl: 'datacent\\p{L}*|gehost|hosting',
    ja: 'データセンター|ホスティング',
  },
  network: { en: 'firewalls?|waf|ddos|pare-feu|cortafuegos|intrusion detection' },
};

export interface Voice {
  /** First-person-plural words plus mentions of the vendor's own names. */
  self: number;
  /** Kinds of security practice named (of the PRACTICES kinds). */
  practices: number;
}

// Compiled once: squash runs for every name the page's holders and roles compare.
const NOT_LETTER_OR_DIGIT = rx(String.raw`[^\p{L}\p{N}]+`, 'gu');

/** Lower case, accents and everything but letters and digits removed: "Korèn CRM" → "korencrm". */
export const squash = (s: string): string =>
  s.normalize('NFD').replace(NOT_LETTER_OR_DIGIT, '').toLowerCase();

/**
 * How often the vendor's own names occur. Names are compared squashed, so "Share Of Model" counts for
 * shareofmodel.ai and "KorènCRM" for koren.nl; names shorter than five letters must stand as words.
 */
export function countNames(text: string, names: string[]): number {
  const usable = names.map(squash).filter((n) => n.length >= 3);
  if (!usable.length) return 0;
  const flat = text.normalize('NFD').replace(MARKS, '').toLowerCase();
  const squashed = squash(text);
  let n = 0;
  for (const name of usable.slice(0, 6)) {
    if (name.length >= 5) {
      for (let at = squashed.indexOf(name); at >= 0 && n < 200; at = squashed.indexOf(name, at + 1)) n++;
    } else n += countMatches(vocabRe(name), flat);
  }
  return n;
}

/** Verbs of holding or achieving right after a subject, in eight languages. */
const STATUS_VERB =
  '(?:is|are|has|have|holds?|maintains?|achieved|completed|obtained|received|passed|undergoes|ist|hat|verfügt|wurde|est|a|détient|es|ha|cuenta|tiene|está|é|possui|tem|è|dispone|heeft|beschikt)';

/**
 * How often the page's own name (from its title, which may differ from its host: "Brightly" on
 * getbrightly.com) is the subject of a status about a framework: "Brightly is SOC 2 Type II
 * compliant", "Brightly has completed its SOC 2 Type I audit". A vendor naming itself with a status
 * speaks for itself, in the third person.
 */
export function namedStatus(text: string, name: string | null | undefined): number {
  const n = name?.trim();
  if (!n || n.length < 3 || n.length > 60) return 0;
  const esc = escapeRe(n);
  const re = rx(`(?<![\\p{L}\\p{N}])${esc}(?:['’]s)?\\s+${STATUS_VERB}(?![\\p{L}])[^.!?\\n]{0,100}`, 'gu');
  let count = 0;
  for (let m = re.exec(text); m && count < 20; m = re.exec(text)) if (findMentions(m[0], 1).length) count++;
  return count;
}

/**
 * Sentences that name `name` together with a framework and a status, in any order ("The Acme SOC 2
 * report is available upon request"): the less sure names speak for the vendor only there.
 */
export function namedStatement(text: string, name: string, lang: Lang): number {
  if (name.length < 4 || name.length > 60) return 0;
  const re = rx(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'iu');
  let count = 0;
  // Blocks are joined by newlines; within one, sentences as the claims read them.
  for (const sentence of text.split('\n').flatMap(sentences)) {
    if (count >= 20) break;
    if (re.test(sentence) && findMentions(sentence, 1).length && findCues(sentence, lang).length) count++;
  }
  return count;
}

/**
 * The vendor's voice and practices in the page text, read in the page's language (and English).
 * `pageName` (the name the page gives itself) and `statusNames` (less sure names: see affixNames) are
 * counted where they state a framework status.
 */
export function pageVoice(
  text: string,
  selfNames: string[],
  lang: Lang,
  pageName?: string | null,
  statusNames: string[] = [],
): Voice {
  const unsure = statusNames.filter((n) => !selfNames.includes(n));
  return {
    self:
      countMatches(langRe(SELF_WORDS, lang), text) +
      countNames(text, selfNames) +
      (pageName && !selfNames.includes(pageName) ? namedStatus(text, pageName) : 0) +
      unsure.reduce((n, name) => n + namedStatement(text, name, lang), 0),
    practices: Object.values(PRACTICES).filter((v) => matches(langRe(v, lang), text)).length,
  };
}

/* Test pages: tests/fixtures/real/ positives, e.g. pt-cemsa-seguranca.html (pro-drop "implementamos",
   practices only), it-megaitaliamedia-sicurezza-dyndevice.html (vendor named in the third person). */
