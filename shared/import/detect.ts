// Finding the header row (after any report preamble), the separator and the format. Each
// separator is tried on the first rows; the row that names every required column of a
// format, with the most of its known columns, wins.
import { DELIMITERS, isBlankRow, looksBinary, normalizeText, readCsvRows, type CsvRow } from './csv';
import { KNOWN_READERS } from './formats';
import { fieldCount, resolveColumns, type ResolvedColumns } from './headers';
import type { FormatReader } from './reader';
import type { Delimiter, DetectedFormat, SampleRow } from './types';

/** Reports put at most a handful of rows above the header. */
const HEADER_SEARCH_ROWS = 40;
const SAMPLE_CHARS = 65536;

export interface HeaderMatch {
  reader: FormatReader;
  delimiter: Delimiter;
  line: number;
  headers: string[];
  resolved: ResolvedColumns<string>;
  confidence: number;
}

export interface HeaderSearch {
  match: HeaderMatch | null;
  /** When nothing matched: the format that came nearest and the required columns it lacked. */
  closest: { reader: FormatReader; missing: string[] } | null;
}

function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf('\n', SAMPLE_CHARS);
  return text.slice(0, cut > 0 ? cut : SAMPLE_CHARS);
}

function firstRows(text: string, delimiter: Delimiter): CsvRow[] {
  return readCsvRows(sampleOf(text), delimiter, HEADER_SEARCH_ROWS);
}

/** `text` must already be normalised (normalizeText). `onlyLine`: the user chose the header row. */
export function findHeader(text: string, readers: readonly FormatReader[], onlyLine?: number): HeaderSearch {
  let match: HeaderMatch | null = null;
  let closest: HeaderSearch['closest'] = null;
  let closestMatched = 0;
  for (const delimiter of DELIMITERS) {
    const rows = firstRows(text, delimiter);
    for (const reader of readers) {
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index]!;
        if (row.cells.length < 2 || isBlankRow(row.cells)) continue;
        if (onlyLine !== undefined && row.line !== onlyLine) continue;
        const resolved = resolveColumns(row.cells, reader.fields);
        if (resolved.missing.length > 0) {
          if (resolved.matched > closestMatched) {
            closestMatched = resolved.matched;
            closest = { reader, missing: resolved.missing };
          }
          continue;
        }
        const above = rows.slice(0, index).flatMap((r) => r.cells).join(' ');
        const bonus = reader.preamble?.test(above) ? 0.1 : 0;
        const confidence = Math.min(1, resolved.matched / fieldCount(reader.fields) + bonus);
        if (match === null || confidence > match.confidence) {
          match = { reader, delimiter, line: row.line, headers: row.cells.map((cell) => cell.trim()), resolved, confidence };
        }
        break;
      }
    }
  }
  return { match, closest: match ? null : closest };
}

