// What the claim file and the formal letter share: an A4 page with jsPDF, text that wraps,
// tables (jspdf-autotable), page footers, the document's language for money and dates, and the
// font question.
//
// Fonts: jsPDF's standard fonts encode WinAnsi (Windows-1252), which covers Spanish accents,
// "ñ", "€" and typographic quotes. A name outside it ("Łódź Sp. z o.o.", "ООО Ромашка",
// "Ελληνική Εταιρεία") needs a font that has its glyphs: DejaVu Sans (free licence, Bitstream
// Vera derivative, see node_modules/dejavu-fonts-ttf/LICENSE) is embedded then, and only then —
// jsPDF writes just the glyphs used (Identity-H with a ToUnicode map, so the text stays
// searchable). The document is drawn once with the standard fonts while every string is checked;
// if one needs more, it is drawn again with DejaVu, which the caller loads on demand.
// DejaVu has no Chinese, Japanese, Korean, Indic or Thai glyphs, and jsPDF does not shape
// right-to-left scripts: those characters print as "?" and are reported, so the user is told;
// the JSON attached to the claim file keeps every name exactly.
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput } from 'jspdf-autotable';
import { formatMoney, type Money } from '../money';
import type { IsoDate } from '../dates';
import { createTranslator, type Translate } from '../i18n/translate';
import type { ClaimLanguage } from './claim-data';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** Fetches DejaVu Sans when a document needs it (claim-pdf-fonts.ts in the browser; files in tests). */
export type FontLoader = () => Promise<PdfFonts>;

export interface MadePdf {
  bytes: Uint8Array;
  /** Characters no embedded font can draw; they print as "?". */
  missingGlyphs: string[];
  /** Whether DejaVu Sans was embedded. */
  embeddedFont: boolean;
}

/** Windows-1252 beyond Latin-1: what the standard fonts draw besides U+0020–U+007E and U+00A0–U+00FF. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function isWinAnsi(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || CP1252_EXTRA.has(char)) continue;
    return false;
  }
  return true;
}

/** Scripts DejaVu Sans has no glyphs for, or that jsPDF cannot lay out (right to left), and pictographs. */
const UNDRAWABLE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Ethiopic}\p{Script=Arabic}\p{Script=Hebrew}\p{Extended_Pictographic}]/u;

/** Spaces Intl puts in numbers and dates that no standard font has; a no-break space reads the same. */
const ODD_SPACES = /[\u2009\u202f\u2007]/g;

export function documentLocale(language: ClaimLanguage, debtorLocale: string): string {
  if (debtorLocale.toLowerCase().startsWith(`${language}-`)) return debtorLocale;
  return language === 'es' ? 'es-ES' : 'en-GB';
}

/** The words, money and dates of a document in its language. */
export interface DocumentText {
  t: Translate;
  locale: string;
  money(money: Money): string;
  moneyList(list: readonly Money[]): string;
  day(date: IsoDate | null): string;
  longDay(date: IsoDate): string;
  percent(basisPoints: number): string;
  none: string;
}

export function documentText(language: ClaimLanguage, debtorLocale: string): DocumentText {
  const locale = documentLocale(language, debtorLocale);
  const t = createTranslator(locale);
  const medium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const money = (value: Money) => formatMoney(value, locale, 'customer');
  const none = t('claim.none');
  return {
    t,
    locale,
    money,
    moneyList: (list) => (list.length === 0 ? none : list.map(money).join(' + ')),
    day: (date) => (date ? medium.format(new Date(`${date}T00:00:00Z`)) : none),
    longDay: (date) => long.format(new Date(`${date}T00:00:00Z`)),
    // Display only: the arithmetic stays in basis points.
    percent: (basisPoints) => percent.format(basisPoints / 10_000),
    none,
  };
}

const PAGE_MARGIN = 50;
const FOOTER_SPACE = 36;
const REGULAR = 'DejaVuSans';

export type Align = 'left' | 'right' | 'center';

