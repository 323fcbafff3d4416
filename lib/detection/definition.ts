import { langRe, type Lang, type Vocab } from './patterns';

/**
 * "SOC 2 is a voluntary standard…", "ISO 27001 ist weltweit als wichtigste Norm anerkannt": the text
 * right after a framework's name defines it. A definition states no one's status, and a page made of
 * definitions is an explainer.
 */

const WORDS = '(?:[\\p{L}-]+ ){0,4}?';
export const DEFINES: Vocab = {
  en: `(?:is|are|was) (?:a|an|the|one) ${WORDS}(?:standards?|frameworks?|regulations?|laws?|acts?|reports?|audits?|attestations?|certifications?|sets?|criteria|norms?|examinations?|procedures?|programs?|programmes?|guidelines?|specifications?|requirements?|variables?)|refers to|stands for|means|(?:was |is )?(?:developed|defined|created|published|introduced|designed|issued) by|requires (?:organi[sz]ations|companies|businesses|that)`,
  de: `(?:ist|sind) ${WORDS}(?:norm|standard|rahmenwerk|framework|verordnung|gesetz|bericht|prüfung|zertifizierung|regelwerk|reihe|kriterien|verfahren|programm|richtlinie)\\p{L}*|steht für|bedeutet|(?:wurde )?(?:entwickelt|definiert|herausgegeben) (?:von|vom)`,
  fr: `(?:est|sont) ${WORDS}(?:normes?|standards?|cadres?|règlements?|lois?|rapports?|audits?|certifications?|référentiels?|ensembles?|procédures?|programmes?|critères)|désigne|signifie|(?:a été )?(?:développée?|définie?|créée?) par`,
  es: `(?:es|son) ${WORDS}(?:normas?|estándar(?:es)?|marcos?|reglamentos?|leyes|ley|informes?|auditorías?|certificaci(?:ón|ones)|conjuntos?|procedimientos?|programas?|criterios)|significa|(?:fue )?(?:desarrollad|definid|cread)[oa] por`,
  pt: `(?:é|são) ${WORDS}(?:normas?|padr(?:ão|ões)|estruturas?|frameworks?|regulamentos?|leis?|relatórios?|auditorias?|certificaç(?:ão|ões)|conjuntos?|procedimentos?|programas?|critérios)|significa|(?:foi )?(?:desenvolvid|definid|criad)[oa] pel[oa]`,
  it: `(?:è|sono) ${WORDS}(?:norm[ae]|standard|quadr[oi]|framework|regolament[oi]|legg[ei]|rapport[oi]|report|audit|certificazion[ei]|insiem[ei]|procedur[ae]|programm[ai]|criteri)|significa|sta per|(?:è stat[oa] )?(?:sviluppat|definit|creat)[oa] da`,
  nl: `(?:is|zijn) ${WORDS}(?:norm(?:en)?|standaard(?:en)?|kader|raamwerk|verordening|wet|rapport(?:en)?|audit|certificering|procedures?|programma|methode|criteria)|staat voor|betekent`,
  ja: 'とは|は、?[^。]{0,40}(?:規格|基準|報告書|フレームワーク|レポート)(?:です|であり|のこと)',
};

/** Optional bracketed expansion or comma right after the name ("SOC 2 (System and …) is a …"). */
const LEAD = /^\s*(?:\([^)]{0,100}\)\s*)?(?:,\s*)?(?:(?:also known as|auch|aussi)\b[^,]{0,40},\s*)?/;

/** Does the text right after a framework name (`after`, up to ~150 characters) define it? */
export function definesFramework(after: string, lang: Lang): boolean {
  const rest = after.slice(0, 150).replace(LEAD, '');
  const re = langRe(DEFINES, lang);
  re.lastIndex = 0;
  const m = re.exec(rest);
  re.lastIndex = 0;
  return !!m && m.index === 0;
}

/* Test pages: tests/fixtures/real/ guides (viabandwidth-guide.html, de-dropbox-zertifizierungen.html
   "ISO 27001 ist weltweit als wichtigste Norm … anerkannt"), tests/fixtures/pages/gptzero-sales.html. */
