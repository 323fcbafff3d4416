/**
 * The dates a report covers: the examination period of a Type 2 ("throughout the period January 1, 2025
 * to December 31, 2025"), the "as of" date of a Type 1, and the date of the auditor's report (read with
 * the signature, see extract-parties). They are read where the auditor and management state them, in
 * that order, then on the cover; a sentence about another period ("our next examination will cover …")
 * is skipped.
 */
import { statementPlaces, type ReportDoc } from './doc';
import { quote, type Sentence } from './sentences';
import { DATE, findRanges, parseDate } from './dates';
import { anyOf } from './patterns';
import type { Fact, ReportKind } from './schema';

/** Words that introduce the covered period within a few words of its first date. */
const PERIOD_LEAD = /\b(?:period|from|between|throughout|during|covering|covers|review window)\b/i;
/** A sentence about some other period than the one examined. */
const OTHER_PERIOD = anyOf([
  /\b(?:next|subsequent|prior|previous|preceding|upcoming|future|following)\s+(?:examination|period|report|audit|assessment)/,
  /\b(?:plans?|intends?|expects?|anticipates?)\s+to\b|\bwill\s+(?:be|undergo|cover)\b/,
  /\bbridge letter\b/,
]);
const AS_OF = new RegExp(`\\bas of\\s+(${DATE})`, 'i');
const REPORT_DATE = new RegExp(
  `\\b(?:report date|date of (?:the )?(?:auditor['’]s )?report|report issued(?: on)?|issue date|date issued)\\s*:?\\s*(${DATE})`,
  'i',
);

export interface Period {
  periodStart: Fact<string> | null;
  periodEnd: Fact<string> | null;
  asOf: Fact<string> | null;
}

function findPeriod(doc: ReportDoc, places: Sentence[][]): Period | null {
  for (const [n, list] of places.entries()) {
    const cover = n === places.length - 1;
    for (const s of list) {
      if (OTHER_PERIOD.test(s.text)) continue;
      for (const r of findRanges(s.text, doc.dateOrder)) {
        const lead = s.text.slice(Math.max(0, r.index - 60), r.index);
        // On the cover a title line may hold the bare range ("January 1, 2025 – December 31, 2025").
        if (!PERIOD_LEAD.test(lead + r.text) && !(cover && s.text.trim().length < 120)) continue;
        const evidence = { quote: quote(s.text, r.index), page: s.page };
        return {
          periodStart: { value: r.start, ...evidence },
          periodEnd: { value: r.end, ...evidence },
          asOf: null,
        };
      }
    }
  }
  return null;
}

function findAsOf(doc: ReportDoc, places: Sentence[][]): Fact<string> | null {
  for (const list of places)
    for (const s of list) {
      if (OTHER_PERIOD.test(s.text)) continue;
      const m = AS_OF.exec(s.text);
      const value = m && parseDate(m[1]!, doc.dateOrder);
      if (value) return { value, quote: quote(s.text, m.index), page: s.page };
    }
  return null;
}

/** The period of a Type 2 (SOC 1, SOC 3 alike), or the "as of" date of a Type 1. */
export function extractPeriod(doc: ReportDoc, kind: ReportKind): Period {
  const places = statementPlaces(doc);
  const none = { periodStart: null, periodEnd: null, asOf: null };
  if (kind === 'soc2-type1') return { ...none, asOf: findAsOf(doc, places) };
  const period = findPeriod(doc, places);
  if (period) return period;
  // A SOC 1 or SOC 3 of Type 1 has a date instead of a period; a SOC 2 Type 2 never does.
  return kind === 'soc1' || kind === 'soc3' ? { ...none, asOf: findAsOf(doc, places) } : none;
}

/** A report date stated on the cover ("Report date: March 15, 2026"), when the signature has none. */
export function coverReportDate(doc: ReportDoc): Fact<string> | null {
  const [, , cover] = statementPlaces(doc);
  for (const s of cover ?? []) {
    const m = REPORT_DATE.exec(s.text);
    const value = m && parseDate(m[1]!, doc.dateOrder);
    if (value) return { value, quote: quote(s.text), page: s.page };
  }
  return null;
}
