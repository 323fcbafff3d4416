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

/** A CUEC written as a plain sentence on its own line, when the list's bullets are drawn as shapes. */
const STATEMENT =
  /^(?:the\s+)?(?:user\s+entit(?:y|ies)|customers?|clients?|subscribers?)\b.{0,80}?\b(?:responsible|should|must|are expected|ensur|maintain|review|establish|implement|notify|determin|restrict|protect)/i;

interface Item {
  cells: string[];
  page: string;
  /** 'table': a row of cells; 'marker': a bullet or number; 'statement': a plain sentence line. */
  from: 'table' | 'marker' | 'statement';
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

/** Reads the list or table under a CUEC heading, one line at a time; each method says whether to go on. */
class ListReader {
  items: Item[] = [];
  private header = false;
  /** Whether the line before ended a sentence (or was the heading): a statement item starts only there. */
  private afterSentence = true;

  private get last(): Item | undefined {
    return this.items.at(-1);
  }

  /** A bulleted or tabled item; plain statements before it were the list's introduction, not items. */
  private push(item: Item) {
    if (this.items.every((i) => i.from === 'statement')) this.items = [];
    this.items.push(item);
  }

  /** A row of cells: a new item, a repeated header, or the wrapped rest of the item above. */
  tableLine(row: string[], page: string): boolean {
    const item = this.last;
    if (!row[0]) {
      if (item?.from !== 'table') return false;
      // Under a merged criteria cell the next control has no id: a finished sentence, then a new one.
      const at = row.findIndex(Boolean);
      if (at > 0 && ends(item.cells[at] ?? '') && /^[A-Z]/.test(row[at]!))
        this.push({ cells: row, page, from: 'table' });
      else row.forEach((c, n) => (item.cells[n] = [item.cells[n], c].filter(Boolean).join(' ')));
      return true;
    }
    const longText = (this.header || this.items.length > 0) && row[0].length > 40;
    if (MARKER_CELL.test(row[0]) || ROW_ID.test(row[0]) || longText) {
      this.push({ cells: row, page, from: 'table' });
      return true;
    }
    if (isHeaderRow(row)) return (this.header = true);
    return this.items.length === 0;
  }

  /** A line without cells: a bulleted item, a statement item, the wrapped rest of an item, or the end. */
  plainLine(text: string, page: string, intro: boolean): boolean {
    const afterSentence = this.afterSentence;
    this.afterSentence = ends(text);
    const marker = BULLET.exec(text) ?? NUMBERED.exec(text);
    if (marker) {
      this.push({ cells: [text.slice(marker[0].length)], page, from: 'marker' });
      return true;
    }
    const item = this.last;
    // A wrapped line; in a table only a lowercase one (the cell went on over a page break).
    const open = item && !ends(item.cells.filter(Boolean).at(-1) ?? '');
    if (item && (item.from === 'table' ? open && /^[a-z]/.test(text) : open || /^[a-z]/.test(text))) {
      item.cells[item.cells.findLastIndex(Boolean)] += ` ${text}`;
      return true;
    }
    if (
      (!item || item.from === 'statement') &&
      afterSentence &&
      /^[A-Z]/.test(text) &&
      STATEMENT.test(text)
    ) {
      this.items.push({ cells: [text], page, from: 'statement' });
      return true;
    }
    // Text before the first item introduces the list; after it, the list is over. A heading or a long
    // run of text before any item means this heading has no list under it.
    return !item && intro && !isSubheading(text);
  }
}

/** The items of the list or table that starts after line `from`; empty when none follows. */
function itemsAfter(lines: readonly DocLine[], from: number): Item[] {
  const reader = new ListReader();
  for (let i = from; i < Math.min(lines.length, from + MAX_LINES); i++) {
    const { text, page } = lines[i]!;
    const goOn = isTableLine(text)
      ? reader.tableLine(cells(text), page)
      : reader.plainLine(text, page, i <= from + INTRO_LINES);
    if (!goOn) break;
  }
  return reader.items;
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
