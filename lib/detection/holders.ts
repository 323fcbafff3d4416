import { ci, type Lang, langRe, rx, type Vocab } from './patterns';
import { findMentions } from './frameworks';
import { SELF_WORDS, squash } from './page-voice';
import { wellKnownProviders } from './providers';
import { runSteps, type Steps } from './steps';

/**
 * Every claim has a subject. Who holds a framework named in a statement: the vendor ("we", "our",
 * the vendor's own name, or nobody named on the vendor's own page), a third party (a cloud or
 * hosting provider, a data centre, a payment processor, a sub-processor, an auditor), the customer
 * (the reader's own compliance), a generic someone ("a vendor", "companies") or a document (a
 * "GDPR-compliant DPA"). The holder is the closest subject marker before the framework's name in the
 * same statement, unless the name is attached to a third party's noun ("PCI DSS certified card
 * processors", "ISO 27001-zertifizierte Server"). Third parties are named as the page names them;
 * a page names them once with their role ("runs on AWS", "Neon, a … database provider") and later
 * by name alone ("AWS holds certifications including …").
 */

export type HolderKind = 'vendor' | 'third' | 'customer' | 'generic' | 'document';
export interface Holder {
  kind: HolderKind;
  /**
   * Third parties: the name the page gives them (or their role noun); none for infrastructure the
   * page does not name ("built on SOC 2 compliant infrastructure"), which is nobody's fact.
   */
  name?: string;
}

export type Role = 'host' | 'processor' | 'auditor' | 'third' | 'infrastructure';

/**
 * Infrastructure as the subject of a statement ("Our hosting infrastructure is ISO 27001 certified",
 * "Infrastructure is SOC 2 Type II certified"): the hosts' facilities, not the vendor's product.
 * Only as the subject alone, right before a verb of being or having: infrastructure that "meets" or
 * "complies with" a standard's guidelines describes how the vendor built it.
 */
/** Not coordinated with another subject ("our platform and infrastructure are …" is the vendor's). */
const COORD = '(?<!(?<![\\p{L}])(?:and|or|&|plus|und|oder|sowie|et|ou|y|o|e|en|of),? )';
const INFRA_SUBJECT: Vocab = {
  en:
    COORD +
    '(?:(?:(?:cloud|hosting|server|underlying|production|physical|network|technical|it|data|aws|azure|gcp) )?infrastructure|all (?:(?:third-party|infrastructure|stack|vendor) )?components)(?= (?:is|are|has|have|holds|maintains|was|were|remains|itself)(?![\\p{L}]))',
  de: COORD + '(?:cloud-|hosting-|server-)?infrastruktur(?= (?:ist|sind|hat|verfügt|wird|wurde)(?![\\p{L}]))',
  fr:
    COORD +
    "infrastructures?(?: (?:cloud|d['’]hébergement|technique|serveur))?(?= (?:est|sont|dispose|a été)(?![\\p{L}]))",
  es:
    COORD +
    'infraestructura(?: (?:en la nube|cloud|de alojamiento|tecnológica))?(?= (?:está|es|cuenta|ha sido)(?![\\p{L}]))',
  pt:
    COORD +
    'infraestrutura(?: (?:em nuvem|de nuvem|cloud|de hospedagem))?(?= (?:é|está|possui|foi)(?![\\p{L}]))',
  it: COORD + 'infrastruttura(?: (?:cloud|di hosting))?(?= (?:è|ha|dispone)(?![\\p{L}]))',
  nl: COORD + '(?:hosting|cloud)?infrastructuur(?= (?:is|heeft)(?![\\p{L}]))',
};

/** Role nouns of third parties, by role. Facilities (servers, data centres) are the host's. */
export const ROLE_NOUNS: Record<Role, Vocab> = {
  host: {
    en: '(?:cloud|hosting|infrastructure|database|storage|iaas|paas) (?:service )?(?:providers?|partners?|vendors?)|hosting compan(?:y|ies)|data ?cent(?:er|re)s?|colocation (?:facilit(?:y|ies)|providers?)|facilit(?:y|ies)|servers?|providers(?<=(?:hosted|running|runs|built) (?:on|with|by) (?:[\\w-]+ ){0,5}providers)',
    de: '(?:cloud|hosting|infrastruktur|rechenzentrums?)-?(?:anbieter|provider|dienstleister|partner)|hosting[- ]provider|\\p{L}*rechenzentr\\p{L}*|\\p{L}*server(?:n|s)?',
    fr: "fournisseurs? (?:de (?:services? )?)?(?:cloud|d['’]hébergement|d['’]infrastructure)|hébergeurs?|centres? de données|data ?cent(?:er|re)s?|datacenters?|serveurs?",
    es: 'proveedor(?:es)? de (?:servicios )?(?:nube|cloud|hosting|alojamiento|infraestructura)|centros? de datos|servidores?',
    pt: 'provedor(?:es)? de (?:serviços )?(?:nuvem|cloud|hospedagem|infraestrutura)|fornecedor(?:es)? de (?:nuvem|cloud|hospedagem)|centros? de dados|data ?centers?|servidores?',
    it: 'fornitor[ei] (?:di )?(?:servizi )?(?:cloud|hosting|infrastruttura)|provider (?:cloud|di hosting)|data ?cent(?:er|re)|centr[oi] (?:di )?(?:elaborazione )?dati|server',
    nl: '(?:cloud|hosting)-?(?:provider|leverancier|aanbieder)s?|hostingpartij|datacent(?:er|rum|ra|ers)|servers?',
    ja: 'データセンター|クラウド事業者',
  },
  processor: {
    en: 'payment (?:processors?|providers?|gateways?|partners?)|(?:credit )?card processors?|sub-?processors?|processors?|gateways?',
    de: 'zahlungs(?:dienstleister|anbieter)|unterauftragsverarbeiter|subunternehmer|sub-?prozessoren',
    fr: 'prestataires? de (?:services? de )?paiement|processeurs? de paiement|sous-traitants?(?: ultérieurs)?',
    es: 'procesador(?:es)? de pagos?|pasarelas? de pago|subencargados?',
    pt: 'processador(?:es)? de pagamentos?|gateways? de pagamento|suboperador(?:es)?',
    it: 'processori? di pagamento|sub-?responsabili|sub-?processori',
    nl: 'betaal(?:provider|dienstverlener)s?|sub-?verwerkers?',
  },
  auditor: {
    en: 'auditors?|audit firm|certification bod(?:y|ies)|registrar|cpa firm',
    de: 'auditor(?:en)?|prüfer|zertifizierungsstelle',
    fr: 'auditeurs?|organisme de certification',
    es: 'auditor(?:es)?|organismo de certificación',
    pt: 'auditor(?:es)?|organismo de certificação',
    it: 'revisor[ei]|ente di certificazione',
    nl: 'certificerende instelling',
    ja: '監査法人',
  },
  infrastructure: {
    en: '(?:runs?|running|built|hosted|based|relies|relying) on (?:the |an? )?(?:[\\p{L}-]+ ){0,3}?(?:infrastructure|platforms?)',
    de: '(?:läuft|basiert|beruht) auf (?:\\p{L}+ ){0,3}?infrastruktur',
    fr: '(?:repose|hébergée?) sur (?:\\p{L}+ ){0,3}?infrastructure',
    es: '(?:se ejecuta|funciona|basad[oa]) (?:en|sobre) (?:\\p{L}+ ){0,3}?infraestructura',
    pt: '(?:roda|executad[oa]|baseada?) (?:em|na|sobre) (?:\\p{L}+ ){0,3}?infraestrutura',
    it: '(?:gira|si basa|basat[oa]) su (?:\\p{L}+ ){0,3}?infrastruttura',
    nl: 'draait op (?:\\p{L}+ ){0,3}?infrastructuur',
  },
  third: {
    en: 'third[- ]part(?:y|ies)(?! (?:audits?|attestations?|certifications?|assessments?|auditors?|penetration|pen))',
    fr: "(?:services?|prestataires?|fournisseurs?)(?: d['’]\\p{L}+| de \\p{L}+)? tiers",
    nl: 'derden|derde partij(?:en)?',
  },
};

