/**
 * Trust-page evidence from the URL, the title and the page head. Each piece of evidence is a short
 * signal id with a weight; blogs, articles, code hosts and compliance-selling pages weigh against.
 * A page is a trust page when the sum reaches TRUST_SCORE.
 */

export const TRUST_SCORE = 2;

export interface Evidence {
  score: number;
  signals: string[];
}

const TRUST_HOST = /^(?:trust|security|compliance|trustcenter|trust-center|trustportal)\./i;
const NEG_HOST = /^(?:blog|blogs|news|press|community|forums?|careers|jobs|learn|academy|support|help)\./i;
/** User-generated-content and code hosts: only their own top-level /security or /trust counts. */
const UGC_HOST =
  /(?:^|\.)(?:github|gitlab|medium|reddit|stackoverflow|linkedin|youtube|x|twitter|facebook|wikipedia|substack|quora)\.(?:com|org|io)$/i;

const TRUST_SEGMENT: [string, RegExp][] = [
  ['trust', /^trust(?:-?(?:cent(?:er|re)|portal|hub))?$/],
  [
    'security',
    /^(?:(?:data|information|platform|product|cloud|enterprise|infosec)-)?security(?:-(?:and-)?(?:privacy|compliance|trust)|-(?:overview|practices|center|centre|portal|policy|statement|whitepaper))?$|^privacy-(?:and-)?security$/,
  ],
  ['compliance', /^compliance(?:-cent(?:er|re))?$|^certifications?$/],
  ['subprocessors', /^sub-?processors?(?:-list)?$/],
];
const NEG_SEGMENT =
  /^(?:blogs?|news(?:room)?|press|articles?|posts?|stories|careers?|jobs?|glossary|learn|guides?|academy|webinars?|events?|podcasts?|pricing|sales|contact|demo|compare|alternatives?|integrations|tags?|category|author|customers|case-studies|solutions|community)$/;

const TITLE_SEP = / [|–—·•:-] | ?[|–—·•] ?|: /;
const TITLE_TRUST =
  /^(?:[\p{L}\d][\p{L}\d.&'’-]* ){0,3}?(?:trust cent(?:er|re)|trust portal|trust report|trust)$/iu;
const TITLE_SECURITY =
  /^(?:[\p{L}][\p{L}\d.&'’-]* ){0,3}?(?:security(?: (?:&|and) (?:privacy|trust|compliance))?(?: (?:overview|cent(?:er|re)|portal|practices|page|whitepaper|statement))?|privacy (?:&|and) security|compliance(?: cent(?:er|re))?|sub-?processors?(?: list)?)$/iu;
const TITLE_NEG = /\bblog\b|\bnews\b|\bpodcast\b|\bwebinar\b|\bcareers?\b|\bjobs?\b/i;
const SELLING =
  /\bget (?:SOC ?2|ISO ?27001|compliant|certified)\b|\bin weeks\b|\bcompliance automation\b|\bautomate (?:your )?(?:compliance|SOC)/i;

/** Split a title into its parts ("NetApp Trust Center | Powered by SafeBase" → 2 parts). */
export const titleParts = (title: string): string[] =>
  title
    .slice(0, 300)
    .split(TITLE_SEP)
    .map((p) => p.trim())
    .filter(Boolean);

/** URL, title and head evidence. `h1` is the first heading's text; `articleMeta` the og:type=article hint. */
export function pageEvidence(url: URL, title: string, h1: string, articleMeta: boolean): Evidence {
  const signals: string[] = [];
  let score = 0;
  const add = (s: string, w: number) => {
    signals.push(s);
    score += w;
  };
  const host = url.hostname.toLowerCase();
  if (TRUST_HOST.test(host)) add('host:trust-subdomain', 2);
  if (NEG_HOST.test(host)) add('neg:host-' + host.split('.')[0], -4);
  const ugc = UGC_HOST.test(host);

  const segs = url.pathname.toLowerCase().split('/').filter(Boolean).slice(0, 6);
  let trustAt = -1;
  segs.forEach((seg, i) => {
    if (trustAt >= 0 || i > 3 || (ugc && i > 0)) return;
    const hit = TRUST_SEGMENT.find(([, re]) => re.test(seg));
    if (hit) {
      trustAt = i;
      add('path:' + hit[0], 2);
    }
  });
  const negAt = segs.findIndex((s) => NEG_SEGMENT.test(s));
  if (negAt >= 0 && (trustAt < 0 || negAt < trustAt)) add('neg:path-' + segs[negAt], -4);
  if (ugc && trustAt < 0) add('neg:code-or-ugc-host', -4);

  const parts = titleParts(title);
  const sec = parts.find((p) => TITLE_SECURITY.test(p));
  if (parts.some((p) => TITLE_TRUST.test(p))) add('title:trust-center', 2);
  else if (sec) {
    const kind = /processor/i.test(sec)
      ? 'subprocessors'
      : /compliance/i.test(sec)
        ? 'compliance'
        : 'security';
    const bare = /^(?:security|compliance|sub-?processors?(?: list)?|security (?:&|and) privacy)$/i.test(sec);
    add('title:' + kind, bare ? 2 : 1);
  }
  const neg = parts.map((p) => TITLE_NEG.exec(p)?.[0]).find(Boolean);
  if (neg) add('neg:title-' + neg.toLowerCase(), -3);
  if (/^ ?trust cent(?:er|re)\b/i.test(h1) || /\btrust cent(?:er|re) ?$/i.test(h1))
    add('heading:trust-center', 1);
  if (articleMeta) add('neg:article', -2);
  if (SELLING.test(title) || SELLING.test(h1)) add('neg:selling-compliance', -3);
  return { score, signals };
}

/* Test pages: every file in tests/fixtures/pages/ (negatives: fullstory-blog-soc2.html,
   devopsschool-job.html, contextualizer-vantajs.html, soc2-in-weeks-marketing.html, gptzero-sales.html). */
