import { type Lang, LANGS, rx } from './patterns';

/**
 * The page's language, guessed from its text: each language's most frequent short words that other
 * languages rarely use ("der/und", "les/nous", "los/del", "não/dos", "gli/della", "het/een"), and kana
 * for Japanese. The page's own `lang` attribute decides only when the text is too short to tell:
 * sites often declare one language for every translation.
 */

const STOPWORDS: Record<Exclude<Lang, 'ja'>, RegExp> = {
  en: /\b(?:the|and|with|this|that|are|our|we|is|for|of)\b/gi,
  de: rx(
    String.raw`(?:^|[^\p{L}])(?:der|die|und|das|nicht|mit|für|wir|ist|sie|auf|auch|werden)(?![\p{L}])`,
    'giu',
  ),
  fr: rx(String.raw`(?:^|[^\p{L}])(?:les|des|est|pour|nous|dans|avec|aux|sont|une|du|et)(?![\p{L}])`, 'giu'),
  es: rx(String.raw`(?:^|[^\p{L}])(?:los|las|del|por|está|también|según|y|el|para)(?![\p{L}])`, 'giu'),
  pt: rx(
    String.raw`(?:^|[^\p{L}])(?:os|das|dos|não|são|uma|também|pela|pelo|ao|às|você|é)(?![\p{L}])`,
    'giu',
  ),
  it: rx(
    String.raw`(?:^|[^\p{L}])(?:il|gli|della|delle|degli|sono|anche|nel|nella|è|di|per)(?![\p{L}])`,
    'giu',
  ),
  nl: rx(
    String.raw`(?:^|[^\p{L}])(?:het|een|van|voor|zijn|niet|wij|ook|deze|worden|wordt|en)(?![\p{L}])`,
    'giu',
  ),
};
const KANA = /[\u3040-\u30ff]/g;
/** Fewer hits than this and the text says too little: trust the declared language. */
const MIN_HITS = 8;

const count = (re: RegExp, t: string) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(t) && n < 400) n++;
  re.lastIndex = 0;
  return n;
};

/** The language of a page: text first (the first 6,000 characters), then its `lang` attribute, then English. */
export function guessLang(text: string, declared = ''): Lang {
  const t = text.slice(0, 6000);
  if (count(KANA, t) >= 20) return 'ja';
  let best: Lang = 'en';
  let hits = 0;
  for (const [lang, re] of Object.entries(STOPWORDS) as [Lang, RegExp][]) {
    const n = count(re, t);
    if (n > hits) [best, hits] = [lang, n];
  }
  if (hits >= MIN_HITS) return best;
  const d = declared.slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(d) ? (d as Lang) : best;
}

/* Test pages: tests/fixtures/real/ (eight languages; veritise-trust-centre-guide.html declares English
   under a /da/ URL, lano-blog-soc2.html English under /de/). */