export interface TableOptions {
  align?: readonly Align[];
  /** Column widths in points; the rest share what is left. */
  widths?: readonly (number | undefined)[];
  fontSize?: number;
  /** Columns drawn in a monospaced font (hashes). */
  mono?: readonly number[];
  /** Rows drawn bold (totals), by index. */
  boldRows?: readonly number[];
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Text quoted in full under the row before it, in `groupedTable`. */
export interface QuotedRow {
  quoted: string;
}

/** One pass over a document: jsPDF plus the checks on every string it is given. */
export class PdfWriter {
  readonly doc: jsPDF;
  readonly width: number;
  readonly height: number;
  y = PAGE_MARGIN;
  /** A string outside WinAnsi was drawn with the standard fonts. */
  needsFont = false;
  readonly missingGlyphs = new Set<string>();
  private readonly family: string;

  constructor(fonts: PdfFonts | null, title: string) {
    this.doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
    this.width = this.doc.internal.pageSize.getWidth();
    this.height = this.doc.internal.pageSize.getHeight();
    if (fonts) {
      this.doc.addFileToVFS('DejaVuSans.ttf', toBase64(fonts.regular));
      this.doc.addFileToVFS('DejaVuSans-Bold.ttf', toBase64(fonts.bold));
      this.doc.addFont('DejaVuSans.ttf', REGULAR, 'normal', undefined, 'Identity-H');
      this.doc.addFont('DejaVuSans-Bold.ttf', REGULAR, 'bold', undefined, 'Identity-H');
      this.family = REGULAR;
    } else {
      this.family = 'helvetica';
    }
    this.doc.setProperties({ title: this.clean(title), creator: 'Cobro' });
    this.doc.setFont(this.family, 'normal');
    this.doc.setLineHeightFactor(1.3);
  }

  get contentWidth(): number {
    return this.width - 2 * PAGE_MARGIN;
  }

  get left(): number {
    return PAGE_MARGIN;
  }

  /** The text as it can be drawn; notes what needs the embedded font or cannot be drawn at all. */
  clean(text: string): string {
    let out = '';
    for (const char of text.replace(ODD_SPACES, '\u00a0')) {
      if (UNDRAWABLE.test(char)) {
        this.missingGlyphs.add(char);
        out += '?';
      } else {
        out += char;
      }
    }
    if (this.family !== REGULAR && !isWinAnsi(out)) this.needsFont = true;
    return out;
  }

  ensure(space: number): void {
    if (this.y + space > this.height - PAGE_MARGIN - FOOTER_SPACE + 20) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE_MARGIN;
  }

