/**
 * Reading order from text positions. pdf.js hands out text runs in drawing order, and report tables are
 * often drawn cell by cell or column by column, so the order of the runs means nothing: lines are rebuilt
 * from the baselines instead (top to bottom, then left to right).
 *
 * Tables keep their shape: runs separated by a gap much wider than a space become cells joined by
 * CELL_SEPARATOR, and the wrapped lines of a table row are aligned on the table's columns, with empty
 * cells kept, so `extract-*` can put the pieces of a wrapped cell back together by column.
 *
 * Text at another angle than the page's body (a diagonal watermark) or far larger than it (a "DRAFT"
 * stamp) is not mixed into the body lines: it comes after them, where the running-line filter finds it.
 */

/** One text run as pdf.js `getTextContent()` reports it; only the fields layout needs. */
export interface TextRun {
  str: string;
  /** [a, b, c, d, x, y]: the text matrix; x/y is the start of the baseline in PDF points. */
  transform: readonly number[];
  /** Advance along the baseline, in points. */
  width: number;
  /** Font height, in points. */
  height: number;
}

export const CELL_SEPARATOR = ' | ';

/** A run placed in its own reading frame (baseline horizontal, y growing upwards). */
interface Placed {
  text: string;
  x: number;
  y: number;
  end: number;
  h: number;
}

/** Runs side by side on one baseline, with no wide gap between them. */
interface Segment {
  x: number;
  end: number;
  text: string;
}

interface Line {
  y: number;
  h: number;
  segments: Segment[];
}

/** Degrees of slant within which two runs count as one direction. */
const ANGLE_TOLERANCE = 2;
/** Runs this many times taller than the body text are stamps or watermarks, not body text. */
const OVERSIZE = 2.5;
/** A gap wider than this many font heights (and at least MIN_CELL_GAP points) separates two cells. */
const CELL_GAP = 0.8;
const MIN_CELL_GAP = 6;
/** A gap wider than this many font heights is a space between words. */
const WORD_GAP = 0.12;
/** Lines of one table are at most this many font heights apart (row padding included). */
const ROW_GAP = 3.2;
/** Column starts closer than this (points) are the same column. */
const COLUMN_TOLERANCE = 4;
/** Pages with more runs than this are hostile or not text worth reading; the rest is ignored. */
export const MAX_RUNS_PER_PAGE = 50_000;

const angleOf = (t: readonly number[]) => Math.round((Math.atan2(t[1] ?? 0, t[0] ?? 1) * 180) / Math.PI);
const sameAngle = (a: number, b: number) => {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d) <= ANGLE_TOLERANCE;
};

function place(run: TextRun, angle: number): Placed {
  const rad = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
  const x0 = run.transform[4] ?? 0;
  const y0 = run.transform[5] ?? 0;
  const x = x0 * cos + y0 * sin;
  const h = run.height > 0 ? run.height : Math.hypot(run.transform[2] ?? 0, run.transform[3] ?? 0) || 1;
  return { text: run.str, x, y: -x0 * sin + y0 * cos, end: x + Math.max(0, run.width), h };
}

/** The angle most of the page's characters are written at. */
function bodyAngle(runs: readonly TextRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const a = angleOf(r.transform);
    weight.set(a, (weight.get(a) ?? 0) + r.str.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [a, w] of weight)
    if (w > bestWeight) {
      best = a;
      bestWeight = w;
    }
  return best;
}

/** Median font height weighted by characters: the body text size. */
function bodyHeight(placed: readonly Placed[]): number {
  const sorted = [...placed].sort((a, b) => a.h - b.h);
  const total = sorted.reduce((n, p) => n + p.text.length, 0);
  let seen = 0;
  for (const p of sorted) {
    seen += p.text.length;
    if (seen * 2 >= total) return p.h;
  }
  return sorted.at(-1)?.h ?? 10;
}

/**
 * Whether big text sits across body lines (a "DRAFT" stamp) rather than in a band of its own (a cover
 * title or a large heading, which keep their place).
 */
function overlapsText(big: Placed, body: readonly Placed[], size: number): boolean {
  return body.some((p) => p.h < OVERSIZE * size && p.y > big.y - 0.2 * big.h && p.y < big.y + 0.8 * big.h);
}

/** Word gaps of a justified line stay within this factor of their median. */
const EVEN_SPACING = 1.6;
/** A justified line has at least this many word gaps… */
const MIN_JUSTIFIED_GAPS = 3;
/** …and none wider than this many font heights. */
const MAX_WORD_SPACE = 2.5;

