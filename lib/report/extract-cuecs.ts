/**
 * Complementary user entity controls: the duties the report hands to the customer. They follow a
 * "Complementary User Entity Controls" heading, as a bullet or numbered list or as a table
 * ("CUEC-1 | User entities are responsible for … | CC6.1"), with items wrapped over several lines.
 * The auditor's report usually has the same heading over a paragraph and no list; the first heading
 * followed by a list wins.
 */
import { cells, isTableLine } from './cells';
import type { DocLine, ReportDoc } from './doc';
import { headingText } from './headings';
import type { Cuec } from './schema';

const CUEC_HEADING =
  /\bcomplementary user[- ]entity controls?\b|\buser entity (?:control )?(?:responsibilities|considerations)\b/i;
/** Bullets as PDFs carry them, private-use symbol-font glyphs included. */
const BULLET = /^(?:[•●▪◦■□‣⁃∙·➢►▶❖◆♦✓✔*\uf000-\uf0ff]|[-–—](?=\s)|o(?=\s+[A-Z]))\s*/;
const NUMBERED = /^\(?(?:\d{1,2}|[a-z])[.)]\s+/;
/** A row id in the first column of a CUEC table: "CUEC-01", "1", "1.", "UE-3", "CC6.1". */
const ROW_ID = /^(?:[A-Z]{1,6}[- ]?\d{1,4}(?:\.\d{1,3})*|\d{1,3}\.?)$/;
const MARKER_CELL = /^(?:[•●▪◦■□‣⁃∙·➢►▶❖◆♦✓✔*\uf000-\uf0ff–—-]|\(?(?:\d{1,2}|[a-z])[.)])$/;
/** A cell that only lists criteria: "CC6.1, CC6.2". */
const CRITERIA_REF = /^(?:(?:CC|A|C|PI|P)\d{1,2}\.\d{1,2}(?:\s*[,;&]\s*|\s+and\s+|\s*)?)+$/;
const MAX_LINES = 400;
/** Lines of introduction allowed between the heading and the first item. */
const INTRO_LINES = 15;

const isSubheading = (text: string) =>
  !!headingText(text) && text.length < 80 && /^[A-Z]/.test(text) && !/:$/.test(text);

interface Item {
  cells: string[];
  page: string;
  table: boolean;
}

const ends = (t: string) => /[.;:]$/.test(t.trim());

/** The text of an item: the longest cell that is not an id or a criteria reference. */
function itemText(item: Item): string {
  const texts = item.cells
    .map((c) => c.replace(/\s+/g, ' ').trim())
    .filter((c, i) => c && !(i === 0 && (ROW_ID.test(c) || MARKER_CELL.test(c))) && !CRITERIA_REF.test(c));
  const longest = texts.sort((a, b) => b.length - a.length)[0] ?? '';
  return longest.replace(/\s*(?:;\s*(?:and|or)?|,\s*(?:and|or)?|\s+and)$/i, '').trim();
}

function isHeaderRow(row: string[]): boolean {
  return (
    row.every((c) => c.length <= 60) &&
    row.some((c) => /\b(?:controls?|criteri|cuecs?|#|no\.|ref|description|responsibilit)/i.test(c))
  );
}

/** The items of the list or table that starts after line `from`; empty when none follows. */
function itemsAfter(lines: readonly DocLine[], from: number): Item[] {
  const items: Item[] = [];
  const last = () => items.at(-1);
  let header = false;
  for (let i = from; i < Math.min(lines.length, from + MAX_LINES); i++) {
    const { text, page } = lines[i]!;
    if (isTableLine(text)) {
      const row = cells(text);
      if (!row[0]) {
        const item = last();
        if (!item?.table) break;
        // Under a merged criteria cell the next control has no id: a finished sentence, then a new one.
        const at = row.findIndex(Boolean);
        if (at > 0 && ends(item.cells[at] ?? '') && /^[A-Z]/.test(row[at]!)) {
          items.push({ cells: row, page, table: true });
          continue;
        }
        row.forEach((c, n) => (item.cells[n] = [item.cells[n], c].filter(Boolean).join(' ')));
      } else if (
        MARKER_CELL.test(row[0]) ||
        ROW_ID.test(row[0]) ||
        ((header || items.length) && row[0].length > 40)
      ) {
        items.push({ cells: row, page, table: true });
      } else if (isHeaderRow(row)) header = true;
      else if (items.length) break;
      continue;
    }
    const marker = BULLET.exec(text) ?? NUMBERED.exec(text);
    if (marker) {
      items.push({ cells: [text.slice(marker[0].length)], page, table: false });
      continue;
    }
    const item = last();
    // A wrapped line; in a table only a lowercase one (the cell went on over a page break).
    const open = item && !ends(item.cells.filter(Boolean).at(-1) ?? '');
    if (item && (item.table ? open && /^[a-z]/.test(text) : open || /^[a-z]/.test(text))) {
      const at = item.cells.findLastIndex(Boolean);
      item.cells[at] += ` ${text}`;
      continue;
    }
    // Text before the first item introduces the list; after it, the list is over. A heading or a long
    // run of text before any item means this heading has no list under it.
    if (items.length || i > from + INTRO_LINES || isSubheading(text)) break;
  }
  return items;
}

export function extractCuecs(doc: ReportDoc): Cuec[] {
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i]!.text;
    const heading = isTableLine(line)
      ? cells(line).some((c) => CUEC_HEADING.test(c))
      : !!headingText(line) && CUEC_HEADING.test(line);
    if (!heading) continue;
    // A table whose header row names the CUECs starts on this very line.
    const items = itemsAfter(doc.lines, isTableLine(line) ? i : i + 1)
      .map((item) => ({ text: itemText(item), page: item.page }))
      .filter((c) => c.text.length >= 15);
    if (items.length) return items;
  }
  return [];
}