/** The customer's own compliance: the framework is theirs, not the vendor's. */
const CUSTOMER: Vocab = {
  en: "customers?['’]? (?:own )?(?:compliance|obligations|requirements|needs)|customers? (?:who|that) (?:require|need|must|are subject)|(?:help|support|enable)s? (?:our )?(?:customers|clients|you|your)|(?:support|enable|facilitate)s? (?:[\\w-]+ ){0,3}?(?:workflows|processes|deployments|use cases)|your (?:own )?(?:compliance|obligations|requirements|organi[sz]ation|company|business|(?:[\\w-]+ )?environments?)|if you (?:are|need)|you (?:need|must|should|are responsible)|(?:organi[sz]ations|companies|entities|customers) (?:that are )?subject to",
  de: 'ihre(?:n|r)? (?:eigenen )?(?:compliance|pflichten|anforderungen)|(?:unterstützen|helfen) (?:unseren |unsere )?kunden|ihr unternehmen',
  fr: '(?:vos|leurs) (?:propres )?(?:obligations|exigences)|(?:aider|aide|aidons) (?:nos )?clients|votre (?:entreprise|organisation)',
  es: 'sus (?:propias )?(?:obligaciones|requisitos)|ayuda(?:mos)? a (?:nuestros )?clientes|su (?:empresa|organización)',
  pt: 'suas (?:próprias )?obrigações|ajuda(?:mos)? (?:os |nossos )?clientes|sua (?:empresa|organização)',
  it: '(?:aiuta(?:no|re)?|aiutino|aiutiamo) (?:anche )?(?:i )?(?:nostri )?clienti|(?:la )?(?:tua|vostra) (?:azienda|organizzazione)',
  nl: '(?:helpen|helpt) (?:onze )?klanten|(?:je|jouw|uw) (?:bedrijf|organisatie)',
};

/**
 * Somebody generic: a statement about vendors or companies in general, not a fact about anyone. A
 * third-person subject ("they", "sie sind", "ils sont") is somebody else too: the vendor says "we".
 */
const GENERIC: Vocab = {
  en: '(?:a|any|every|each) (?:vendor|company|organi[sz]ation|business|service provider|provider|saas)|(?:each|all|both|either|every one) of (?:these|those|them)|vendors|companies|organi[sz]ations|businesses|they|enterprises|startups',
  de: '(?:ein|jedes) unternehmen|unternehmen|organisationen|firmen|sie (?:sind|verfügen|besitzen)',
  fr: '(?:une|chaque) (?:entreprise|organisation)|les entreprises|les organisations|les fournisseurs|(?:ils|elles) (?:sont|disposent|possèdent)',
  es: '(?:una|cada) (?:empresa|organización)|las empresas|las organizaciones|los proveedores|(?:ellos|ellas) (?:son|están|cuentan|tienen)',
  pt: '(?:uma|cada) (?:empresa|organização)|as empresas|as organizações|os fornecedores|(?:eles|elas) (?:são|estão|possuem|têm)',
  it: "(?:un['’]|ogni )(?:azienda|organizzazione)|le aziende|le organizzazioni|i fornitori",
  nl: '(?:een|elk) (?:bedrijf|organisatie)|bedrijven|organisaties|(?:zij|ze) (?:zijn|beschikken|hebben)',
};

/** The vendor speaking of itself in the third person ("the Company", "la compañía"), or its own. */
const SELF_REFERENCE: Vocab = {
  en: 'the company|its own',
  de: 'die gesellschaft|seine(?:n|r)? eigene(?:n|r)?',
  fr: 'la société|sa propre|ses propres',
  es: 'la compañía|la empresa|su propi[oa]',
  pt: 'a empresa|a companhia|sua própria',
  it: "l['’]azienda|la società|propri[oa]",
  nl: 'het bedrijf|zijn eigen',
  ja: '当社|弊社',
};

/** A document made compliant ("GDPR-compliant DPA"): a property of the document, nobody's claim. */
const DOCUMENT_AFTER = rx(
  String.raw`^[\s-]*(?:compliant|konforme?[rsn]?|conformes?)\s+(?:dpa|data processing (?:agreement|addendum)|contracts?|agreements?|templates?|forms?|avv|vertr(?:a|ä)ge?|contrats?|contratos?|contratti|overeenkomst(?:en)?)(?![\p{L}])`,
  'iu',
);
/** An attaching participle between a framework and the noun it describes ("… certified card processors"). */
const CERTIFIED_WORD =
  '(?:certified|compliant|accredited|audited|\\p{L}*zertifiziert\\p{L}*|\\p{L}*konform\\p{L}*|certifiée?s?|certificad[oa]s?|certificat[oaie]|gecertificeerd)';