/**
 * A line of justified text drawn word by word: its word gaps are all about as wide, if wider than a
 * plain space. Table rows have narrow gaps inside cells and a few wide ones between them.
 */
function justified(row: readonly Placed[], h: number): boolean {
  const gaps = row.slice(1).map((p, i) => p.x - row[i]!.end);
  const spaces = gaps.filter((g) => g > WORD_GAP * h).sort((a, b) => a - b);
  if (spaces.length < MIN_JUSTIFIED_GAPS || spaces.length < gaps.length * 0.8) return false;
  const median = spaces[Math.floor(spaces.length / 2)]!;
  return spaces.at(-1)! <= EVEN_SPACING * median && spaces.at(-1)! <= MAX_WORD_SPACE * h;
}

/** Groups runs into baselines, top to bottom, and each baseline into segments split at wide gaps. */
export function groupLines(placed: readonly Placed[]): Line[] {
  const sorted = [...placed].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Placed[][] = [];
  let refY = Infinity;
  let refH = 0;
  for (const p of sorted) {
    const current = rows.at(-1);
    if (current && refY - p.y <= 0.5 * Math.min(refH, p.h)) {
      current.push(p);
      refH = Math.max(refH, p.h);
    } else {
      rows.push([p]);
      refY = p.y;
      refH = p.h;
    }
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const h = Math.max(...row.map((p) => p.h));
    const cellGap = justified(row, h) ? Infinity : Math.max(MIN_CELL_GAP, CELL_GAP * h);
    const segments: Segment[] = [];
    for (const p of row) {
      const last = segments.at(-1);
      const gap = last ? p.x - last.end : Infinity;
      if (last && gap <= cellGap) {
        const space = gap > WORD_GAP * h && !/\s$/.test(last.text) && !/^\s/.test(p.text);
        last.text += (space ? ' ' : '') + p.text;
        last.end = Math.max(last.end, p.end);
      } else segments.push({ x: p.x, end: p.end, text: p.text });
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
    return { y: row[0]!.y, h, segments: segments.filter((s) => s.text) };
  });
}

function addColumns(columns: number[], segments: readonly Segment[]): number[] {
  const out = [...columns];
  for (const s of segments) if (!out.some((c) => Math.abs(c - s.x) <= COLUMN_TOLERANCE)) out.push(s.x);
  return out.sort((a, b) => a - b);
}

/** The column a segment starts in: the last column starting at or before it. */
const columnOf = (columns: readonly number[], x: number) =>
  Math.max(
    0,
    columns.findLastIndex((c) => c <= x + COLUMN_TOLERANCE),
  );

/** A lone segment that sits inside one column of the table: a wrapped piece of a cell. */
function fitsColumn(segment: Segment, columns: readonly number[]): boolean {
  const i = columns.findIndex((c) => Math.abs(c - segment.x) <= COLUMN_TOLERANCE);
  if (i < 0) return false;
  const next = columns[i + 1];
  return next === undefined || segment.end <= next + COLUMN_TOLERANCE;
}

/** The cells of one line of a table region, one per column ('' where the column is empty). */
function lineCells(line: Line, columns: readonly number[]): string[] {
  const cells: string[] = columns.map(() => '');
  for (const s of line.segments) {
    const i = columnOf(columns, s.x);
    cells[i] = cells[i] ? `${cells[i]} ${s.text}` : s.text;
  }
  return cells;
}

function formatCells(row: readonly string[]): string {
  const cells = [...row];
  while (cells.length > 1 && !cells.at(-1)) cells.pop();
  // A row with text in its first column only still reads as a table row.
  if (cells.length === 1) return `${cells[0]}${CELL_SEPARATOR.trimEnd()}`;
  return cells.join(CELL_SEPARATOR).replace(/ {2,}/g, ' ').trim();
}

/** A gap this much wider than the table's line spacing separates two rows. */
const ROW_BREAK = 1.35;
/** Steps shorter than this many font heights are half-lines of centred cells, not line spacing. */
const FULL_STEP = 0.8;
/** Lines of one cell are never further apart than this many font heights. */
const MAX_LINE_STEP = 1.75;

