// CSV text to rows of cells, through papaparse, keeping the 1-based line where each row
// starts (a quoted cell may span lines, so rows and lines differ).
import Papa from 'papaparse';
import { PROGRESS_EVERY } from './progress';
import type { Delimiter } from './types';

export interface CsvRow {
  line: number;
  cells: string[];
  /** An opening quote was never closed: this row swallowed the rest of the file. */
  unterminatedQuote: boolean;
}

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Drops a byte-order mark and makes every line break '\n', so lines count the same way everywhere. */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/**
 * True for content that is not text a spreadsheet would write: NUL bytes, or many control
 * or replacement characters near the start (an .xlsx or a PDF read as text).
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.02;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Rows split so far and the characters of the text they took. */
export type SplitProgress = (rows: number, chars: number) => void;

/**
 * Reads normalised text (see normalizeText) into rows; `limit` stops after that many rows.
 * `onProgress` hears every PROGRESS_EVERY rows, and once more at the end.
 */
export function readCsvRows(text: string, delimiter: Delimiter, limit?: number, onProgress?: SplitProgress): CsvRow[] {
  const rows: CsvRow[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    ...(limit === undefined ? {} : { preview: limit }),
    step: (result) => {
      rows.push({
        line,
        cells: result.data,
        unterminatedQuote: result.errors.some((error) => error.code === 'MissingQuotes'),
      });
      const next = result.meta.cursor;
      for (let at = text.indexOf('\n', rowStart); at !== -1 && at < next; at = text.indexOf('\n', at + 1)) line++;
      rowStart = next;
      if (onProgress && rows.length % PROGRESS_EVERY === 0) onProgress(rows.length, next);
    },
  });
  onProgress?.(rows.length, text.length);
  return rows;
}
