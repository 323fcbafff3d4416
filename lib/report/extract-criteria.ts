/**
 * The trust services categories a SOC 2 (or SOC 3) covers, from the sentence that states the scope
 * ("… controls … relevant to security, availability, and confidentiality (applicable trust services
 * criteria) …"), never from every mention. The name of the AICPA publication, "Trust Services Criteria
 * for Security, Availability, Processing Integrity, Confidentiality, and Privacy", names all five and is
 * ignored. A list counts only when each of its items is a category: "relevant to user entities' internal
 * control" (a SOC 1) is not a list of categories.
 */
import { statementPlaces, type ReportDoc } from './doc';
import { quote } from './sentences';
import { anyOf, wordList } from './patterns';
import { CRITERIA, type Criterion, type Fact } from './schema';

/** "(TSP section 100, 2017) Trust Services Criteria for": the title of the AICPA publication… */
const PUBLICATION_TITLE =
  /\b(?:TSP section 100,?\s*)?(?:\d{4}\s+)?trust services (?:criteria|principles)(?:,? (?:criteria,? )?and (?:criteria|illustrations))? for /;
/** …which always names all five categories. */
const ALL_FIVE = /security,\s*availability,\s*processing integrity,\s*confidentiality,?\s*and privacy\b/;
const PUBLICATION = new RegExp(PUBLICATION_TITLE.source + ALL_FIVE.source, 'gi');
/** Words that introduce the list of categories in scope. */
const LEAD =
  /\b(?:relevant to|criteria for|categor(?:y|ies)(?: of| in scope)?:?|principles?(?: of)?:?|in scope:|applicable to)\s+(?:the\s+)?/gi;
/** Where the list stops. */
const LIST_END = new RegExp(
  `\\s*(?:${
    anyOf([
      /\(|[.;:]/,
      /\bset forth\b|\btrust services\b|\bcriteri|\bcategor|\bprinciples?\b/,
      wordList([
        'based',
        'throughout',
        'as of',
        'for the',
        'to provide',
        'in accordance',
        'within',
        'provided',
      ]),
      wordList(['that', 'were', 'is', 'are']),
    ]).source
  })`,
  'i',
);
const ITEM_SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/i;

const NAMES: Record<string, Criterion> = {
  security: 'security',
  'common criteria': 'security',
  availability: 'availability',
  'processing integrity': 'processing-integrity',
  confidentiality: 'confidentiality',
  privacy: 'privacy',
};

/** The categories listed right after a lead in, when every listed item is one, and where the list is. */
export function criteriaIn(text: string): { criteria: Criterion[]; index: number } | null {
  // "Security (Common Criteria), Availability": the parenthesis would end the list.
  const t = text
    .replace(PUBLICATION, 'the AICPA criteria')
    .replace(/\s*\((?:the\s+)?common criteria\)/gi, '');
  for (const m of t.matchAll(LEAD)) {
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const end = LIST_END.exec(rest);
    const list = (end ? rest.slice(0, end.index) : rest).trim();
    const items = list.split(ITEM_SPLIT).map((i) =>
      i
        .trim()
        .toLowerCase()
        .replace(/^the\s+/, ''),
    );
    if (!items.length || !items.every((i) => i in NAMES)) continue;
    const found = new Set(items.map((i) => NAMES[i]!));
    // "relevant to the common criteria and the additional criteria for availability" (TSP 100, 2016).
    if (/\bcommon criteria\b/i.test(t)) found.add('security');
    return { criteria: CRITERIA.filter((c) => found.has(c)), index: m.index };
  }
  return null;
}

export function extractCriteria(doc: ReportDoc): Fact<Criterion[]> | null {
  for (const list of statementPlaces(doc))
    for (const s of list) {
      const found = criteriaIn(s.text);
      if (found) return { value: found.criteria, quote: quote(s.text, found.index), page: s.page };
    }
  return null;
}
