import { contentGenre, titleGenre, urlGenre } from './page-genre';
import { segmentTopic, segmentWords, textTopic } from './page-topic';
import { pageVoice } from './page-voice';
import type { Lang } from './patterns';

/**
 * Trust-page evidence. Each piece is a short signal id with a weight; the page is a trust page when
 * the sum reaches TRUST_SCORE. Three questions, each answered by language patterns in eight
 * languages (page-topic.ts, page-genre.ts, page-voice.ts):
 * - topic: do the URL, title and main heading say the page is about security, trust or compliance?
 * - genre: is it a kind of page that talks ABOUT compliance (guide, glossary, blog, job ad, contract
 *   template, product documentation) rather than a vendor's statement about itself?
 * - voice: does the text speak as the vendor (we / the vendor's name) about its own practices?
 */

export const TRUST_SCORE = 2;
/** Characters of text below which a page's lack of a vendor voice is not held against it. */
const MIN_PROSE = 400;

export interface Evidence {
  score: number;
  signals: string[];
}

const TRUST_HOST = /^(?:trust|security|compliance|trustcenter|trust-center|trustportal)\./i;
const NEG_HOST = /^(?:blogs?|news|press|community|forums?|careers|jobs|learn|academy|kenniscentrum|wiki)\./i;
/** User-generated-content and code hosts (not their companies' own subdomains): only a top-level /security or /trust counts. */
const UGC_HOST =
  /^(?:www\.|m\.)?(?:github|gitlab|medium|reddit|stackoverflow|linkedin|youtube|x|twitter|facebook|wikipedia|substack|quora)\.(?:com|org|io)$|\.(?:github\.io|gitlab\.io|medium\.com|substack\.com|wordpress\.com|blogspot\.com)$/i;

const TITLE_SEP = / [|–—·•:-] | ?[|–—·•] ?|: /;

/** Split a title into its parts ("NetApp Trust Center | Powered by SafeBase" → 2 parts). */
export const titleParts = (title: string): string[] =>
  title
    .slice(0, 300)
    .split(TITLE_SEP)
    .map((p) => p.trim())
    .filter(Boolean);

const KINDS: [string, RegExp][] = [
  [
    'subprocessors',
    /process|prozess|traitant|encargad|operador|verwerker|contract|unterauftrag|subunternehmer|responsabil/,
  ],
  ['trust', /trust/],
  ['compliance', /complian|conformi|cumplim|naleving|certif|zertifi|attest/],
  ['security', /./],
];
const kindOf = (words: string) => KINDS.find(([, re]) => re.test(words))![0];

/** Evidence from the URL alone: host labels, path topic, sections and slugs of other genres. */
function urlEvidence(url: URL, add: (s: string, w: number) => void, subprocessorList: boolean): void {
  const host = url.hostname.toLowerCase();
  if (TRUST_HOST.test(host)) add('host:trust-subdomain', 2);
  else if (host.split('.').some((l) => l.split('-').includes('trust'))) add('host:trust-label', 2);
  if (NEG_HOST.test(host)) add('neg:host-' + host.split('.')[0], -4);
  const ugc = UGC_HOST.test(host);

  const segs = url.pathname.split('/').filter(Boolean).slice(0, 6).map(segmentWords);
  let best = 0;
  let bestWords = '';
  segs.forEach((words, i) => {
    if (i > 3 || (ugc && i > 0)) return;
    const t = segmentTopic(words);
    if (t > best) [best, bestWords] = [t, words];
  });
  if (best === 2) add('path:' + kindOf(bestWords), 2);
  else if (best === 1) add('path:framework', 1);
  if (ugc && !best) add('neg:code-or-ugc-host', -4);
  for (const g of urlGenre(host, segs)) {
    // A sub-processor list is often an annex of the DPA ("avv_anlage_3"): a list, not the contract.
    if (g === 'contract' && subprocessorList) continue;
    add('neg:' + g, g.startsWith('path') || g.startsWith('host') ? -4 : -3);
  }
}

/** URL, title and head evidence. `h1` is the first heading's text; `articleMeta` the og:type=article hint. */
export function pageEvidence(url: URL, title: string, h1: string, articleMeta: boolean): Evidence {
  const signals: string[] = [];
  let score = 0;
  const add = (s: string, w: number) => {
    signals.push(s);
    score += w;
  };
  const heads = [...titleParts(title), h1.slice(0, 300)].filter(Boolean);
  const topic = Math.max(0, ...heads.map(textTopic));
  const kind = topic === 2 ? kindOf(heads.find((h) => textTopic(h) === 2)!.toLowerCase()) : null;
  urlEvidence(url, add, kind === 'subprocessors');
  if (kind) add('title:' + kind, 2);
  else if (topic === 1) add('title:framework', 1);
  const genre = heads.map(titleGenre).find(Boolean);
  if (genre) add('neg:title-' + genre, -3);
  if (articleMeta) add('neg:article', -2);
  return { score, signals };
}

/** What only the page text can tell, once the bounded walk has run. */
export interface ContentInput {
  /** The collected blocks' texts joined by newlines. */
  text: string;
  headings: string[];
  /** The vendor's own names (page vendor name, host labels). */
  selfNames: string[];
  /** The name the page gives the vendor (title, site name): its voice where it states a status. */
  pageName?: string | null;
  /** Names from the host less a marketing affix (vendor.ts affixNames): a voice where they state a status. */
  statusNames?: string[];
  /** Hosted portals speak through their layout (cards, badges), not sentences. */
  listing: boolean;
  lang: Lang;
}

/** Voice and genre evidence from the page text. */
export function contentEvidence({
  text,
  headings,
  selfNames,
  pageName,
  statusNames,
  listing,
  lang,
}: ContentInput): Evidence {
  const signals: string[] = [];
  let score = 0;
  const add = (s: string, w: number) => {
    signals.push(s);
    score += w;
  };
  const voice = pageVoice(text, selfNames, lang, pageName, statusNames);
  const g = contentGenre(text, headings, lang);
  // Silence says something only on a page with prose: a client-rendered shell has no text yet.
  if (voice.self === 0 && !listing && text.length >= MIN_PROSE) add('neg:no-vendor-voice', -2);
  else if (voice.practices >= 5) add('content:security-practices', 2);
  else if (voice.practices >= 3) add('content:some-security-practices', 1);
  if (g.singular > 0 && voice.self <= g.singular) add('neg:first-person-singular', -2);
  if (g.reader >= 6) add('neg:addresses-reader-compliance', -3);
  else if (g.reader >= 3) add('neg:addresses-reader-compliance', -2);
  if (g.uiSteps >= 3) add('neg:product-instructions', -3);
  const explains = g.guideHeadings + g.definitions;
  if (explains >= 4) add('neg:explains-frameworks', -2);
  else if (explains >= 2) add('neg:explains-frameworks', -1);
  if (g.contract >= 2) add('neg:contract-wording', -3);
  if (g.templateFields >= 3) add('neg:template-fields', -6);
  if (g.certifier >= 3) add('neg:certifier', -4);
  if (g.post > 0) add('neg:self-described-post', -3);
  return { score, signals };
}

/* Test pages: every file in tests/fixtures/pages/ and tests/fixtures/real/ (negatives: blog posts,
   guides, glossaries, job ads, DPA templates, trust-center product documentation, news). */
