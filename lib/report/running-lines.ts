/**
 * Running headers, footers and watermarks: lines that come back at the top or the bottom of most pages
 * ("Nimbus Labs, Inc. | SOC 2 Type 2", "Confidential | Page 3 of 40", a diagonal "CONFIDENTIAL").
 * They would otherwise sit in the middle of sentences and tables that cross a page break.
 *
 * Only the first and last few lines of a page are candidates, so a table row that repeats on many pages
 * ("No exceptions noted.") is never taken for a footer. Digits are ignored when comparing ("Page 3 of 40"
 * and "Page 4 of 40" are one footer), and the filter runs twice to peel a footer that sat above a
 * watermark, or a watermark tiled several times.
 */

import { HEADINGS, headingText, isHeadingOf } from './headings';
import type { SectionKind } from './doc';

const namesAPart = (line: string) => {
  const h = headingText(line);
  return !!h && (Object.keys(HEADINGS) as SectionKind[]).some((kind) => isHeadingOf(kind, h));
};

/** How many lines at each end of a page can be running lines. */
const ZONE = 3;
/** A line is running when it is in the zone of at least this share of the pages with text… */
const MIN_SHARE = 0.5;
/** …and of at least this many pages. */
const MIN_PAGES = 3;
const PASSES = 2;

/** The comparable form of a line: case, spacing and numbers ignored ("page iv" counts as "page #"). */
export function runningKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/\bpage\s+[ivxlcdm]+\b/g, 'page #')
    .replace(/\s+/g, ' ')
    .trim();
}

const zone = (lines: readonly string[]) => {
  const end = Math.min(ZONE, lines.length);
  const start = Math.max(end, lines.length - ZONE);
  return [...lines.slice(0, end), ...lines.slice(start)];
};

function strip(pages: readonly (readonly string[])[]): string[][] {
  const withText = pages.filter((p) => p.length).length;
  const needed = Math.max(MIN_PAGES, Math.ceil(withText * MIN_SHARE));
  const count = new Map<string, number>();
  for (const lines of pages)
    for (const key of new Set(zone(lines).map(runningKey))) count.set(key, (count.get(key) ?? 0) + 1);
  const running = new Set([...count].filter(([, n]) => n >= needed).map(([key]) => key));
  const kept = new Set<string>();
  return pages.map((lines) => {
    const last = lines.length - 1;
    return lines.filter((line, i) => {
      const key = runningKey(line);
      if (!(i < ZONE || i > last - ZONE) || !running.has(key)) return true;
      // A running header that names the part ("Section IV – Testing Matrices") is also that part's heading
      // where it first appears.
      if (kept.has(key) || !namesAPart(line)) return false;
      kept.add(key);
      return true;
    });
  });
}

/** The pages without their running headers, footers and watermark lines. */
export function stripRunningLines(pages: readonly (readonly string[])[]): string[][] {
  let out = pages.map((p) => [...p]);
  for (let pass = 0; pass < PASSES; pass++) out = strip(out);
  return out;
}
