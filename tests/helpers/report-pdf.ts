/**
 * Test-only: lays out a report document (headings, paragraphs, lists, tables, signature lines) on Letter
 * pages with pdf-lib's standard fonts, the way a word processor would, plus running headers, footers, a
 * watermark and page labels. Tables can be drawn column by column, so the PDF's drawing order is not its
 * reading order (as in many real SOC reports).
 */
import { PDFDocument, PDFName, StandardFonts, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export type Block =
  | { type: 'title'; lines: { text: string; size?: number; bold?: boolean }[] }
  | { type: 'heading'; text: string; size?: number }
  | { type: 'paragraph'; text: string; bold?: boolean; indent?: number; size?: number }
  | {
      type: 'list';
      items: string[];
      /** 'shape': a filled circle drawn as graphics, as HTML-to-PDF tools draw list bullets (no text). */
      marker: 'bullet' | 'dash' | 'number' | 'letter' | 'shape';
      /** Text starts at a tab stop after the marker (a wide gap) instead of one space after it. */
      tab?: boolean;
    }
  | {
      type: 'table';
      columns: { header: string; width: number }[];
      rows: string[][];
      /** 'columns' draws every cell of column 1, then column 2…; 'rows' draws row by row. */
      order?: 'rows' | 'columns';
      /** 'middle' centres each cell's lines in its row, as some report generators do. @default 'top' */
      valign?: 'top' | 'middle';
      size?: number;
    }
  /** Lines drawn as they are (signature blocks); `right` puts a second text at the right margin. */
  | { type: 'lines'; lines: (string | { left: string; right: string })[]; gapBefore?: number }
  | { type: 'pageBreak' }
  | { type: 'spacer'; height: number };

export interface ReportDocument {
  blocks: Block[];
  /** Running header (left, right) on every page after the first `plainPages`. */
  header?: { left?: string; right?: string };
  /** Running footer; `{page}` and `{pages}` are replaced by the physical page number and count. */
  footer?: { left?: string; center?: string; right?: string };
  watermark?: { text: string; angle: number; size: number };
  /** Pages at the start without header and footer (the cover). @default 1 */
  plainPages?: number;
  /** Paragraphs justified and drawn word by word, as some PDF producers write them. */
  justify?: boolean;
  /** PDF page labels: from `start` (0-based page index), numbering style 'r' (i, ii…) or 'D' (1, 2…). */
  pageLabels?: { start: number; style: 'r' | 'D' }[];
}

const PAGE = { width: 612, height: 792 };
const MARGIN = { left: 72, right: 72, top: 80, bottom: 72 };
const BODY = 10;
const LEADING = 1.3;
const CELL_PAD = 5;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

class Layout {
  pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  justify = false;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  need(height: number) {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  text(text: string, x: number, size: number, bold = false) {
    this.page.drawText(text, {
      x,
      y: this.y - size,
      size,
      font: bold ? this.fonts.bold : this.fonts.regular,
    });
  }

  /** One line of justified text, each word drawn on its own. */
  words(line: string, x: number, width: number, size: number, font: PDFFont) {
    const words = line.split(' ');
    const total = words.reduce((n, w) => n + font.widthOfTextAtSize(w, size), 0);
    const gap = (width - total) / Math.max(1, words.length - 1);
    for (const w of words) {
      this.page.drawText(w, { x, y: this.y - size, size, font });
      x += font.widthOfTextAtSize(w, size) + gap;
    }
  }

  paragraph(text: string, size = BODY, bold = false, indent = 0) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const width = PAGE.width - MARGIN.left - MARGIN.right - indent;
    const lines = wrap(text, font, size, width);
    lines.forEach((line, i) => {
      this.need(size * LEADING);
      if (this.justify && i < lines.length - 1) this.words(line, MARGIN.left + indent, width, size, font);
      else this.text(line, MARGIN.left + indent, size, bold);
      this.y -= size * LEADING;
    });
    this.y -= size * 0.6;
  }
}

function listMarker(marker: Extract<Block, { type: 'list' }>['marker'], i: number): string {
  if (marker === 'bullet') return '•';
  if (marker === 'dash') return '–';
  if (marker === 'number') return `${i + 1}.`;
  if (marker === 'letter') return `${String.fromCharCode(97 + i)}.`;
  return '';
}

function drawList(layout: Layout, block: Extract<Block, { type: 'list' }>) {
  const { regular } = layout.fonts;
  const indent = 18;
  // Shape bullets always sit at a tab stop, as HTML list items do.
  const tab = block.tab || block.marker === 'shape';
  const textX = MARGIN.left + indent + (tab ? 18 : 0);
  block.items.forEach((item, i) => {
    const marker = listMarker(block.marker, i);
    const lines = wrap(item, regular, BODY, PAGE.width - MARGIN.right - textX);
    lines.forEach((line, n) => {
      layout.need(BODY * LEADING);
      if (n === 0 && block.marker === 'shape')
        layout.page.drawCircle({
          x: MARGIN.left + indent + 3,
          y: layout.y - BODY * 0.65,
          size: 2,
          color: rgb(0, 0, 0),
        });
      else if (n === 0 && tab) layout.text(marker, MARGIN.left + indent, BODY);
      if (tab) layout.text(line, textX, BODY);
      else if (n === 0) layout.text(`${marker} ${line}`, MARGIN.left + indent, BODY);
      else layout.text(line, textX + regular.widthOfTextAtSize(`${marker} `, BODY), BODY);
      layout.y -= BODY * LEADING;
    });
    layout.y -= 3;
  });
  layout.y -= BODY * 0.6;
}

function drawTable(layout: Layout, block: Extract<Block, { type: 'table' }>) {
  const size = block.size ?? 8.5;
  const leading = size * 1.25;
  const { regular, bold } = layout.fonts;
  const xs: number[] = [];
  let x = MARGIN.left;
  for (const c of block.columns) {
    xs.push(x);
    x += c.width;
  }
  const wrapRow = (cells: string[], font: PDFFont) =>
    cells.map((cell, i) => wrap(cell, font, size, block.columns[i]!.width - 2 * CELL_PAD));
  const header = wrapRow(
    block.columns.map((c) => c.header),
    bold,
  );
  const heightOf = (cells: string[][]) => Math.max(...cells.map((c) => c.length)) * leading + 2 * CELL_PAD;

  // Rows go on pages first; then each page's cells are drawn in the chosen order.
  type Placed = { cells: string[][]; top: number; height: number; font: PDFFont };
  let onPage: Placed[] = [];
  const flush = () => {
    const cols = block.columns.map((_, i) => i);
    const draw = (r: Placed, col: number) => {
      const lines = r.cells[col]!;
      const rowLines = Math.max(...r.cells.map((c) => c.length));
      const offset = block.valign === 'middle' ? ((rowLines - lines.length) * leading) / 2 : 0;
      lines.forEach((line, n) =>
        layout.page.drawText(line, {
          x: xs[col]! + CELL_PAD,
          y: r.top - CELL_PAD - size - offset - n * leading,
          size,
          font: r.font,
        }),
      );
    };
    if (block.order === 'columns') for (const c of cols) for (const r of onPage) draw(r, c);
    else for (const r of onPage) for (const c of cols) draw(r, c);
    for (const r of onPage)
      layout.page.drawRectangle({
        x: MARGIN.left,
        y: r.top - r.height,
        width: x - MARGIN.left,
        height: r.height,
        borderColor: rgb(0.6, 0.6, 0.6),
        borderWidth: 0.5,
      });
    onPage = [];
  };
  const place = (cells: string[][], font: PDFFont) => {
    const height = heightOf(cells);
    onPage.push({ cells, top: layout.y, height, font });
    layout.y -= height;
  };
  layout.need(heightOf(header) * 2);
  place(header, bold);
  for (const row of block.rows) {
    const cells = wrapRow(row, regular);
    if (layout.y - heightOf(cells) < MARGIN.bottom) {
      flush();
      layout.newPage();
      place(header, bold);
    }
    place(cells, regular);
  }
  flush();
  layout.y -= BODY;
}

function drawBlock(layout: Layout, block: Block) {
  const { bold } = layout.fonts;
  switch (block.type) {
    case 'title':
      layout.y -= 120;
      for (const line of block.lines) {
        const size = line.size ?? 16;
        const font = line.bold === false ? layout.fonts.regular : bold;
        for (const part of wrap(line.text, font, size, 420)) {
          const width = font.widthOfTextAtSize(part, size);
          layout.text(part, (PAGE.width - width) / 2, size, line.bold !== false);
          layout.y -= size * 1.4;
        }
        layout.y -= 10;
      }
      return;
    case 'heading': {
      const size = block.size ?? 13;
      layout.need(size * 4);
      layout.y -= 6;
      layout.paragraph(block.text, size, true);
      return;
    }
    case 'paragraph':
      layout.paragraph(block.text, block.size, block.bold, block.indent);
      return;
    case 'list':
      drawList(layout, block);
      return;
    case 'table':
      drawTable(layout, block);
      return;
    case 'lines':
      layout.y -= block.gapBefore ?? 0;
      layout.need(block.lines.length * BODY * LEADING);
      for (const line of block.lines) {
        if (typeof line === 'string') layout.text(line, MARGIN.left, BODY);
        else {
          layout.text(line.left, MARGIN.left, BODY);
          const w = layout.fonts.regular.widthOfTextAtSize(line.right, BODY);
          layout.text(line.right, PAGE.width - MARGIN.right - w, BODY);
        }
        layout.y -= BODY * LEADING;
      }
      layout.y -= BODY * 0.6;
      return;
    case 'pageBreak':
      layout.newPage();
      return;
    case 'spacer':
      layout.y -= block.height;
      return;
  }
}

function decorate(doc: ReportDocument, pages: PDFPage[], fonts: Fonts) {
  const plain = doc.plainPages ?? 1;
  const size = 8;
  const fill = (s: string, i: number) =>
    s.replace('{page}', String(i + 1)).replace('{pages}', String(pages.length));
  pages.forEach((page, i) => {
    if (doc.watermark) {
      const { text, angle, size: wsize } = doc.watermark;
      const w = fonts.bold.widthOfTextAtSize(text, wsize);
      const rad = (angle * Math.PI) / 180;
      page.drawText(text, {
        x: PAGE.width / 2 - (w / 2) * Math.cos(rad),
        y: PAGE.height / 2 - (w / 2) * Math.sin(rad),
        size: wsize,
        font: fonts.bold,
        rotate: degrees(angle),
        color: rgb(0.85, 0.85, 0.85),
        opacity: 0.4,
      });
    }
    if (i < plain) return;
    const at = (text: string | undefined, y: number, align: 'left' | 'center' | 'right') => {
      if (!text) return;
      const t = fill(text, i);
      const w = fonts.regular.widthOfTextAtSize(t, size);
      const x =
        align === 'left'
          ? MARGIN.left
          : align === 'right'
            ? PAGE.width - MARGIN.right - w
            : (PAGE.width - w) / 2;
      page.drawText(t, { x, y, size, font: fonts.regular, color: rgb(0.3, 0.3, 0.3) });
    };
    at(doc.header?.left, PAGE.height - 45, 'left');
    at(doc.header?.right, PAGE.height - 45, 'right');
    at(doc.footer?.left, 40, 'left');
    at(doc.footer?.center, 40, 'center');
    at(doc.footer?.right, 40, 'right');
  });
}

/** The document as PDF bytes. */
export async function renderReport(doc: ReportDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const layout = new Layout(pdf, fonts);
  layout.justify = doc.justify ?? false;
  for (const block of doc.blocks) drawBlock(layout, block);
  decorate(doc, layout.pages, fonts);
  if (doc.pageLabels?.length)
    pdf.catalog.set(
      PDFName.of('PageLabels'),
      pdf.context.obj({ Nums: doc.pageLabels.flatMap((l) => [l.start, { S: l.style }]) }),
    );
  pdf.setCreator('Vendorscope test fixtures');
  return pdf.save({ useObjectStreams: false });
}
