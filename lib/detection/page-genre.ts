import { definesFramework } from './definition';
import { findMentions } from './frameworks';
import { countMatches, langRe, matches, rx, vocabRe, type Lang, type Vocab } from './patterns';

/**
 * Kinds of page that talk ABOUT compliance without being a vendor's statement of its own: guides and
 * explainers ("what is SOC 2", "how to get certified"), glossaries, blog and news posts, job ads,
 * contract templates, product documentation of trust-center tools, compliance-selling marketing.
 * Each is recognised by a language pattern (a word in the URL or title, or a way of writing), never
 * by a site's name.
 */

/** URL path sections (whole slug words) of content that is not a vendor statement. */
const SECTION_WORDS = new Set(
  (
    'blog blogs news newsroom press article post posts stories story insights knowledge academy learn learning ' +
    'hub glossary glossar glossaire glosario glossario glossário woordenlijst wiki careers career jobs job ' +
    'stellenanzeige stellenangebote karriere emploi emplois carrieres empleo empleos vagas carreiras vacatures ' +
    'pricing preise tarifs precios precos prezzi prijzen templates template vorlagen modeles plantillas ' +
    'modelos modelli sjablonen webinar webinars podcast podcasts events solutions contracts compare ' +
    'alternatives integrations integration tags category author customers casestudies sales demo contact guides'
  ).split(' '),
);

/** Guide and explainer wording, in titles, headings and URL slugs. */
export const GUIDE_WORDS: Vocab = {
  en: 'what (?:is|are|does|a)|how (?:to|do|does|can)|why (?:is|do|does)|guides?|glossary|checklist|playbook|explained|demystified|vs|versus|101|everything you need to know|questions to ask|what to ask|should (?:actually |really )?ask',
  de: 'was (?:ist|sind|bedeutet)|warum (?:ist|sind)|wie (?:man|funktioniert)|leitfaden|ratgeber|glossar|so (?:setzen|nutzen|gelingt|geht|funktioniert|schützen|erfüllen|machen|werden|bleiben)(?: sie)?|tipps (?:für|zu|zur|zum)|in \\d+ schritten',
  fr: "qu['’]est-ce que|qu est ce que|pourquoi (?:est|sont)|comment (?:obtenir|devenir|choisir|réussir|se préparer)|guide|glossaire",
  es: '¿?qué es|que es|¿?por qué (?:es|son)|¿?cómo (?:obtener|conseguir|lograr|preparar)|guía|glosario',
  pt: 'o que (?:é|e|são)|por que (?:é|são)|como (?:obter|fazer|funciona)|guia|glossário',
  it: "che cos['’]è|cos['’]è|cosa (?:è|sono)|perché (?:è|sono)|come (?:ottenere|funziona)|guida|glossario",
  nl: 'wat (?:is|zijn)|waarom (?:is|zijn)|hoe (?:werkt|krijg)|handleiding|gids|woordenlijst',
  ja: 'とは|ガイド|用語集|入門',
};
const GUIDE = vocabRe(GUIDE_WORDS);

/** Title words of blogs, news, jobs and compliance selling. */
const TITLE_GENRE =
  /\bblog\b|\bnews\b|\bpodcast\b|\bwebinar\b|\bcareers?\b|\bjobs?\b|\bstellenangebot|\bget (?:soc ?2|iso ?27001|compliant|certified)\b|\bin \d* ?(?:days|weeks)\b|\bcompliance automation\b|\bautomate (?:your )?(?:compliance|soc)/i;