/** Infrastructure described by a framework ("SOC 2 compliant infrastructure"): someone's, not the page's. */
const INFRA_AFTER = rx(
  `^[\\s-]*${CERTIFIED_WORD}\\s+(?:[\\p{L}-]+\\s+)?(?:infrastructure|environments?|hosting|platforms? foundation|foundation)(?![\\p{L}])`,
  'iu',
);
/** The vendor providing compliant infrastructure itself ("we provide HIPAA-compliant infrastructure"). */
const SELF_PROVIDES = rx(
  String.raw`\b(?:we|wir|nous|our)\b[^.;]{0,30}\b(?:provide|offer|operate|run|build|deliver|bieten|betreiben|fournissons|proposons)\b[^.;]{0,20}$`,
  'iu',
);
/** A predicate noun: "Invoiced is a PCI Level 1 Service Provider" — the subject is the provider. */
const PREDICATE_BEFORE = rx(
  String.raw`(?:\b(?:is|are|as|ist|sind|als|est|sont|comme|es|son|como|é|são|è|sono|come|zijn)\s+(?:a|an|ein|eine|un|une|una|um|uma|een)?\s*)$`,
  'iu',
);
/** An agent ("certified by TÜV", "hosted by X"): not the holder of what the sentence states. */
const AGENT_BEFORE = rx(
  String.raw`(?:\b(?:by|von|vom|durch|par|por|pel[oa]|door|da)\s+(?:[\p{L}-]+\s+){0,2})$`,
  'iu',
);

const RELATIVE_PRONOUN = String.raw`(?:which|that|who|que|qui|der|die|das|welche[rs]?|che|dat|welke|(?:il|la|i|le) qual[ei]|lequel|laquelle|lesquel(?:le)?s|(?:el|la|los|las) cual(?:es)?|(?:o|a|os|as) qua(?:l|is))`;
const RELATIVE_AFTER = rx(String.raw`^,?\s*${RELATIVE_PRONOUN}(?![\p{L}])`, 'iu');
/**
 * "… data centres provided by Amazon Web Service (AWS) in its European regions, which are SOC 2
 * certified": the relative clause a few words on still goes on about the party named before it.
 */
const RELATIVE_LATER = rx(String.raw`^[^.;:!?]{0,70}?,\s*${RELATIVE_PRONOUN}(?![\p{L}])`, 'iu');
/** Does a relative clause go on about the party named up to `from`, right after it or before `to`? */
const relativeAfter = (statement: string, from: number, to: number) =>
  RELATIVE_AFTER.test(statement.slice(from, from + 12)) || RELATIVE_LATER.test(statement.slice(from, to));

/**
 * A second predicate of the sentence's own subject after a party it names: "Lumina is hosted on AWS
 * and is SOC 2 certified", "We use Stripe for payments and are SOC 2 compliant". No new subject after
 * the conjunction, so the party is not the one that is certified.
 */
const SUBJECT_GOES_ON = rx(
  String.raw`^[^.;:!?]{0,80}?\s(?:and|und|et|y|e|en)\s+(?:(?:also|auch|aussi|también|também|anche|ook)\s+)?(?:is|are|has|have|holds?|maintains?|ist|sind|hat|haben|est|sont|a|ont|es|son|está|están|tiene|tienen|é|são|tem|têm|è|sono|ha|hanno|zijn|heeft|hebben)\s`,
  'iu',
);
/**
 * A party named in a participle phrase set off by commas, with the predicate after it: "Our
 * platform, deployed on Azure, is ISO 27001 certified". The sentence's subject holds the certificate.
 */
const PARTICIPLE_BEFORE = rx(
  String.raw`,\s*(?:(?:fully|entirely|securely)\s+)?(?:hosted|deployed|built|running|run|powered|operated|located|stored|managed|gehostet|betrieben|hébergée?s?|alojad[oa]s?|hospedad[oa]s?|ospitat[oaie])\s+(?:[\p{L}-]+\s+){0,3}$`,
  'iu',
);
const PARTICIPLE_CLOSES = /^[^,.;:!?]{0,40},/;
/** The party is the object of a verb or preposition ("hosted on AWS", "we use Stripe"), not the subject. */
const NAMED_AS_OBJECT = rx(
  String.raw`(?:^|\s)(?:on|in|at|by|with|via|through|uses?|using|auf|bei|mit|über|sur|chez|avec|par|en|con|em|com|su|presso|op|bij|met|via)\s+(?:(?:the|our|der|die|den|le|la|les|el|los|o|a|il|lo|de|het)\s+)?$`,
  'iu',
);
/** Is the party named at [from, to) outside the clause that states the framework at `mention`? */
const setOff = (statement: string, from: number, to: number, mention: number) =>
  (NAMED_AS_OBJECT.test(statement.slice(Math.max(0, from - 40), from)) &&
    SUBJECT_GOES_ON.test(statement.slice(to, mention))) ||
  (PARTICIPLE_BEFORE.test(statement.slice(Math.max(0, from - 60), from)) &&
    PARTICIPLE_CLOSES.test(statement.slice(to, mention)));

