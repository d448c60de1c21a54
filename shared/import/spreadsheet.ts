// Spreadsheets (.xlsx) into the text the CSV pipeline reads. Holded, Quipu, Alegra, Sage and
// Anfix export spreadsheets; the rest of the import only knows text, so a sheet becomes CSV here
// and everything after (header search, readers, plan) is the same code a CSV goes through.
// The cells are written so that reading them back cannot go wrong:
//  - a date cell is an ISO date (the library hands them over as UTC, so they are read in UTC:
//    a date-only cell never moves a day), with its time only when it has one;
//  - a number is a plain decimal with a dot, at most the 15 significant digits Excel itself
//    shows, so 0.1+0.2 stays 0.3 and 1234.5 stays 1234.5; the caller reads this file's amounts
//    with a decimal point (`decimalMark: 'dot'`);
//  - a line break inside a cell becomes a space, so line N of the text is row N of the sheet and a
//    rejected row's line is the row the user finds in their spreadsheet.
// Nothing here reads the file itself: the worker does, with read-excel-file, using
// XLSX_READ_OPTIONS so numbers arrive as the text stored in the file.

/** A number as the file stores it ("1234.5", "0.30000000000000004", "1E-7"), kept apart from text cells. */
export interface NumberCell {
  readonly number: string;
}

export type SheetCell = string | number | boolean | Date | NumberCell | null;

export interface SheetInput {
  sheet: string;
  data: readonly (readonly SheetCell[])[];
}

/** Options for read-excel-file: numbers as the file wrote them, so no float reaches this module unnoticed. */
export const XLSX_READ_OPTIONS = { parseNumber: (text: string): NumberCell => ({ number: text }) };

/** What the file is, from its first bytes, not its name. */
export type FileKind = 'text' | 'xlsx' | 'xls' | 'ods' | 'numbers' | 'locked' | 'other-zip';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Old binary Excel, and Office's wrapper for a password-protected .xlsx (an OLE compound file).
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

/**
 * `bytes` is the whole file. A zip names its entries at its start (the first entry) and its end
 * (the central directory), so only those parts are looked at.
 */
export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) {
    const edge = 64 * 1024;
    const names = bytes.length <= 2 * edge ? latin1(bytes) : latin1(bytes.subarray(0, edge)) + latin1(bytes.subarray(bytes.length - edge));
    // OpenDocument puts an uncompressed entry named "mimetype" first, saying what it is.
    if (names.slice(30, 38) === 'mimetype' && names.slice(38, 120).includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('Index/Document.iwa')) return 'numbers';
    return 'other-zip';
  }
  if (startsWith(bytes, COMPOUND)) {
    // An encrypted .xlsx keeps its key description in a stream named "EncryptionInfo" (UTF-16).
    const encryption = 'EncryptionInfo'.split('').map((char) => `${char}\u0000`).join('');
    return latin1(bytes).includes(encryption) ? 'locked' : 'xls';
  }
  return 'text';
}

/** Which sheet was read, for the preview: "Read sheet “Facturas”". */
export interface SheetChoice {
  name: string;
  /** How many sheets the file has. */
  count: number;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

// A time-only cell is a fraction of a day counted from Excel's day zero (1900 or 1904 system).
function isDayZero(date: Date): boolean {
  const day = date.toISOString().slice(0, 10);
  return day === '1899-12-30' || day === '1899-12-31' || day === '1904-01-01';
}

export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // Stored as a fraction of a day, a time can come back a millisecond short of the second.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const day = `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const [hours, minutes, seconds] = [rounded.getUTCHours(), rounded.getUTCMinutes(), rounded.getUTCSeconds()];
  const midnight = hours === 0 && minutes === 0 && seconds === 0;
  const time = `${pad(hours)}:${pad(minutes)}${seconds ? `:${pad(seconds)}` : ''}`;
  if (isDayZero(rounded)) return midnight ? '' : time;
  return midnight ? day : `${day} ${time}`;
}

/** "1.5e-7" → "0.00000015", "1.2e+21" → "1200000000000000000000": digits moved, nothing rounded. */
function expandExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = '', exponentText] = match;
  const digits = whole! + fraction;
  const point = whole!.length + Number(exponentText);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/\.?0+$/, '');
  return sign + out;
}

/** A stored number as a plain decimal with a dot, to the 15 significant digits Excel shows. */
export function numberText(stored: string | number): string {
  const value = typeof stored === 'number' ? stored : Number(stored.trim());
  if (!Number.isFinite(value)) return String(stored).trim();
  if (value === 0) return '0';
  return expandExponent(String(Number(value.toPrecision(15))));
}

export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.replace(/\r\n|\r|\n/g, ' ');
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return numberText(cell);
  if (cell instanceof Date) return dateText(cell);
  return numberText(cell.number);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function filled(row: readonly SheetCell[]): SheetCell[] {
  return row.filter((cell) => cellText(cell).trim() !== '');
}

/**
 * A table: a row of at least three names (text, no number or date among them) with, below it, a
 * row of at least three values. Every import format needs a customer, a number, an amount and a
 * due date, so a cover sheet ("Report", "Created on …", a logo's caption) never qualifies.
 */
export function looksLikeTable(data: SheetInput['data']): boolean {
  let header = false;
  for (const row of data) {
    const cells = filled(row);
    if (header && cells.length >= 3) return true;
    if (cells.length >= 3 && cells.every((cell) => typeof cell === 'string')) header = true;
  }
  return false;
}

/** The first sheet that holds a table; when none does, the first with anything in it. */
export function chooseSheet(sheets: readonly SheetInput[]): SheetInput | null {
  return sheets.find((sheet) => looksLikeTable(sheet.data)) ?? sheets.find((sheet) => sheet.data.some((row) => filled(row).length > 0)) ?? null;
}

/** One sheet as RFC 4180 CSV, one line per row (empty rows included, so lines are rows). */
export function sheetToCsv(data: SheetInput['data']): string {
  const lines: string[] = [];
  for (const row of data) {
    const cells = row.map(cellText);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    lines.push(cells.map(csvField).join(','));
  }
  return lines.join('\n');
}

/** The workbook's table as CSV text, and which sheet it came from (null when every sheet is empty). */
export function spreadsheetToText(sheets: readonly SheetInput[]): { text: string; sheet: SheetChoice | null } {
  const chosen = chooseSheet(sheets);
  if (!chosen) return { text: '', sheet: null };
  return { text: sheetToCsv(chosen.data), sheet: { name: chosen.sheet, count: sheets.length } };
}