  private font(size: number, bold = false): void {
    this.doc.setFont(this.family, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
  }

  /** A heading kept on the same page as the first lines (or table rows) after it. */
  heading(text: string, size = 13): void {
    this.ensure(size * 3 + 90);
    this.y += size * 0.6;
    this.font(size, true);
    const lines = this.doc.splitTextToSize(this.clean(text), this.contentWidth) as string[];
    this.doc.text(lines, PAGE_MARGIN, this.y, { baseline: 'top' });
    this.y += lines.length * size * 1.3 + size * 0.4;
  }

  /** Wrapped text; `x` indents it (for lists). */
  paragraph(text: string, options: { size?: number; bold?: boolean; gap?: number; indent?: number; align?: 'left' | 'right' } = {}): void {
    const size = options.size ?? 9.5;
    const indent = options.indent ?? 0;
    this.font(size, options.bold);
    const lines = this.doc.splitTextToSize(this.clean(text), this.contentWidth - indent) as string[];
    for (const line of lines) {
      this.ensure(size * 1.4);
      if (options.align === 'right') this.doc.text(line, this.width - PAGE_MARGIN, this.y, { baseline: 'top', align: 'right' });
      else this.doc.text(line, PAGE_MARGIN + indent, this.y, { baseline: 'top' });
      this.y += size * 1.3;
    }
    this.y += options.gap ?? size * 0.5;
  }

  bullets(items: readonly string[], size = 9.5): void {
    for (const item of items) {
      this.font(size);
      this.ensure(size * 1.4);
      this.doc.text('•', PAGE_MARGIN + 4, this.y, { baseline: 'top' });
      this.paragraph(item, { size, indent: 14, gap: 2 });
    }
    this.y += size * 0.4;
  }

  /** Label and value pairs, the labels in a narrow bold column. */
  fields(rows: readonly (readonly [string, string])[], labelWidth = 110): void {
    this.table(
      [],
      rows.map(([label, value]) => [label, value]),
      { widths: [labelWidth], fontSize: 9.5, boldColumn: 0, plain: true },
    );
  }

  table(head: readonly string[], body: readonly (readonly string[])[], options: TableOptions & { boldColumn?: number; plain?: boolean } = {}): void {
    const fontSize = options.fontSize ?? 8;
    const columnStyles: Record<number, object> = {};
    const count = Math.max(head.length, ...body.map((row) => row.length));
    for (let index = 0; index < count; index += 1) {
      const width = options.widths?.[index];
      columnStyles[index] = {
        halign: options.align?.[index] ?? 'left',
        ...(width ? { cellWidth: width } : {}),
        ...(options.mono?.includes(index) ? { font: 'courier' } : {}),
        ...(options.boldColumn === index ? { fontStyle: 'bold' } : {}),
      };
    }
    const bold = new Set(options.boldRows ?? []);
    const rows: RowInput[] = body.map((row, index) =>
      row.map((cell) => ({ content: this.clean(cell), ...(bold.has(index) ? { styles: { fontStyle: 'bold' as const } } : {}) })),
    );
    // A short table (parties, totals) stays on one page; a long one may break between rows.
    const rowHeight = fontSize * 1.3 + 8;
    this.ensure(body.length <= 8 ? (body.length + (head.length > 0 ? 1 : 0)) * rowHeight : rowHeight * 3);
    autoTable(this.doc, {
      startY: this.y,
      margin: { left: PAGE_MARGIN, right: PAGE_MARGIN, top: PAGE_MARGIN, bottom: PAGE_MARGIN + FOOTER_SPACE - 20 },
      head: head.length > 0 ? [head.map((cell) => this.clean(cell))] : [],
      body: rows,
      theme: options.plain ? 'plain' : 'striped',
      rowPageBreak: 'avoid',
      styles: { font: this.family, fontSize, cellPadding: options.plain ? { top: 1.5, bottom: 1.5, left: 0, right: 6 } : 3, overflow: 'linebreak', valign: 'top', textColor: 20 },
      headStyles: { fillColor: [232, 236, 241], textColor: 20, fontStyle: 'bold' },
      alternateRowStyles: { fillColor: [248, 249, 251] },
      columnStyles,
    });
    this.y = ((this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? this.y) + 10;
  }

  /**
   * A striped table of row groups: a row and the text quoted in full under it (what an e-mail
   * said) share one shade and start on the same page when they fit on one; a group taller than a
   * page runs on, the header repeated. A quoted cell spans every column, smaller, indented behind
   * a rule. Columns without a width share what is left of the page, as in `table`.
   */
  groupedTable(head: readonly string[], groups: readonly (readonly (readonly string[] | QuotedRow)[])[], options: TableOptions = {}): void {
    const fontSize = options.fontSize ?? 8;
    const quotedSize = fontSize - 0.5;
    const padding = 3;
    const quotedPadding = { top: 1, bottom: 6, left: 34, right: 10 };
    const columns = head.length;
    const given = (options.widths ?? []).reduce<number>((sum, width) => sum + (width ?? 0), 0);
    const unsized = Array.from({ length: columns }, (_, index) => options.widths?.[index]).filter((width) => !width).length;
    const widthOf = (index: number) => options.widths?.[index] ?? (this.contentWidth - given) / Math.max(unsized, 1);
    const columnStyles: Record<number, object> = {};
    for (let index = 0; index < columns; index += 1) {
      const width = options.widths?.[index];
      columnStyles[index] = { halign: options.align?.[index] ?? 'left', ...(width ? { cellWidth: width } : {}) };
    }
    // What a group needs on the page, as autotable will lay it out (lines × size × line height + padding).
    const linesOf = (text: string, width: number, size: number) => {
      this.font(size);
      return (this.doc.splitTextToSize(this.clean(text), width) as string[]).length;
    };
    const heightOf = (row: readonly string[] | QuotedRow) =>
      'quoted' in row
        ? linesOf(row.quoted, this.contentWidth - quotedPadding.left - quotedPadding.right, quotedSize) * quotedSize * 1.3 + quotedPadding.top + quotedPadding.bottom
        : Math.max(...row.map((cell, index) => linesOf(cell, widthOf(index) - 2 * padding, fontSize) * fontSize * 1.3 + 2 * padding));
    const headHeight = fontSize * 1.3 + 2 * padding;
    const bottom = this.height - PAGE_MARGIN - FOOTER_SPACE + 20;
    const STRIPE: [number, number, number] = [248, 249, 251];

    groups.forEach((group, groupIndex) => {
      const needed = group.reduce((sum, row) => sum + heightOf(row), 0);
      const fitsOnAPage = needed + headHeight <= bottom - PAGE_MARGIN;
      let showHead = groupIndex === 0;
      if (this.y + needed + (showHead ? headHeight : 0) > bottom && (fitsOnAPage || this.y + headHeight * 3 > bottom)) {
        this.newPage();
        showHead = true;
      }
      const fill = groupIndex % 2 === 1 ? STRIPE : ([255, 255, 255] as [number, number, number]);
      const quotedCells = new Set<unknown>();
      const body: RowInput[] = group.map((row) => {
        if (!('quoted' in row)) return row.map((cell) => ({ content: this.clean(cell) }));
        const cell = {
          content: this.clean(row.quoted),
          colSpan: columns,
          styles: { fontSize: quotedSize, textColor: 55, halign: 'left' as const, cellPadding: quotedPadding },
        };
        quotedCells.add(cell);
        return [cell];
      });
      autoTable(this.doc, {
        startY: this.y,
        margin: { left: PAGE_MARGIN, right: PAGE_MARGIN, top: PAGE_MARGIN, bottom: PAGE_MARGIN + FOOTER_SPACE - 20 },
        head: [head.map((cell) => this.clean(cell))],
        showHead: showHead ? 'everyPage' : 'never',
        body,
        theme: 'plain',
        rowPageBreak: 'avoid',
        styles: { font: this.family, fontSize, cellPadding: padding, overflow: 'linebreak', valign: 'top', textColor: 20, fillColor: fill },
        headStyles: { fillColor: [232, 236, 241], textColor: 20, fontStyle: 'bold' },
        columnStyles,
        didDrawCell: (hook) => {
          if (hook.section !== 'body' || !quotedCells.has(hook.cell.raw)) return;
          this.doc.setDrawColor(170);
          this.doc.setLineWidth(1.2);
          this.doc.line(hook.cell.x + 26, hook.cell.y + 1, hook.cell.x + 26, hook.cell.y + hook.cell.height - 5);
        },
      });
      this.y = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? this.y;
    });
    this.y += 10;
  }

  rule(): void {
    this.doc.setDrawColor(200);
    this.doc.line(PAGE_MARGIN, this.y, this.width - PAGE_MARGIN, this.y);
    this.y += 8;
  }

  /** Writes each page's footer once everything is laid out. */
  footers(text: (page: number, pages: number) => string): void {
    const pages = this.doc.getNumberOfPages();
    for (let page = 1; page <= pages; page += 1) {
      this.doc.setPage(page);
      this.font(7.5);
      this.doc.setTextColor(90);
      this.doc.text(this.clean(text(page, pages)), this.width / 2, this.height - PAGE_MARGIN + 14, { align: 'center' });
      this.doc.setTextColor(0);
    }
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.doc.output('arraybuffer'));
  }
}

/**
 * Draws the document with the standard fonts; if any string needs more, loads DejaVu Sans and
 * draws it again with it embedded.
 */
export async function drawDocument(title: string, draw: (writer: PdfWriter) => void, loadFonts: FontLoader): Promise<MadePdf> {
  const plain = new PdfWriter(null, title);
  draw(plain);
  if (!plain.needsFont) return { bytes: plain.bytes(), missingGlyphs: [...plain.missingGlyphs], embeddedFont: false };
  const embedded = new PdfWriter(await loadFonts(), title);
  draw(embedded);
  return { bytes: embedded.bytes(), missingGlyphs: [...embedded.missingGlyphs], embeddedFont: true };
}

/** "expediente-clinica-sonrisa-2026-12-02.pdf": plain letters, digits and dashes. */
export function pdfFileName(prefix: string, name: string, date: IsoDate): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `${prefix}-${slug || 'cliente'}-${date}.pdf`;
}