/** The lines of a table region split into rows, where the spacing grows (cell padding and borders). */
function tableRows(lines: readonly Line[]): Line[][] {
  const h = Math.min(...lines.map((l) => l.h));
  const steps = lines.slice(1).map((l, i) => lines[i]!.y - l.y);
  // Line spacing within a cell: the shortest full step (rows are further apart, centred cells add half
  // steps). When every row is centred there is no full step inside rows: the font size bounds it then.
  const usual = Math.min(...steps.filter((s) => s >= FULL_STEP * h));
  const rowBreak = Math.min(ROW_BREAK * usual, MAX_LINE_STEP * h);
  const rows: Line[][] = [];
  lines.forEach((line, i) => {
    if (i > 0 && lines[i - 1]!.y - line.y <= rowBreak) rows.at(-1)!.push(line);
    else rows.push([line]);
  });
  return rows;
}

/**
 * A row whose cells are centred vertically has its short cells (the control id, "No exceptions noted.")
 * on a middle line. Moving every column's text to the top of the row puts the id back on the row's
 * first line, as in a top-aligned table, so each row still starts with its id.
 */
function topAligned(cells: string[][]): string[][] {
  const firsts = cells[0]!.map((_, c) => cells.findIndex((line) => line[c]));
  if (!firsts.some((f) => f > 0) || !firsts.includes(0)) return cells;
  const pieces = cells[0]!.map((_, c) => cells.map((line) => line[c]!).filter(Boolean));
  const height = Math.max(...pieces.map((p) => p.length));
  return Array.from({ length: height }, (_, k) => pieces.map((p) => p[k] ?? ''));
}

/** A table region: lines [start, end) and the x of each column. */
interface Region {
  start: number;
  end: number;
  columns: number[];
}

/** The region starting at line `i` (which has at least two segments), grown down and then up. */
function regionAt(lines: readonly Line[], i: number, floor: number): Region {
  let columns = addColumns([], lines[i]!.segments);
  let end = i + 1;
  for (; end < lines.length; end++) {
    const [prev, next] = [lines[end - 1]!, lines[end]!];
    if (prev.y - next.y > ROW_GAP * Math.max(prev.h, next.h)) break;
    if (next.segments.length >= 2) columns = addColumns(columns, next.segments);
    else if (!fitsColumn(next.segments[0]!, columns)) break;
  }
  // A centred row can open with a line whose only text is in a later column (the long activity).
  let start = i;
  while (start > floor) {
    const [prev, line] = [lines[start - 1]!, lines[start]!];
    const only = prev.segments.length === 1 ? prev.segments[0]! : null;
    const late = only && fitsColumn(only, columns) && columnOf(columns, only.x) > 0;
    if (!late || prev.y - line.y > ROW_GAP * Math.max(prev.h, line.h)) break;
    start--;
  }
  return { start, end, columns };
}

/** Lines as text: plain lines as they are, table regions with their cells aligned on shared columns. */
export function linesToText(lines: readonly Line[]): string[] {
  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i++)
    if (lines[i]!.segments.length >= 2) {
      const region = regionAt(lines, i, regions.at(-1)?.end ?? 0);
      regions.push(region);
      i = region.end - 1;
    }
  const out: string[] = [];
  let next = 0;
  for (const { start, end, columns } of regions) {
    for (; next < start; next++) out.push(lines[next]!.segments[0]?.text ?? '');
    for (const row of tableRows(lines.slice(start, end)))
      out.push(...topAligned(row.map((line) => lineCells(line, columns))).map(formatCells));
    next = end;
  }
  for (; next < lines.length; next++) out.push(lines[next]!.segments[0]?.text ?? '');
  return out.filter(Boolean);
}

/** The text lines of one page in reading order: body first, then stamps and watermarks. */
export function pageLines(runs: readonly TextRun[]): string[] {
  const texts = runs.slice(0, MAX_RUNS_PER_PAGE).filter((r) => typeof r.str === 'string' && r.str.trim());
  if (!texts.length) return [];
  const angle = bodyAngle(texts);
  const body: Placed[] = [];
  const overlays = new Map<number, Placed[]>();
  for (const r of texts) {
    const a = angleOf(r.transform);
    if (sameAngle(a, angle)) body.push(place(r, angle));
    else overlays.set(a, [...(overlays.get(a) ?? []), place(r, a)]);
  }
  const size = bodyHeight(body);
  const stamps = new Set(body.filter((p) => p.h >= OVERSIZE * size && overlapsText(p, body, size)));
  const text = linesToText(groupLines(body.filter((p) => !stamps.has(p))));
  if (stamps.size) overlays.set(Infinity, [...stamps]);
  for (const group of overlays.values())
    for (const line of groupLines(group)) text.push(line.segments.map((s) => s.text).join(CELL_SEPARATOR));
  return text;
}