/** A company's legal form after a comma: "Square, Inc.", "Skyhold, GmbH". */
const LEGAL_FORM_AFTER_COMMA = String.raw`,\s*(?:Inc|LLC|Ltd|Limited|GmbH|AG|SE|S\.?A\.?S?|B\.?V\.?|N\.?V\.?|plc|Corp|Co)\b\.?`;
/** A name as pages write one: capitalised words, a legal form, optionally a bracketed short form. */
const NAME = `\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|de|la))*(?:${LEGAL_FORM_AFTER_COMMA})?(?:\\s*\\([^)]{2,40}\\))?`;
/** "certified providers (GCP)": the name in brackets right after the role noun. */
const BRACKETED_NAME = rx(`^\\s*[(（]\\s*(${NAME})\\s*[)）]`, 'u');
/** A company name that may start with one lower-case word and hold a slash: "it's IT A/S", "Skyhold". */
const COMPANY_NAME = `(?:\\p{Ll}[\\p{L}'’]*\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’/-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’/-]*)*`;
/** After a framework: "…, all held by our hosting provider it's IT A/S", "(certificates held by Skyhold)". */
const HELD_BY_AFTER = rx(
  `^[^.;]{0,80}?${ci('(?:held|maintained|owned|obtained|attained) by')}\\s+(?:${ci('(?:our|the|its)')}\\s+)?(?:${ci('(?:hosting|cloud|infrastructure|data ?cent(?:er|re)|payment) (?:provider|partner|operator|processor)')}\\s+)?(${COMPANY_NAME})`,
  'u',
);
/** "data centres operated by Skyhold", "centri dati messi a disposizione da Amazon Web Service (AWS)". */
const PROVIDED_BY_NAME = rx(
  `^,?\\s*(?:${ci('(?:provided|operated|run|managed|offered|owned) by|(?:messi|mess[ei]) a disposizione da|gestit[oi] da|fornit[oi] da|fournis par|exploités par|gérés par|proporcionados por|operados por|gestionados por|fornecidos por|operados pela?|bereitgestellt von|betrieben von|geleverd door|beheerd door')})\\s+(?:the\\s+)?(${NAME})`,
  'u',
);
/** "Our cloud provider, Skyhold", "Our hosting provider: Vercel": the name right after the role noun. */
const NAME_AFTER = rx(`^[,:：]?\\s*(?:the\\s+)?(${NAME})`, 'u');
/** "Neon, a SOC 2 certified database provider", "EY CertifyPoint, unser Auditor": a name set off by a comma. */
const NAME_BEFORE = rx(
  `(${NAME}),\\s+(?:(?:a|an|the|our|unser\\p{L}*|notre|nuestro|nosso|il nostro|onze)\\s+)?(?:[\\p{L}\\d-]+\\s+){0,6}$`,
  'u',
);

/** Verbs of hosting: the names after their prepositions (within a few words) are the page's hosts. */
const HOSTING_VERB = rx(
  '(?:host|hosted|hosts|hosting|runs?|running|built|deployed|operates?|stored|relies|rely|relying|powered|provided|handled|processed|outsourced|gehostet|hosten|betrieben|betreiben|gespeichert|liegen|speichern|hébergée?s?|hébergeons|assurée?|stockée?s?|alojad[oa]s?|alojamos|almacenad[oa]s?|hospedad[oa]s?|hospedamos|armazenad[oa]s?|ospitat[oaie]|ospitiamo|gehost)(?![\\p{L}])',
  'gi',
);
const PREPOSITION_NAME = rx(
  `(?:^|\\s)(?:on|by|with|at|through|via|to|bei|auf|von|chez|par|sur|por|pela|pelo|su|da|presso|bij|op|door)\\s+(?:the |der |die |le |la |el |o |a |il |de |het )?(${NAME})`,
  'gu',
);

/**
 * Sentences that give a named third party its role: the page names its hosts, processors and
 * auditors. Each pattern has a cheap literal prefilter: most pages have none of these sentences, and
 * a pattern that never runs is never compiled.
 */
const ROLE_INTRO: [Role, RegExp, RegExp][] = [
  [
    'host',
    rx(
      `(${NAME})\\s+${ci('(?:as|als|comme|como|come)\\s+(?:our |unser(?:en)? |notre |nuestro |nosso |il nostro |onze )?(?:hosting|cloud|infrastructure|infrastruktur)[- ]?(?:provider|anbieter|partner|fournisseur|proveedor|provedor|fornitore|leverancier)')}`,
      'gu',
    ),
    /(?:hosting|cloud|infrastruct)[- ]?(?:provider|anbieter|partner|fournisseur|proveedor|provedor|fornitore|leverancier)/i,
  ],
  [
    'host',
    rx(
      `${ci('(?:cloud|hosting|infrastructure|database)\\s+(?:service\\s+)?(?:providers?|partners?)')},?\\s*(${NAME})`,
      'gu',
    ),
    /(?:cloud|hosting|infrastructure|database) (?:service )?(?:provider|partner)/i,
  ],
  [
    'host',
    rx(`${ci('(?:datacenter|data center|data centre|rechenzentrum|datacentrum)')},?\\s+(${NAME})`, 'gu'),
    /datacent|data cent|rechenzentrum/i,
  ],
  [
    'host',
    rx(
      `${ci('(?:datacentra|datacent(?:er|rum)s?|data cent(?:er|re)s?|rechenzentr(?:um|en)|centres? de données|centros? de datos|centros? de dados) (?:of|van|von|de|di|do|da)')} (${NAME})`,
      'gu',
    ),
    /datacent|data cent|rechenzentr|centres? de donn|centros? de dado?s/i,
  ],
  ['host', rx(`${ci('(?:partnership|partnered|partner)\\s+with')}\\s+(${NAME})`, 'gu'), /partner/i],
  // German puts the verb last: "wird auf der Google Cloud Platform (GCP) oder Amazon Web Services (AWS)
  // gehostet". The first name, then the last.
  [
    'host',
    rx(
      `(?<![\\p{L}])(?:auf|bei)\\s+(?:der |dem |den )?(${NAME})\\s+(?:(?:oder|und|sowie)\\s+(?:der |dem |den )?${NAME}\\s+)?(?:gehostet|betrieben|gespeichert)(?![\\p{L}])`,
      'gu',
    ),
    /gehostet|betrieben|gespeichert/i,
  ],
  [
    'host',
    rx(
      `(?<![\\p{L}])(?:auf|bei)\\s+(?:der |dem |den )?${NAME}\\s+(?:oder|und|sowie)\\s+(?:der |dem |den )?(${NAME})\\s+(?:gehostet|betrieben|gespeichert)(?![\\p{L}])`,
      'gu',
    ),
    /gehostet|betrieben|gespeichert/i,
  ],
  // "Main infrastructure: Hetzner Online GmbH", "Hosting: Northcloud": a labelled line naming the host.
  [
    'host',
    rx(
      `(?<![\\p{L}])${ci('(?:(?:main|primary) )?(?:infrastructure|hosting|hosting provider|cloud provider|infrastructure provider)')}\\s*[:：]\\s*(${NAME})`,
      'gu',
    ),
    /(?:infrastructure|hosting|cloud provider)\s*[:：]/i,
  ],
  // "uses infrastructure from Amazon AWS", "servers provided by Hetzner".
  [
    'host',
    rx(
      `${ci('(?:infrastructure|servers|cloud services|data cent(?:er|re)s?|datacenters?)\\s+(?:from|of|provided by|operated by|run by)')}\\s+(?:the\\s+)?(${NAME})`,
      'gu',
    ),
    /infrastructure|servers|cloud services|data ?cent/i,
  ],
  // "We use Paystream for payments", "leverages Skyhold to store backups".
  [
    'host',
    rx(
      `(?<![\\p{L}])${ci('(?:use|uses|using|leverage|leverages|leveraging|nutzen|verwenden|setzen|utilisons|utilise|utilizamos|usamos|utiliza|usa|utilizziamo|usiamo|gebruiken)')}\\s+(${NAME})\\s+${ci('(?:for|to|as|für|als|pour|comme|para|como|per|come|voor)')}(?![\\p{L}])`,
      'gu',
    ),
    /\b(?:use|leverag|nutzen|verwenden|setzen|utili|usamos|usa|usiamo|gebruiken)/i,
  ],
  // A service the vendor uses, described by a relative clause: "en AWS, que cuenta con …".
  [
    'host',
    rx(
      `(?<![\\p{L}])${ci('(?:on|at|from|of|with|via|by|using|uses|use|leverages?|leveraging|en|em|na|no|chez|bei|auf|su|presso|op|bij|utilizamos|usamos|utilizziamo|nutzen|verwenden|utilisons|gebruiken)')}\\s+(?:the |la |le |el |a |o |il |de |die |der |het )?(${NAME}),?\\s+${ci('(?:which|that|que|qui|der|die|das|welche[rs]?|che|dat)')}(?![\\p{L}])`,
      'gu',
    ),
    /, ?(?:which|that|que|qui|der|die|das|welche|che|dat) /i,
  ],
  // "Neon, a SOC 2 certified database provider"; "Square, Inc., a PCI DSS Level 1 compliant payment
  // processor" (the noun decides the role: see learn).
  [
    'host',
    rx(
      `(${NAME}),\\s+${ci('(?:a|an|our|the)')}\\s+(?:[\\p{L}\\d-]+\\s+){0,6}?(${ci('(?:provider|host|partner|processor|payment gateway)')})`,
      'gu',
    ),
    /provider|host|partner|processor|payment gateway/i,
  ],
  [
    'processor',
    rx(`${ci('(?:payment processor|payment provider|processor)')}\\s+(${NAME})`, 'gu'),
    /processor|payment provider/i,
  ],
  // "the CorvusPay payment form", "das CorvusPay-Zahlungsformular": a name that qualifies a payment noun.
  [
    'processor',
    rx(
      `(?<![\\p{L}])(\\p{Lu}[\\p{L}\\p{N}&.'’]*)(?:-|\\s+)${ci('(?:payment (?:form|gateway|page|system|service)s?|zahlungs(?:formular|system|seite|dienst)\\p{L}*|checkout)')}(?![\\p{L}])`,
      'gu',
    ),
    /payment|zahlungs|checkout/i,
  ],
  [
    'auditor',
    rx(`${ci('(?:audited|certified|assessed)\\s+by')}\\s+(${NAME})`, 'gu'),
    /(?:audited|certified|assessed) by/i,
  ],
  [
    'auditor',
    rx(
      `(${NAME}),\\s+${ci('(?:our|unser|notre|nuestro|nosso|il nostro|onze)\\s+(?:auditor|auditeur|revisore)')}`,
      'gu',
    ),
    /auditor|auditeur|revisore/i,
  ],
];

