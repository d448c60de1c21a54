// Finding the header row (after any report preamble), the separator and the format. Each
// separator is tried on the first rows; the row that names every required column of a
// format, with the most of its known columns, wins.
import { DELIMITERS, isBlankRow, looksBinary, normalizeText, readCsvRows, type CsvRow } from './csv';
import { KNOWN_READERS } from './formats';
import { fieldCount, resolveColumns, type ResolvedColumns } from './headers';
import type { FormatReader } from './reader';
import type { Delimiter, DetectedFormat } from './types';

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

/** `text` must already be normalised (normalizeText). */
export function findHeader(text: string, readers: readonly FormatReader[]): HeaderSearch {
  let match: HeaderMatch | null = null;
  let closest: HeaderSearch['closest'] = null;
  let closestMatched = 0;
  for (const delimiter of DELIMITERS) {
    const rows = firstRows(text, delimiter);
    for (const reader of readers) {
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index]!;
        if (row.cells.length < 2 || isBlankRow(row.cells)) continue;
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

/** For a CSV in no known format: the separator giving the most rows of the same width, and its first such row. */
export function guessLayout(text: string): { delimiter: Delimiter; line: number; headers: string[] } {
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

export function detectImportFormat(text: string): DetectedFormat {
  if (text.trim() === '' || looksBinary(text)) {
    return { format: null, delimiter: ',', headerLine: 0, headers: [], confidence: 0 };
  }
  const normalized = normalizeText(text);
  const { match } = findHeader(normalized, KNOWN_READERS);
  if (match) {
    return {
      format: match.reader.format,
      delimiter: match.delimiter,
      headerLine: match.line,
      headers: match.headers,
      confidence: Math.round(match.confidence * 100) / 100,
    };
  }
  const layout = guessLayout(normalized);
  return { format: null, delimiter: layout.delimiter, headerLine: layout.line, headers: layout.headers, confidence: 0 };
}
