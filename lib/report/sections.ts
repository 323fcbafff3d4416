/**
 * Where each part of a SOC report starts and ends: the first heading of its kind that is followed by
 * running text, up to the next part's heading. Auditors order and number the parts differently, so
 * only the headings' words count.
 */
import type { DocLine, Range, SectionKind } from './doc';
import { HEADINGS, headingAt, isHeadingOf, tocPages } from './headings';

/** The auditor's report and management's assertion are letters of a few pages. */
const MAX_LETTER_PAGES = 8;
/** How far below its heading a part's running text must start. */
const PROSE_WITHIN = 30;

/** Long enough to be running text rather than a heading, a TOC entry or a cover line. */
const isProse = (line: string) => line.length >= 60 && !/\|/.test(line);

/** What an auditor's examination sentence is about, in SOC reports. */
const EXAMINED_SUBJECT = /trust services criteria|control objectives|service organi[sz]ation|description of/i;

/**
 * The auditor's report under a heading worded in some way the HEADINGS do not know: its "We have
 * examined …" sentence about a SOC subject, from the addressee line just above it if there is one.
 */
function examinationStart(lines: readonly DocLine[], toc: ReadonlySet<number>): number {
  const at = lines.findIndex(
    (l, i) =>
      !toc.has(l.pageIndex) &&
      /^we have examined\b/i.test(l.text) &&
      EXAMINED_SUBJECT.test(
        lines
          .slice(i, i + 6)
          .map((n) => n.text)
          .join(' '),
      ),
  );
  if (at < 0) return -1;
  for (let i = at - 1; i >= Math.max(0, at - 4) && lines[i]!.pageIndex === lines[at]!.pageIndex; i--)
    if (/^to\b/i.test(lines[i]!.text)) return i;
  return at;
}

function firstHeading(lines: readonly DocLine[], kind: SectionKind, toc: ReadonlySet<number>): number {
  return lines.findIndex((l, i) => {
    if (toc.has(l.pageIndex)) return false;
    const h = headingAt(lines, i);
    return !!h && isHeadingOf(kind, h) && lines.slice(i + 1, i + PROSE_WITHIN).some((n) => isProse(n.text));
  });
}

export function findSections(lines: readonly DocLine[]): Partial<Record<SectionKind, Range>> {
  const toc = tocPages(lines);
  const starts: [SectionKind, number][] = [];
  for (const kind of Object.keys(HEADINGS) as SectionKind[]) {
    const at = firstHeading(lines, kind, toc);
    if (at >= 0) starts.push([kind, at]);
  }
  if (!starts.some(([kind]) => kind === 'auditor')) {
    const at = examinationStart(lines, toc);
    if (at >= 0) starts.push(['auditor', at]);
  }
  starts.sort((a, b) => a[1] - b[1]);
  const sections: Partial<Record<SectionKind, Range>> = {};
  starts.forEach(([kind, start], i) => {
    let end = starts[i + 1]?.[1] ?? lines.length;
    // A missed heading must not stretch the auditor's report or the assertion over the whole report.
    if (kind === 'auditor' || kind === 'assertion') {
      const last = lines[start]!.pageIndex + MAX_LETTER_PAGES;
      const over = lines.findIndex((l, n) => n > start && l.pageIndex >= last);
      if (over >= 0) end = Math.min(end, over);
    }
    sections[kind] = { start, end };
  });
  return sections;
}