/** A role noun that makes the party named before it a payment processor, not a host. */
const PROCESSOR_NOUN = /processor|gateway/i;

/** Japanese pages say where a service runs after its name: "AWS上で稼働", "Azure上に構築". */
const JA_HOSTED = rx(
  String.raw`([A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,3})(?:上で|上に|で)(?:稼働|構築|運用|ホスト)`,
  'g',
);

/** Between blocks: no name pattern runs across it. */
// A control character no block's text contains. Not U+FFFF: the minifier writes it raw, and Chrome
// refuses to inject a script holding a Unicode noncharacter ("isn't UTF-8 encoded").
const BLOCK_SEP = ' \u0002 ';
/** Where a name's window ends: a sentence's end or the next block. */
const SENTENCE_OR_BLOCK_END = new RegExp(`\\.(?!\\p{L})|[;${BLOCK_SEP.trim()}]`, 'u');

/** Capitalised words that start sentences or name standards, not third parties. */
const NOT_A_NAME = rx(
  String.raw`^(?:The|Our|We|Each|All|Sie|Vous|Usted|ISO|IEC|SOC|PCI|NIST|NEN|AICPA)(?![\p{L}])`,
  'u',
);

/**
 * A title-case heading's topic words after a role noun ("Data Center Physical Security", "Hosting
 * Locations"): capitalised like a name, but only words every security page uses.
 */
const TOPIC_WORDS = rx(
  String.raw`^(?:(?:physical|security|access|controls?|operations|locations?|redundancy|resilience|availability|compliance|certifications?|protection|encryption|backups?|monitoring|infrastructure|hosting|sicherheit|datensicherheit|datenschutz|schutz|daten|verfügbarkeit|sécurité|seguridad|segurança|sicurezza|beveiliging|veiligheid|and|und|&)(?:\s+|$))+$`,
  'iu',
);

interface RoleEntry {
  name: string;
  role: Role;
  /** Block index and offset where the page introduced it. */
  at: number;
  pos: number;
  keys: string[];
}

/** Parent companies whose product names pages shorten ("Microsoft Azure" → "Azure"). */
const PARENT = /^(?:Microsoft|Google|Amazon|Oracle|IBM|Alibaba|Salesforce|Cisco|SAP|Adobe|Atlassian)\s+/;
/** What is left of a product name once its parent is dropped, when it is no name by itself. */
const GENERIC_REST = /^(?:cloud|platform|services?|web|workspace|security|data)$/i;

/**
 * The shorter names a page may use for a third party later: the product without its parent company
 * ("Azure"), and the initials of a name of three capitalised words or more ("AWS", "GCP").
 */
function shortForms(name: string): string[] {
  const out: string[] = [];
  const rest = name.replace(PARENT, '');
  if (rest !== name && rest.length >= 4 && !GENERIC_REST.test(rest)) out.push(rest);
  const words = name.split(/\s+/);
  if (words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w))) out.push(words.map((w) => w[0]).join(''));
  return out;
}

