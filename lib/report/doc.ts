/**
 * The report as the extractors see it: every line with its page, the report's parts found by their
 * headings (sections.ts), and the order in which the report writes numeric dates.
 */
import { dateOrderOf, type DateOrder } from './dates';
import type { ReportPage } from './schema';
import { findSections } from './sections';
import { sentences, type Sentence } from './sentences';

export interface DocLine {
  text: string;
  /** The page label to show. */
  page: string;
  pageIndex: number;
}

export type SectionKind = 'auditor' | 'assertion' | 'description' | 'controls' | 'other';

/** A slice of `ReportDoc.lines`: [start, end). */
export interface Range {
  start: number;
  end: number;
}

export interface ReportDoc {
  lines: DocLine[];
  sections: Partial<Record<SectionKind, Range>>;
  dateOrder: DateOrder;
}

export function buildDoc(pages: readonly ReportPage[]): ReportDoc {
  const lines = pages.flatMap((p) =>
    p.lines.map((text) => ({ text, page: p.pageLabel, pageIndex: p.pageIndex })),
  );
  return {
    lines,
    sections: findSections(lines),
    dateOrder: dateOrderOf(lines.map((l) => l.text).join('\n')),
  };
}

/** The lines of a section, or an empty range when the report has no such heading. */
export function sectionRange(doc: ReportDoc, kind: SectionKind): Range {
  return doc.sections[kind] ?? { start: 0, end: 0 };
}

/** The first two pages with text (cover and contents), where the title, period and scope are printed. */
export function coverRange(doc: ReportDoc): Range {
  const firstPages = [...new Set(doc.lines.map((l) => l.pageIndex))].slice(0, 2);
  return { start: 0, end: doc.lines.findLastIndex((l) => firstPages.includes(l.pageIndex)) + 1 };
}

/**
 * Where a report states its own facts, most authoritative first: the auditor's report, management's
 * assertion, then the cover.
 */
export function statementPlaces(doc: ReportDoc): Sentence[][] {
  return [
    sentences(doc, sectionRange(doc, 'auditor')),
    sentences(doc, sectionRange(doc, 'assertion')),
    sentences(doc, coverRange(doc)),
  ];
}