const NUMBER_CELL = /^[-+(]?\s*[\p{Sc}A-Za-z]{0,3}\s?[-+]?\d[\d.,\s\u00a0']*\s?[\p{Sc}A-Za-z]{0,3}\)?%?$/u;
const DATE_CELL = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

/** A cell a header would not hold: an amount, a count or a date. */
function looksLikeValue(cell: string): boolean {
  const text = cell.trim();
  return NUMBER_CELL.test(text) || DATE_CELL.test(text);
}

function filledCells(cells: readonly string[]): string[] {
  return cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
}

/** Names, not values: at least two filled cells, nearly all of them text. */
function looksLikeHeader(cells: readonly string[]): boolean {
  const filled = filledCells(cells);
  if (filled.length < 2) return false;
  const values = filled.filter(looksLikeValue).length;
  return values <= filled.length * 0.2;
}

interface Layout {
  delimiter: Delimiter;
  line: number;
  headers: string[];
}

/**
 * For a CSV in no known format: the header is the first row of the widest block of rows of like
 * width whose cells are names rather than values and which rows of data follow. Report titles
 * (one filled cell, or a date range) and footers ("Total", "Generated on…") are not that row.
 * `headerLine` is the user's choice and wins when the row is there.
 */
export function guessLayout(text: string, headerLine?: number): Layout {
  let best: Layout & { filled: number; following: number } = { delimiter: ',', line: 0, headers: [], filled: -1, following: -1 };
  for (const delimiter of DELIMITERS) {
    const rows = firstRows(text, delimiter).filter((row) => !isBlankRow(row.cells));
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!;
      const chosen = headerLine !== undefined && row.line === headerLine;
      if (headerLine !== undefined && !chosen) continue;
      if (!chosen && !looksLikeHeader(row.cells)) continue;
      const filled = filledCells(row.cells).length;
      // Rows of data follow: as many filled cells as half the header's, no more columns than it has.
      let following = 0;
      for (const next of rows.slice(index + 1)) {
        const nextFilled = filledCells(next.cells).length;
        if (nextFilled < Math.max(2, Math.ceil(filled / 2)) || filledCells(next.cells.slice(row.cells.length)).length > 0) break;
        following++;
      }
      if (!chosen && following === 0 && rows.length > index + 1) continue;
      const better = filled > best.filled || (filled === best.filled && following > best.following);
      if (better) best = { delimiter, line: row.line, headers: row.cells.map((cell) => cell.trim()), filled, following };
    }
  }
  if (best.line === 0 && headerLine !== undefined) return guessLayout(text);
  if (best.line === 0) return widestRows(text);
  return { delimiter: best.delimiter, line: best.line, headers: best.headers };
}

/** No row looks like a header: the separator giving the most rows of the same width, and its first such row. */
function widestRows(text: string): Layout {
  let best = { delimiter: ',' as Delimiter, line: 0, headers: [] as string[], score: -1 };
  for (const delimiter of DELIMITERS) {
    const rows = firstRows(text, delimiter).filter((row) => !isBlankRow(row.cells));
    const widths = new Map<number, number>();
    for (const row of rows) widths.set(row.cells.length, (widths.get(row.cells.length) ?? 0) + 1);
    let width = 0;
    let count = 0;
    for (const [w, c] of widths) if (c > count || (c === count && w > width)) [width, count] = [w, c];
    const score = width > 1 ? count : 0;
    const header = rows.find((row) => row.cells.length === width);
    if (score > best.score && header) {
      best = { delimiter, line: header.line, headers: header.cells.map((cell) => cell.trim()), score };
    }
  }
  return { delimiter: best.delimiter, line: best.line, headers: best.headers };
}

const SAMPLE_ROWS = 15;
const SAMPLE_CELLS = 30;
const SAMPLE_CELL_CHARS = 80;

/** The file's first non-blank rows, cut to a size a small table can show. */
export function sampleRows(text: string, delimiter: Delimiter): SampleRow[] {
  return firstRows(text, delimiter)
    .filter((row) => !isBlankRow(row.cells))
    .slice(0, SAMPLE_ROWS)
    .map((row) => ({ line: row.line, cells: row.cells.slice(0, SAMPLE_CELLS).map((cell) => cell.trim().slice(0, SAMPLE_CELL_CHARS)) }));
}

export function detectImportFormat(text: string, headerLine?: number): DetectedFormat {
  if (text.trim() === '' || looksBinary(text)) {
    return { format: null, delimiter: ',', headerLine: 0, headers: [], confidence: 0 };
  }
  const normalized = normalizeText(text);
  const { match } = findHeader(normalized, KNOWN_READERS, headerLine);
  if (match) {
    return {
      format: match.reader.format,
      delimiter: match.delimiter,
      headerLine: match.line,
      headers: match.headers,
      confidence: Math.round(match.confidence * 100) / 100,
    };
  }
  const layout = guessLayout(normalized, headerLine);
  return { format: null, delimiter: layout.delimiter, headerLine: layout.line, headers: layout.headers, confidence: 0 };
}