/** The legal form NAME allows after a name, at its end: "Square, Inc." is "Square" elsewhere. */
const LEGAL_SUFFIX = new RegExp(`${LEGAL_FORM_AFTER_COMMA}$`);

/** The position of a party known from the sub-processor list rather than introduced in the text. */
const LISTED = -1;

/** Third parties the page introduces with a role, in page order. */
export class Roles {
  readonly entries: RoleEntry[] = [];

  /**
   * Learn the roles the page's blocks give to named third parties, in one pass per pattern over the
   * joined text (a pass per block costs thousands of regex runs on a large page).
   */
  learn(texts: string[], selfName: (s: string) => boolean, lang: Lang = 'en'): void {
    runSteps(this.learnSteps(texts, selfName, lang));
  }

  /** learn() as steps (steps.ts): one after each pattern's pass, the unit of its work on a cold page. */
  *learnSteps(texts: string[], selfName: (s: string) => boolean, lang: Lang = 'en'): Steps<void> {
    const starts: number[] = [];
    let len = 0;
    for (const t of texts) {
      starts.push(len);
      len += t.length + BLOCK_SEP.length;
    }
    const all = texts.join(BLOCK_SEP);
    const blockAt = (pos: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    HOSTING_VERB.lastIndex = 0;
    for (let v = HOSTING_VERB.exec(all); v; v = HOSTING_VERB.exec(all)) {
      const from = v.index + v[0].length;
      // A full stop ends the window only where it ends a sentence: "Fly.io", "Render.com" are names.
      const window = all.slice(from, from + 120).split(SENTENCE_OR_BLOCK_END)[0]!;
      PREPOSITION_NAME.lastIndex = 0;
      for (let m = PREPOSITION_NAME.exec(window); m; m = PREPOSITION_NAME.exec(window))
        this.add(m[1]!, 'host', blockAt(from + m.index), from + m.index, selfName);
    }
    yield;
    const patterns = lang === 'ja' ? [...ROLE_INTRO, ['host', JA_HOSTED, /上/] as const] : ROLE_INTRO;
    for (const [role, re, prefilter] of patterns) {
      if (!prefilter.test(all)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(all); m && this.entries.length < 100; m = re.exec(all))
        this.add(
          m[1]!,
          m[2] && PROCESSOR_NOUN.test(m[2]) ? 'processor' : role,
          blockAt(m.index),
          m.index,
          selfName,
        );
      re.lastIndex = 0;
      yield;
    }
    this.entries.sort((a, b) => a.pos - b.pos);
  }

  /**
   * Third parties the page names in its own sub-processor list: known from the start, so a later
   * "AWS holds ISO 27001" is AWS's, not the vendor's. The vendor's own names are never added.
   */
  know(names: string[], selfName: (s: string) => boolean): void {
    for (const name of names.slice(0, 60)) this.add(name, 'third', 0, LISTED, selfName);
    this.entries.sort((a, b) => a.pos - b.pos);
  }

  add(raw: string, role: Role, at: number, pos: number, selfName: (s: string) => boolean): void {
    let name = raw.replace(/[\s,.]+$/, '').trim();
    // "Supabase (SOC 2 Type II certified)": the brackets say what the party holds, not its name.
    const bracket = /\s*\(([^)]*)\)\s*$/.exec(name);
    if (bracket && findMentions(bracket[1]!, 1).length) name = name.slice(0, bracket.index);
    if (
      name.length < 2 ||
      name.length > 80 ||
      selfName(name) ||
      NOT_A_NAME.test(name) ||
      TOPIC_WORDS.test(name)
    )
      return;
    // A framework's own name ("ISO/IEC 27001-zertifizierten Servern") is not a host.
    if (findMentions(name, 1).length) return;
    const short = /\(([^)]{2,40})\)\s*$/.exec(name)?.[1];
    const long = name.replace(/\s*\([^)]*\)\s*$/, '');
    // "Square, Inc." is "Square" wherever the page names it again.
    const bare = long.replace(LEGAL_SUFFIX, '');
    const keys = [long, bare, short, ...shortForms(bare)]
      .filter((k): k is string => !!k && k.length >= 2)
      .map(squash);
    if (!keys.length) return;
    const known = this.entries.find((e) => e.keys.some((k) => keys.includes(k)));
    // The page's prose names a party the way its reader knows it ("runs on AWS"): that name and role
    // replace those of the sub-processor table's row ("Amazon Web Services, Inc."), known first.
    if (known?.pos === LISTED && pos !== LISTED)
      Object.assign(known, { name, role, at, pos, keys: [...new Set([...known.keys, ...keys])] });
    if (known || this.entries.length >= 100) return;
    this.entries.push({ name, role, at, pos, keys });
  }

  /** The entry whose name a text starts with (squashed), if any. */
  find(text: string): RoleEntry | null {
    const s = squash(text.slice(0, 60));
    return this.entries.find((e) => e.keys.some((k) => s.startsWith(k))) ?? null;
  }

  /** The most recent entry of a role introduced up to a block. */
  recent(role: Role, at: number): RoleEntry | null {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (e.at <= at && e.role === role) return e;
    }
    return null;
  }
}

export interface HolderContext {
  lang: Lang;
  /** Is this phrase (its start) one of the vendor's own names? */
  selfName: (phrase: string) => boolean;
  roles: Roles;
  /** Block index, for "the most recent host" lookups. */
  at: number;
}

interface Marker {
  kind: HolderKind;
  start: number;
  end: number;
  role?: Role;
  name?: string;
  /** A possessive standing for the subject before it ("its own"), not a name. */
  ref?: boolean;
}

