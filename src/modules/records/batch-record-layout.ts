import PDFDocument from 'pdfkit';
import { batchRecordFonts, printable, type FontWeight } from './batch-record-font';

const MARGIN = 50;
/** Room above the body for the running header stamped on every page. */
const HEADER_HEIGHT = 78;
const LABEL_WIDTH = 150;
/** Noto Sans SC's own line height (1.45 em) is loose for a dense record. */
const LINE_GAP = -1.5;

type Style = 'title' | 'heading' | 'body';
const STYLES: Record<Style, { weight: FontWeight; size: number; gapBefore: number }> = {
  title: { weight: 'bold', size: 15, gapBefore: 0 },
  heading: { weight: 'bold', size: 11.5, gapBefore: 10 },
  body: { weight: 'regular', size: 9, gapBefore: 1 },
};

/** One printed row: a line of text, or a label with its value beside it. */
export type Row = { text: string; style?: Style; indent?: number } | { label: string; value: string };

interface Cell {
  text: string;
  weight: FontWeight;
  size: number;
  x: number;
  width: number;
}

interface PreparedRow {
  cells: Cell[];
  gapBefore: number;
  height: number;
}

/** What the running header of every page says. */
export interface PageHeader {
  company: string;
  title: string;
  lines: string[];
  footer: string;
}

/**
 * PDFKit with the batch record's rules: every string in the embedded CJK font (characters it lacks
 * become '?', and the writer remembers it), and logical blocks (a signature, a status change, a
 * table row, a heading with its first rows) never split across pages.
 */
export class BatchRecordWriter {
  readonly doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: { top: MARGIN + HEADER_HEIGHT, bottom: MARGIN, left: MARGIN, right: MARGIN },
  });
  replacedCharacters = false;
  private pendingHeading: Row | null = null;

  constructor() {
    const { faces } = batchRecordFonts();
    // PDFKit takes a parsed fontkit font as it takes a file (the types know only files): the
    // fonts are parsed once per process, and each document embeds its own subset.
    this.doc.registerFont('regular', faces.regular as unknown as Buffer);
    this.doc.registerFont('bold', faces.bold as unknown as Buffer);
  }

  private get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  safe(text: string): string {
    const out = printable(text);
    this.replacedCharacters ||= out.replaced;
    return out.text;
  }

  private use(weight: FontWeight, size: number): void {
    this.doc.font(weight).fontSize(size);
  }

  /** The row's cells with their printable text, and its height: measured once, drawn as measured. */
  private prepare(row: Row): PreparedRow {
    const cells: Cell[] =
      'label' in row
        ? [
            { text: this.safe(row.label), weight: 'bold', size: STYLES.body.size, x: MARGIN, width: LABEL_WIDTH },
            { text: this.safe(row.value), weight: 'regular', size: STYLES.body.size, x: MARGIN + LABEL_WIDTH, width: this.width - LABEL_WIDTH },
          ]
        : [{ ...STYLES[row.style ?? 'body'], text: this.safe(row.text), x: MARGIN + (row.indent ?? 0), width: this.width - (row.indent ?? 0) }];
    const gapBefore = 'label' in row ? STYLES.body.gapBefore : STYLES[row.style ?? 'body'].gapBefore;
    const height =
      gapBefore +
      Math.max(
        ...cells.map((cell) => {
          this.use(cell.weight, cell.size);
          return this.doc.heightOfString(cell.text, { width: cell.width, lineGap: LINE_GAP });
        }),
      );
    return { cells, gapBefore, height };
  }

  private draw(row: PreparedRow): void {
    const y = this.doc.y;
    // Only a single row longer than a page flows on (PDFKit breaks the page inside it).
    const flows = !this.fits(row.height);
    for (const cell of row.cells) {
      this.use(cell.weight, cell.size);
      this.doc.text(cell.text, cell.x, y + row.gapBefore, { width: cell.width, lineGap: LINE_GAP });
    }
    this.doc.x = MARGIN;
    if (!flows) this.doc.y = y + row.height;
  }

  private fits(height: number): boolean {
    return this.doc.y + height <= this.doc.page.height - this.doc.page.margins.bottom;
  }

  /**
   * Rows printed on one page: a new page first when they do not fit on this one. A block taller
   * than a whole page (never a signature) is printed row by row, each row still whole, the
   * heading kept with the first row.
   */
  block(rows: Row[]): void {
    this.printWhole(rows.map((row) => this.prepare(row)));
  }

  private printWhole(rows: PreparedRow[]): void {
    const heading = this.pendingHeading ? this.prepare(this.pendingHeading) : null;
    this.pendingHeading = null;
    const all = heading ? [heading, ...rows] : rows;
    if (all.length === 0) return;
    const height = all.reduce((sum, row) => sum + row.height, 0);
    const pageIsEmpty = this.doc.y <= this.doc.page.margins.top;
    if (!this.fits(height) && !pageIsEmpty) this.doc.addPage();
    if (this.fits(height) || all.length === 1) {
      for (const row of all) this.draw(row);
      return;
    }
    const parts = heading && rows.length > 0 ? [[heading, rows[0]], ...rows.slice(1).map((row) => [row])] : all.map((row) => [row]);
    for (const part of parts) this.printWhole(part);
  }

  /** A section heading: printed with the section's first block, never alone at the foot of a page. */
  heading(text: string): void {
    if (this.pendingHeading) this.block([]);
    this.pendingHeading = { text, style: 'heading' };
  }

  title(text: string): void {
    this.block([{ text, style: 'title' }]);
  }

  /** A block of label/value rows. */
  fields(fields: [string, string][]): void {
    this.block(fields.map(([label, value]) => ({ label, value })));
  }

  /**
   * A group with a head and rows (an inspection and its readings): the head stays with its first
   * rows, every row stays whole.
   */
  group(head: Row[], rows: Row[], keepWithHead = 2): void {
    this.block([...head, ...rows.slice(0, keepWithHead)]);
    for (const row of rows.slice(keepWithHead)) this.block([row]);
  }

  none(): void {
    this.block([{ text: 'None recorded.' }]);
  }

  /** Stamps the running header and footer on every page, once the page count is known. */
  stampPages(header: PageHeader): void {
    if (this.pendingHeading) this.block([]);
    const range = this.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      // Writing inside the margins would otherwise start a new page.
      this.doc.page.margins = { top: 0, bottom: 0, left: MARGIN, right: MARGIN };
      const page = `Page ${i + 1} of ${range.count}`;
      let y = MARGIN - 14;
      this.use('regular', 8.5);
      this.doc.text(page, MARGIN, y, { width: this.width, align: 'right', lineBreak: false });
      this.use('bold', 10);
      this.doc.text(this.safe(header.company), MARGIN, y, { width: this.width - 90, height: 14, ellipsis: true, lineBreak: false });
      y += 15;
      this.use('bold', 9);
      this.doc.text(this.safe(header.title), MARGIN, y, { width: this.width, lineBreak: false });
      y += 13;
      this.use('regular', 8);
      for (const line of header.lines) {
        this.doc.text(this.safe(line), MARGIN, y, { width: this.width, height: 11, ellipsis: true, lineBreak: false });
        y += 11;
      }
      this.doc
        .moveTo(MARGIN, y + 3)
        .lineTo(this.doc.page.width - MARGIN, y + 3)
        .lineWidth(0.5)
        .stroke();
      this.use('regular', 7.5);
      this.doc.text(`${this.safe(header.footer)} - ${page}`, MARGIN, this.doc.page.height - MARGIN / 2, { width: this.width, lineBreak: false });
    }
  }
}
