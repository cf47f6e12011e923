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
export type Row =
  | { text: string; style?: Style; indent?: number }
  | { label: string; value: string };

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
    size: 'A4', bufferPages: true, margins: { top: MARGIN + HEADER_HEIGHT, bottom: MARGIN, left: MARGIN, right: MARGIN },
  });
  replacedCharacters = false;
  private pendingHeading: Row | null = null;

  constructor() {
    const { files } = batchRecordFonts();
    this.doc.registerFont('regular', files.regular);
    this.doc.registerFont('bold', files.bold);
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

  private heightOf(row: Row): number {
    if ('label' in row) {
      this.use('bold', STYLES.body.size);
      const label = this.doc.heightOfString(this.safe(row.label), { width: LABEL_WIDTH, lineGap: LINE_GAP });
      this.use('regular', STYLES.body.size);
      return STYLES.body.gapBefore + Math.max(label, this.doc.heightOfString(this.safe(row.value), { width: this.width - LABEL_WIDTH, lineGap: LINE_GAP }));
    }
    const style = STYLES[row.style ?? 'body'];
    this.use(style.weight, style.size);
    return style.gapBefore + this.doc.heightOfString(this.safe(row.text), { width: this.width - (row.indent ?? 0), lineGap: LINE_GAP });
  }

  private draw(row: Row): void {
    const y = this.doc.y;
    const height = this.heightOf(row);
    // Only a single row longer than a page flows on (PDFKit breaks the page inside it).
    const flows = !this.fits(height);
    if ('label' in row) {
      this.use('bold', STYLES.body.size);
      this.doc.text(this.safe(row.label), MARGIN, y + STYLES.body.gapBefore, { width: LABEL_WIDTH, lineGap: LINE_GAP });
      this.use('regular', STYLES.body.size);
      this.doc.text(this.safe(row.value), MARGIN + LABEL_WIDTH, y + STYLES.body.gapBefore, { width: this.width - LABEL_WIDTH, lineGap: LINE_GAP });
    } else {
      const style = STYLES[row.style ?? 'body'];
      this.use(style.weight, style.size);
      this.doc.text(this.safe(row.text), MARGIN + (row.indent ?? 0), y + style.gapBefore, { width: this.width - (row.indent ?? 0), lineGap: LINE_GAP });
    }
    this.doc.x = MARGIN;
    if (!flows) this.doc.y = y + height;
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
    const heading = this.pendingHeading;
    this.pendingHeading = null;
    const all = heading ? [heading, ...rows] : rows;
    if (all.length === 0) return;
    const height = all.reduce((sum, row) => sum + this.heightOf(row), 0);
    const pageIsEmpty = this.doc.y <= this.doc.page.margins.top;
    if (!this.fits(height) && !pageIsEmpty) this.doc.addPage();
    if (this.fits(height) || all.length === 1) {
      for (const row of all) this.draw(row);
      return;
    }
    const parts = heading && rows.length > 0 ? [[heading, rows[0]], ...rows.slice(1).map((row) => [row])] : all.map((row) => [row]);
    for (const part of parts) this.block(part);
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
      this.doc.moveTo(MARGIN, y + 3).lineTo(this.doc.page.width - MARGIN, y + 3).lineWidth(0.5).stroke();
      this.use('regular', 7.5);
      this.doc.text(`${this.safe(header.footer)} - ${page}`, MARGIN, this.doc.page.height - MARGIN / 2, { width: this.width, lineBreak: false });
    }
  }
}