const WORD = rx(String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*`, 'gu');

/** Subject markers in a text, with positions. */
function markers(t: string, ctx: HolderContext): Marker[] {
  const out: Marker[] = [];
  const scan = (re: RegExp, mk: (m: RegExpExecArray) => Marker | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(t); m && out.length < 60; m = re.exec(t)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      const x = mk(m);
      if (x) out.push(x);
    }
    re.lastIndex = 0;
  };
  const at = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });
  scan(langRe(SELF_WORDS, ctx.lang), (m) => ({ kind: 'vendor', ...at(m) }));
  scan(langRe(SELF_REFERENCE, ctx.lang), (m) => ({
    kind: 'vendor',
    ref: /own|eigen|propr/i.test(m[0]),
    ...at(m),
  }));
  scan(langRe(GENERIC, ctx.lang), (m) => ({ kind: 'generic', ...at(m) }));
  for (const role of Object.keys(ROLE_NOUNS) as Role[])
    scan(langRe(ROLE_NOUNS[role], ctx.lang), (m) => ({ kind: 'third', role, ...at(m) }));
  scan(langRe(INFRA_SUBJECT, ctx.lang), (m) => ({ kind: 'third', role: 'host', name: m[0], ...at(m) }));
  // Capitalised words: the vendor's own names, or third parties the page introduced with a role.
  scan(WORD, (m) => {
    const rest = t.slice(m.index, m.index + 60);
    const entry = ctx.roles.find(rest);
    if (entry) return { kind: 'third', role: entry.role, name: entry.name, ...at(m) };
    return ctx.selfName(rest) ? { kind: 'vendor', ...at(m) } : null;
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A third party's name: the page's own name for it next to the role noun, or the latest of that role. */
function thirdName(t: string, m: Marker, ctx: HolderContext): string | undefined {
  if (m.name) return m.name;
  // "runs on infrastructure that is …": somebody's, unnamed.
  if (m.role === 'infrastructure') return undefined;
  const after =
    NAME_AFTER.exec(t.slice(m.end, m.end + 80)) ??
    PROVIDED_BY_NAME.exec(t.slice(m.end, m.end + 100)) ??
    BRACKETED_NAME.exec(t.slice(m.end, m.end + 60));
  if (after && !ctx.selfName(after[1]!)) return after[1]!.trim();
  const before = NAME_BEFORE.exec(t.slice(Math.max(0, m.start - 100), m.start));
  if (
    before &&
    !ctx.selfName(before[1]!) &&
    !/^(?:The|Our|Each|All|Every)\b/.test(before[1]!) &&
    !findMentions(before[1]!, 1).length
  )
    return before[1]!.trim();
  // "AWS infrastructure, SOC 2 Type II certified data centers": the one well-known provider the
  // statement names before the noun runs them.
  const known = wellKnownProviders(t.slice(Math.max(0, m.start - 100), m.start));
  if (known.length === 1 && !ctx.selfName(known[0]!)) return known[0];
  const recent = m.role ? ctx.roles.recent(m.role, ctx.at) : null;
  return recent?.name ?? t.slice(m.start, m.end);
}

/**
 * A list introduction whose subject is a named party ("Google Cloud maintains the following
 * certifications:", "Skyhold verfügt über folgende Zertifizierungen:"): its items are that party's.
 */
const INTRO_SUBJECT = rx(
  `^\\s*(?:the\\s+)?(${NAME})\\s+${ci('(?:maintains|holds|has|carries|is|complies with|meets|possesses|verfügt über|hat|besitzt|erfüllt|dispose de|détient|possède|cuenta con|tiene|possui|tem|dispone di|possiede|beschikt over|heeft)')}(?![\\p{L}])[^:：.;]{0,80}[:：]\\s*$`,
  'u',
);

/** "We partner with industry-leading providers that maintain the following certifications:". */
const PROVIDERS_INTRO = rx(
  String.raw`((?:[\p{L}-]+ ){0,2}(?:providers|partners|suppliers|anbieter|partner|fournisseurs|partenaires|proveedores|socios|provedores|parceiros|fornitori)),? (?:that|which|who|die|qui|que|che) (?:maintain|hold|have|are|verfügen|besitzen|sind|disposent|détiennent|sont|cuentan|tienen|son|possuem|têm|são|dispongono|hanno|sono)(?![\p{L}])[^:：.;]{0,80}[:：]\s*$`,
  'iu',
);

const LEADING_FUNCTION_WORDS =
  /^(?:(?:with|by|from|to|of|on|our|the|and|mit|von|unseren?|avec|de|des|nos|con|los|las|nuestros|com|os|nossos|i|gli|nostri)\s+)+/i;

/** A name that may be another party's: not the vendor's, not "The …", not a framework's. */
const otherPartyName = (name: string, ctx: HolderContext) =>
  !ctx.selfName(name) && !NOT_A_NAME.test(name) && !findMentions(name, 1).length;

/** Does a text name the vendor by one of its names, at any capitalised word? */
export function namesVendor(t: string, ctx: HolderContext): boolean {
  for (const m of t.matchAll(/(?:^|\s)(?=\p{Lu})/gu))
    if (ctx.selfName(t.slice(m.index + m[0].length))) return true;
  return false;
}

/** The named party a list introduction makes the subject of its items, if it is not the vendor. */
export function introSubject(intro: string, ctx: HolderContext): string | null {
  const p = PROVIDERS_INTRO.exec(intro);
  if (p) return p[1]!.replace(LEADING_FUNCTION_WORDS, '').trim();
  const m = INTRO_SUBJECT.exec(intro);
  const name = m?.[1]?.trim();
  if (!name || !otherPartyName(name, ctx)) return null;
  if (/^(?:This|These|It|Their|Its|Every|Each|Any)(?![\p{L}])/u.test(name)) return null;
  return name;
}

/** Is the whole statement about the customer's own compliance? */
export const aboutCustomer = (statement: string, lang: Lang): boolean => {
  const re = langRe(CUSTOMER, lang);
  re.lastIndex = 0;
  const r = re.test(statement);
  re.lastIndex = 0;
  return r;
};

/**
 * Who holds the framework named at [start, end) of a statement. `fallback` is the holder the
 * context gives (a list's introduction); without one, a subjectless statement on the vendor's own
 * page is the vendor's.
 */
export function holderOf(
  statement: string,
  start: number,
  end: number,
  ctx: HolderContext,
  fallback: Holder | null = null,
): Holder {
  const before = statement.slice(0, start);
  const after = statement.slice(end, end + 120);
  if (DOCUMENT_AFTER.test(after)) return { kind: 'document' };
  const ms = markers(statement, ctx);
  // A framework attached to a third party's noun: "PCI DSS certified card processors".
  const attached = attachedThird(statement, end, ms);
  if (attached && !PREDICATE_BEFORE.test(before))
    return { kind: 'third', name: thirdName(statement, attached, ctx) };
  if (INFRA_AFTER.test(after) && !SELF_PROVIDES.test(before)) return { kind: 'third' };
  // "… ISO 27001 and ISO 27002, all held by our hosting provider it's IT A/S".
  const heldBy = HELD_BY_AFTER.exec(after);
  if (heldBy && !ctx.selfName(heldBy[1]!))
    return { kind: 'third', name: heldBy[1]!.replace(/[.,:]+$/, '').trim() };
  // An agent is not the holder, unless a relative clause goes on about it ("handled by our payment
  // provider, which is PCI DSS certified").
  const prior = ms.filter(
    (m) =>
      m.end <= start &&
      (!AGENT_BEFORE.test(statement.slice(Math.max(0, m.start - 30), m.start)) ||
        relativeAfter(statement, m.end, start)) &&
      !(m.kind === 'third' && setOff(statement, m.start, m.end, start)),
  );
  let last = prior[prior.length - 1];
  // "hosted on Aptible, which maintains its own SOC 2": the relative clause's "its own" is Aptible's.
  const subject = prior[prior.length - 2];
  if (last?.ref && subject?.kind === 'third' && relativeAfter(statement, subject.end, last.start))
    last = subject;
  if (last?.kind === 'third') return { kind: 'third', name: thirdName(statement, last, ctx) };
  if (last) return { kind: last.kind };
  // "SOC 2 reports are available from AWS": a third party after the name, as the source.
  const source = ms.find(
    (m) =>
      m.start >= end &&
      m.kind === 'third' &&
      m.name &&
      /\b(?:from|of|von|de|di|van)\s+$/i.test(statement.slice(end, m.start)),
  );
  if (source) return { kind: 'third', name: source.name };
  // "PCI Level 1 (Stripe)": a known third party named in brackets right after it holds it.
  const bracketed = ms.find(
    (m) => m.start >= end && m.kind === 'third' && m.name && BRACKET_GAP.test(statement.slice(end, m.start)),
  );
  if (bracketed) return { kind: 'third', name: bracketed.name };
  const described = describedSubject(before, ctx);
  if (described) return { kind: 'third', name: described };
  return fallback ?? { kind: 'vendor' };
}

/**
 * "Supabase (database, auth, storage) is SOC 2 Type II compliant", "Stripe (payments) is a PCI Level 1
 * service provider": a name the sentence opens with, its part in the stack in brackets, then the
 * predicate. Pages describe their providers that way; the vendor's own name is left to the vendor.
 */
const DESCRIBED_SUBJECT = rx(
  `^\\s*(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,3})\\s*[(（][^()（）]{2,60}[)）]\\s+${ci('(?:is|are|has|have|holds|maintains|meets|ist|sind|hat|est|sont|a|es|son|tiene|é|são|tem|è|sono|ha|heeft|zijn)')}(?![\\p{L}])`,
  'u',
);

function describedSubject(before: string, ctx: HolderContext): string | null {
  const name = DESCRIBED_SUBJECT.exec(before)?.[1];
  if (!name || !otherPartyName(name, ctx)) return null;
  return DETERMINER.test(name.split(/\s+/)[0]!) ? null : name;
}

/** A framework's level or type words, then an opening bracket: "PCI DSS Level 1 (", "SOC 2 (". */
const BRACKET_GAP = rx(String.raw`^(?:\s+[\p{L}\p{N}.-]+){0,3}\s*[(（]\s*$`, 'u');

/** What may stand between a framework's name and the noun it certifies: "certified", or nothing. */
const ATTACHING_GAP = rx(`${CERTIFIED_WORD}|^[\\s-]*$`, 'iu');

/** The third-party noun a framework's name is attached to, within a few words after it. */
function attachedThird(statement: string, end: number, ms: Marker[]): Marker | null {
  const next = ms.find((m) => m.start >= end && m.kind === 'third' && !m.name);
  if (!next) return null;
  // "PCI DSS, and ISO 27001 compliant facility": names coordinated with this one share its noun.
  let gap = statement.slice(end, next.start);
  for (const m of findMentions(gap, 10).reverse()) gap = gap.slice(0, m.start) + gap.slice(m.end);
  gap = gap.replace(/^(?:\s*(?:,|&|\+|\/|and|or|und|et|y|e|en)\s*)+/iu, ' ');
  const words = gap.trim() ? gap.trim().split(/\s+/).length : 0;
  return words <= 5 && !/[.;,:()]/.test(gap) && ATTACHING_GAP.test(gap) ? next : null;
}

/** Determiners and pronouns that start a sentence without naming a product. */
const DETERMINER = rx(
  String.raw`^(?:the|a|an|our|we|this|these|those|that|it|its|each|all|every|any|if|when|while|since|as|once|for|in|to|with|although|because|after|before|where|here|there|wenn|falls|si|se|cuando|quando|als|wanneer|où|dove|donde|onde|waar|hier|ici|aquí|aqui|qui|der|die|das|ein|eine|unser\p{L}*|wir|le|la|les|un|une|notre|nos|nous|el|los|las|una|nuestr\p{L}*|o|os|as|um|uma|noss\p{L}*|il|lo|gli|i|uno|nostr\p{L}*|de|het|een|onze|wij)$`,
  'iu',
);
const SCOPE = rx(
  String.raw`^\s*(\p{Lu}[^.;:]{0,80}?)\s+(?:has|have|had|is|are|was|were|hat|haben|ist|sind|a|ont|est|sont|ha|han|es|son|tem|têm|é|são|è|sono|heeft|hebben|zijn)\s`,
  'u',
);

/**
 * The product a statement speaks of, when it opens with a name that is not the vendor's own
 * ("Trello Enterprise has achieved …"): pages give different products different statuses.
 */
export function scopeOf(statement: string, ctx: HolderContext): string | null {
  const m = SCOPE.exec(statement);
  if (!m) return null;
  const phrase = m[1]!.trim();
  const first = phrase.split(/\s+/)[0]!;
  if (DETERMINER.test(first) || (ctx.selfName(phrase) && squash(phrase).length <= squash(first).length + 1))
    return null;
  return phrase.slice(0, 80);
}

/* Test pages: tests/fixtures/pages/atlassian-trust-faq.html (products with their own statuses,
   processor PCI), workato-security.html (Stripe's PCI); tests/fixtures/real/safer-security.html (AWS),
   mindset-security-qa.html (GCP), sapt-compliance.html (Neon), de-personio-datensicherheit.html,
   fr-payfit-politique-securite.html (certified servers), nl-koren-security.html (data centre). */