/** Contract wording: placeholders and the formulas that name the parties. */
const CONTRACT =
  /_{4,}|\[_+|\bwhereas\b|\bhereinafter\b|\bthe parties\b|ci-après|entre les soussignés|\bdoravante\b|(?:di seguito|nel seguito) denominat|\bhierna(?: te noemen)?\b|\bnachfolgend\b|\bpartijen\b/gi;
/**
 * A certification body or audit firm describing itself: "CertPro is a Licensed CPA Firm", "As a
 * globally recognized independent audit firm, …", "die AUDEG Zertifizierungsstelle". Its page sells
 * or explains certification; the certificates it names are its clients', or its own accreditation.
 */
const CERTIFIER = rx(
  String.raw`\b(?:is|are|as) (?:a|an) (?:[\p{L}-]+ ){0,3}?(?:cpa firm|audit(?:ing)? firm|certification bod(?:y|ies)|registrar|accredited certifier)\b|zertifizierungsstelle|organisme (?:de certification|certificateur)|(?:organismo|entidad) (?:de certificación|certificador)|organismo di certificazione|certificatie-?instelling|認証機関`,
  'giu',
);

/**
 * A template's fill-in fields: "[AVAILABLE/IN PROGRESS]", "[CERT/NOT CERTIFIED]", "[ISO_CERT_LINK]". Capitals
 * joined by "/" or "_" (so "[SOC 2]" or "[1]" are not fields). A page full of them is an outline for
 * others to fill in, whatever its headings say.
 */
const TEMPLATE_FIELD = /\[[A-Z][A-Z0-9]*(?:[_/][A-Z0-9][A-Z0-9 ]*)+\]/g;
/** Contract names in a title or URL: data-processing agreements and their translations. */
const CONTRACT_TITLE =
  /data processing (?:agreement|addendum)|\bdpa\b|auftragsverarbeitung|\bavv\b|accord de protection des données|contrat de sous-traitance|contrato de (?:processamento|tratamiento|encargo)|accordo (?:di|sul) (?:elaborazione|trattamento)|verwerkers(?:overeenkomst|voorwaarden)/i;

/** Imperative UI steps of product documentation ("Click Save", "Go to Settings > Trust Center"). */
const UI_STEP =
  /(?:^|[\n.!?:>] ?)\d{0,2}(?:click|select|open|go to|navigate to|scroll (?:down|to)|toggle|choose|drag|klicken sie|wählen sie|öffnen sie|gehen sie zu|cliquez|sélectionnez|ouvrez|allez dans|haga clic|haz clic|seleccione|selecciona|vaya a|clique|selecione|acesse|fai clic|clicca|seleziona|vai a|klik|selecteer|ga naar)\b|\bsettings ?>|\bstep \d\b|\bschritt \d\b|\bétape \d\b|\bpaso \d\b|\bpasso \d\b|\bstap \d\b|クリック/gim;

/**
 * Second person about the reader's OWN compliance: the page addresses organisations that want
 * certificates (guides, selling), not customers of the vendor reading about the vendor.
 */
export const READER_COMPLIANCE: Vocab = {
  en: "(?:help(?:s|ing)?|enabl(?:e|es|ing)) (?:you|your|companies|organi[sz]ations|businesses|teams|startups)|your (?:own |existing |real |actual )?(?:organi[sz]ation|company|business|startup|auditors?|audit|compliance|certification|soc ?2|iso|trust (?:center|centre|page|portal)|vendors?|vendor (?:list|onboarding|management|assessments?)|sub-?processors?|sub-?processor list|supply chain|(?:security |compliance )?posture|customers|controls|clients)|you (?:need|must|should|will need|have to|can get|want)|if you(?:['’]re| are| have| use| maintain)|get (?:you )?(?:audit[- ]ready|certified|compliant)",
  de: 'ihr(?:e|en|em)? (?:unternehmen|organisation|firma|prüfer|audit|zertifizierung)|sie müssen|sie sollten|sie benötigen|(?:hilft|helfen) (?:ihnen|unternehmen)',
  fr: 'votre (?:entreprise|organisation|société|audit|certification|conformité)|vous devez|vous devrez|vous avez besoin|(?:aide|aider|aidons) (?:les entreprises|votre|vos)',
  es: 'su (?:empresa|organización|negocio|auditoría|certificación)|tu (?:empresa|organización|negocio)|(?:te|le|les) (?:ayudamos|ayudará)|necesitas',
  pt: 'sua (?:empresa|organização)|você (?:precisa|deve)|(?:ajuda|ajudamos) (?:sua|empresas|você)',
  it: '(?:la )?(?:tua|vostra) (?:azienda|organizzazione)|(?:ti|vi) aiutiamo|devi',
  nl: '(?:je|jouw|uw) (?:bedrijf|organisatie|onderneming)|je moet|u moet|(?:helpen|helpt) (?:je|u|bedrijven)',
};

/** A page that calls itself a post: "This post describes how we approach SOC 2 readiness". */
const SELF_DESCRIBED_POST =
  /\b(?:this|in this|the rest of this) (?:blog )?post\b|\bdiese[rmn]? (?:blog)?(?:beitrag|post)\b|\bce billet\b|\b(?:esta|en esta) entrada\b|\b(?:este|neste|questo|in questo) post\b|\bdeze (?:blog)?post\b/gi;

/** A person's own voice (a consultant's portfolio, a personal blog): first person singular. */
const FIRST_SINGULAR =
  /\bI(?:['’](?:ve|m|d|ll)|\s+(?:have|am|was|had|led|helped|built|worked|directly|personally|initiated))\b|\bich\b|\bj['’](?:ai|étais)\b/g;

/** A help centre's host or section: its pages answer customers' questions, security ones included. */
const HELP_HOST =
  /^(?:help|support|faq|faqs|kb|helpcenter|help-center|helpdesk|hilfe|aide|ayuda|ajuda|aiuto|assistenza|suporte|soporte|kennisbank|kennisplein|klantenservice)[.-]/;
/** "hc" is the help-centre route of Zendesk-style tools, on any host ("acme.zendesk.com/hc/fr/articles/…"). */
const HELP_SEGMENT =
  /^(?:help|support|faq|faqs|kb|hc|help center|helpcenter|knowledge base|knowledgebase|hilfe|aide|ayuda|ajuda|kennisbank)$/;
const HELP_ARTICLE = new Set(['article', 'articles', 'knowledge', 'post', 'posts']);

/** A numbered article's slug: a long number, then a headline of six words or more. */
const HEADLINE_SLUG = /^\d{5,} (?:\S+ ){5,}\S+$/;

/** Genre words in a URL: a non-statement section anywhere, guide wording in the page's own slug. */
export function urlGenre(host: string, segments: string[]): string[] {
  const out: string[] = [];
  // A help centre's answers are "articles" too ("help.acme.com/article/212", "/s/article/Beveiliging").
  const help = HELP_HOST.test(host) || segments.some((s) => HELP_SEGMENT.test(s));
  // A CMS names every page an article in its routes (Joomla's "/component/content/article/security").
  const cms = segments.some((s, k) => s === 'component' && segments[k + 1] === 'content');
  const section = segments
    .flatMap((s) => s.split(' '))
    .find((w) => SECTION_WORDS.has(w) && !((help || cms) && HELP_ARTICLE.has(w)));
  if (section) out.push('path-' + section);
  if (host.split(/[.-]/).some((l) => l === 'blog' || l === 'news' || l === 'jobs' || l === 'careers'))
    out.push('host-' + host.split('.')[0]);
  // "/2021/06/09/iso-27001-x-soc2-…": a dated path is a post's, never a standing trust page's.
  if (
    segments.some((w, k) => /^(?:19|20)\d\d$/.test(w) && /^(?:0?[1-9]|1[0-2])$/.test(segments[k + 1] ?? ''))
  )
    out.push('path-dated');
  const slug = segments[segments.length - 1] ?? '';
  if (matches(GUIDE, slug)) out.push('slug-guide');
  // "/1545475-cybersecurite-ces-certifications-iso-meconnues-…": a publication's numbered headline.
  // A help centre numbers its articles too ("360012345-Security-at-Acme"), with titles, not headlines.
  if (!help && !cms && HEADLINE_SLUG.test(slug)) out.push('slug-headline');
  if (segments.some((s) => CONTRACT_TITLE.test(s))) out.push('contract');
  return out;
}

/** Genre words in a title part or the main heading. */
export function titleGenre(t: string): string | null {
  const s = t.slice(0, 300);
  if (matches(GUIDE, s)) return 'guide';
  const m = TITLE_GENRE.exec(s);
  if (m) return m[0].toLowerCase().replace(/\W+/g, '-');
  return CONTRACT_TITLE.test(s) ? 'contract' : null;
}

export interface ContentGenre {
  /** Sentences addressing the reader's own compliance. */
  reader: number;
  /** Imperative UI steps. */
  uiSteps: number;
  /** Headings that ask "what is …" / "how to …". */
  guideHeadings: number;
  /** Contract formulas and placeholders. */
  contract: number;
  /** A template's fill-in fields. */
  templateFields: number;
  /** A certification body or audit firm speaking of itself. */
  certifier: number;
  /** First-person-singular phrases. */
  singular: number;
  /** Framework names followed by their definition. */
  definitions: number;
  /** The page calling itself a post. */
  post: number;
}

/** Genre cues in the page text (`text` is the collected blocks joined by newlines). */
export function contentGenre(text: string, headings: string[], lang: Lang): ContentGenre {
  return {
    reader: countMatches(langRe(READER_COMPLIANCE, lang), text),
    uiSteps: countMatches(UI_STEP, text),
    guideHeadings: headings.filter((h) => matches(GUIDE, h)).length,
    contract: countMatches(CONTRACT, text),
    templateFields: countMatches(TEMPLATE_FIELD, text),
    certifier: countMatches(CERTIFIER, text),
    singular: countMatches(FIRST_SINGULAR, text),
    definitions: findMentions(text, 200).filter((m) => definesFramework(text.slice(m.end, m.end + 150), lang))
      .length,
    post: countMatches(SELF_DESCRIBED_POST, text),
  };
}

/* Test pages: tests/fixtures/real/ negatives (guides, glossaries, blog posts, DPA templates, job ads,
   trust-center product documentation), e.g. concertogrc-docs-trust-center.html (UI steps, "your trust
   center"), sowards-compliance.html (first person singular), fr-ioga-dpa-modele.html (placeholders). */
