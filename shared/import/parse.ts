// A file's text in, its invoices out: locate the header, split off rows that cannot be
// data, decide the decimal mark and date order once for the whole file, then let the
// format's reader build rows. Every data line ends up in `rows` or in `rejected`, once.
import { currencyMarkOf, decideDecimalStyle, isPlainFigure, symbolFits, type CurrencyMark, type DecimalMark } from './amount-cells';
import { isBlankRow, looksBinary, normalizeText, readCsvRows, type CsvRow } from './csv';
import { decideDateOrder } from './date-cells';
import { findHeader, guessLayout, sampleRows, type HeaderMatch } from './detect';
import { isCurrencyCode } from '../money';
import { foldText } from './fold';
import { KNOWN_READERS, mappedReader, mappingProblem } from './formats';
import { guessHeaderLanguage } from './headers';
import { rowTally, type ParseProgressListener } from './progress';
import { newCellMemo, type CellMemo, type FormatReader, type ReadContext, type Table } from './reader';
import type {
  DateOrder,
  Delimiter,
  ImportFailure,
  ImportRow,
  ImportWarning,
  ParseImportOptions,
  ParseImportResult,
  ParsedImport,
  RejectedRow,
} from './types';

/** Days from issue to due when a file gives neither a due date nor terms, unless the user chose another number. */
export const DEFAULT_TERMS_DAYS = 30;

function failure(code: ImportFailure['code'], message: string, missing?: string[], more: Pick<ImportFailure, 'like' | 'mappingProblem'> = {}): ImportFailure {
  return { ok: false, code, message, ...(missing ? { missing } : {}), ...more };
}

function named(options: ParseImportOptions): string {
  return options.sourceName ? `"${options.sourceName}"` : 'the file';
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

function missingHeaders(reader: FormatReader, fields: readonly string[]): string[] {
  return fields.map((field) => {
    const spec = reader.fields[field]!;
    return spec.en?.[0] ?? spec.any?.[0] ?? spec.es?.[0] ?? field;
  });
}

/** Which reader and which header row, or why none. */
function locate(text: string, options: ParseImportOptions): HeaderMatch | ImportFailure {
  const wanted = options.format;
  if (wanted === 'mapped' || (wanted === undefined && options.mapping)) {
    if (wanted === undefined) {
      const known = findHeader(text, KNOWN_READERS, options.headerLine).match;
      if (known) return known;
    }
    if (!options.mapping) return failure('mapping-required', 'say which column holds what before reading this file');
    const problem = mappingProblem(options.mapping);
    if (problem) return failure('bad-mapping', problem, undefined, { mappingProblem: options.mapping.paid && options.mapping.balance ? 'paidAndBalance' : 'noColumn' });
    const reader = mappedReader(options.mapping);
    const search = findHeader(text, [reader], options.headerLine);
    if (search.match) return search.match;
    const missing = search.closest ? missingHeaders(reader, search.closest.missing) : Object.values(options.mapping).filter(Boolean);
    return failure('missing-column', `${named(options)} has no column named ${quoted(missing)}`, missing);
  }
  const readers = wanted === undefined ? KNOWN_READERS : KNOWN_READERS.filter((reader) => reader.format === wanted);
  const search = findHeader(text, readers, options.headerLine);
  if (search.match) return search.match;
  if (wanted !== undefined) {
    const reader = search.closest?.reader ?? readers[0]!;
    const fields = search.closest?.missing ?? Object.keys(reader.fields).filter((field) => reader.fields[field]!.required);
    const missing = missingHeaders(reader, fields);
    return failure('missing-column', `${named(options)} lacks ${quoted(missing)}`, missing);
  }
  if (search.closest && search.closest.missing.length <= 2 && options.headerLine === undefined) {
    // Nearly a known export (a renamed or deleted column): say so, and let the user map it.
    const missing = missingHeaders(search.closest.reader, search.closest.missing);
    return failure(
      'mapping-required',
      `${named(options)} looks like ${search.closest.reader.format} but lacks ${quoted(missing)}: say which column holds what`,
      missing,
      { like: search.closest.reader.format },
    );
  }
  const layout = guessLayout(text, options.headerLine);
  if (layout.headers.filter((cell) => cell !== '').length >= 2) {
    return failure('mapping-required', `${named(options)} is not an export Cobro knows: say which column holds what`);
  }
  return failure('no-header', `${named(options)} has no header row Cobro can recognise`);
}

function decimalFallback(reader: FormatReader, table: Table<string>, delimiter: Delimiter): DecimalMark {
  if (reader.decimalFallback) return reader.decimalFallback(delimiter);
  const language = table.language ?? guessHeaderLanguage(table.headers);
  if (language === 'es') return 'comma';
  if (language === 'en') return 'dot';
  return delimiter === ';' ? 'comma' : 'dot';
}

function* cellsOf(table: Table<string>, fields: readonly string[]): Generator<string> {
  const indexes = fields.map((field) => table.columns[field]).filter((index): index is number => index !== undefined);
  for (const row of table.rows) {
    for (const index of indexes) {
      const cell = row.cells[index]?.trim();
      if (cell) yield cell;
    }
  }
}

/** What the symbols or codes of a row's amount cells say, taken together. */
/** Bounded like the reader's own memo, so a file of all-different symbol amounts does not keep them all. */
const MARKS_MEMO_LIMIT = 20_000;

function rowMarks(row: CsvRow, amountIndexes: readonly number[], memo: CellMemo): { currencies: Set<string>; dollar: boolean } {
  const currencies = new Set<string>();
  let dollar = false;
  for (const index of amountIndexes) {
    const cell = row.cells[index]?.trim() ?? '';
    if (isPlainFigure(cell)) continue;
    let mark: CurrencyMark | undefined = memo.marks.get(cell);
    if (mark === undefined) {
      mark = currencyMarkOf(cell);
      if (memo.marks.size < MARKS_MEMO_LIMIT) memo.marks.set(cell, mark);
    }
    if (mark.kind === 'currency') currencies.add(mark.currency);
    else if (mark.kind === 'ambiguous' && mark.symbol === '$') dollar = true;
  }
  return { currencies, dollar };
}

/**
 * Whether some row writes a bare "$" with nothing else on it naming the currency (no currency
 * column value, no "US$"-like amount): then the user must say which dollar or peso it is.
 */
function needsDollarAnswer(reader: FormatReader, table: Table<string>, memo: CellMemo): boolean {
  const amounts = reader.amountFields.map((field) => table.columns[field]).filter((index): index is number => index !== undefined);
  const column = reader.currencyField === undefined ? undefined : table.columns[reader.currencyField];
  const rows = reader.layoutNamesCurrency ? [...table.rows, ...table.layoutRows] : table.rows;
  return rows.some((row) => {
    if (column !== undefined && (row.cells[column]?.trim() ?? '') !== '') return false;
    const marks = rowMarks(row, amounts, memo);
    return marks.dollar && marks.currencies.size === 0;
  });
}

/**
 * Reports that write the symbol only on their totals (QuickBooks): the one currency those rows
 * name is the currency of amounts written without a symbol; null when they name none or several.
 */
function layoutCurrency(reader: FormatReader, table: Table<string>, memo: CellMemo, dollarCurrency: string | null): string | null {
  if (!reader.layoutNamesCurrency) return null;
  const amounts = reader.amountFields.map((field) => table.columns[field]).filter((index): index is number => index !== undefined);
  const named = new Set<string>();
  for (const row of [...table.layoutRows, ...table.rows]) {
    const marks = rowMarks(row, amounts, memo);
    for (const currency of marks.currencies) named.add(currency);
    if (marks.dollar && dollarCurrency !== null) named.add(dollarCurrency);
  }
  return named.size === 1 ? [...named][0]! : null;
}

/** The user's "$" answer when it is a currency written "$"; anything else is not an answer. */
function dollarAnswer(options: ParseImportOptions): string | null {
  const answer = options.dollarCurrency?.toUpperCase();
  return answer !== undefined && isCurrencyCode(answer) && symbolFits('$', answer) ? answer : null;
}

/** Separates rows a reader should see from rows that are layout, blank or broken. */
function splitRows(reader: FormatReader, rows: readonly CsvRow[], table: Table<string>, warnings: ImportWarning[], delimiter: Delimiter) {
  const data: CsvRow[] = [];
  const layout: CsvRow[] = [];
  const malformed: RejectedRow[] = [];
  const width = table.headers.length;
  // Some exports end every row with a separator the header lacks; a row longer than the rest is
  // still one where a value held the separator unquoted ("1.234,56" in a comma file), even when
  // the cells it pushed past the header are empty.
  const widths = new Map<number, number>();
  for (const row of rows) if (!isBlankRow(row.cells)) widths.set(row.cells.length, (widths.get(row.cells.length) ?? 0) + 1);
  let usual = width;
  let most = 0;
  for (const [length, count] of widths) if (count > most || (count === most && length < usual)) [usual, most] = [length, count];
  for (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    if (reader.isStructureRow?.(row.cells, table)) {
      layout.push(row);
      continue;
    }
    if (row.unterminatedQuote) {
      const message = 'a quote opened in this row is never closed, so it runs to the end of the file';
      warnings.push({ line: row.line, code: 'unterminated-quote', message });
      malformed.push({ line: row.line, code: 'malformed-row', message, reason: { code: 'unclosed-quote' }, raw: row.cells });
    } else if (row.cells.length > width && (row.cells.length > usual || row.cells.slice(width).some((cell) => cell.trim() !== ''))) {
      malformed.push({
        line: row.line,
        code: 'malformed-row',
        message: `${row.cells.length} values for ${width} columns: a value containing the separator must be in quotes`,
        reason: { code: 'too-many-values', values: row.cells.length, columns: width, delimiter },
        raw: row.cells,
      });
    } else data.push(row);
  }
  return { data, layout, malformed };
}

/** The same invoice number twice for the same debtor name: the first one counts. */
function dropDuplicates(rows: ImportRow[], rejected: RejectedRow[], data: readonly CsvRow[]): ImportRow[] {
  const seen = new Map<string, number>();
  const folded = new Map<string, string>();
  let raw: Map<number, string[]> | null = null;
  const kept: ImportRow[] = [];
  for (const row of rows) {
    let name = folded.get(row.debtor.name);
    if (name === undefined) {
      name = foldText(row.debtor.name);
      folded.set(row.debtor.name, name);
    }
    const key = `${name}\u0000${row.invoice.number}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row.line);
      kept.push(row);
      continue;
    }
    raw ??= new Map(data.map((r) => [r.line, r.cells]));
    for (const line of row.lines) {
      rejected.push({
        line,
        code: 'duplicate-invoice',
        message: `invoice ${row.invoice.number} of ${row.debtor.name} already appears on line ${first}`,
        reason: { code: 'duplicate-in-file', number: row.invoice.number, name: row.debtor.name, firstLine: first },
        raw: raw.get(line) ?? [],
        invoiceNumber: row.invoice.number,
      });
    }
  }
  return kept;
}

/** Rows split so far, with the file's rows estimated from the share of the text they took. */
function readingReporter(length: number, onProgress: ParseProgressListener) {
  return (rows: number, chars: number) => {
    const estimated = chars < length;
    const total = estimated && chars > 0 ? Math.max(rows, Math.round((rows * length) / chars)) : rows;
    onProgress({ step: 'reading', done: rows, total, estimated });
  };
}

/**
 * `onProgress` hears how far the parse got: first the rows split from the text, then the data
 * rows checked (see ParseProgress). It changes nothing in the result.
 */
export function parseImportFile(text: string, options: ParseImportOptions, onProgress?: ParseProgressListener): ParseImportResult {
  if (text.trim() === '' || text.trim() === '\ufeff') return failure('empty-file', `${named(options)} is empty`);
  if (looksBinary(text)) return failure('not-text', `${named(options)} is not a CSV text file (a spreadsheet or PDF?)`);
  const normalized = normalizeText(text);
  const located = locate(normalized, options);
  if ('ok' in located) return { ...located, sampleRows: sampleRows(normalized, guessLayout(normalized, options.headerLine).delimiter) };
  const { reader, delimiter, line: headerLine, headers, resolved } = located;
  const defaultTermsDays = options.defaultTermsDays ?? DEFAULT_TERMS_DAYS;

  const all = readCsvRows(normalized, delimiter, undefined, onProgress && readingReporter(normalized.length, onProgress));
  const headerIndex = all.findIndex((row) => row.line === headerLine);
  const warnings: ImportWarning[] = [];
  const table: Table<string> = { headers, columns: resolved.columns, rows: [], layoutRows: [], language: resolved.language };
  const { data, layout, malformed } = splitRows(reader, all.slice(headerIndex + 1), table, warnings, delimiter);
  table.rows = data;
  table.layoutRows = layout;

  const defaultCurrency = options.defaultCurrency.toUpperCase();
  const base: Omit<ParsedImport, 'needsDateOrder' | 'needsDollarCurrency' | 'rows' | 'rejected' | 'dueFromDefaultTerms'> = {
    ok: true,
    format: reader.format,
    delimiter,
    headerLine,
    headers,
    suggestedDateOrder: reader.suggestedDateOrder,
    suggestedDollarCurrency: symbolFits('$', defaultCurrency) ? defaultCurrency : null,
    warnings,
    sampleRows: sampleRows(normalized, delimiter),
    defaultTermsDays,
  };

  if (normalized.includes('\ufffd')) {
    warnings.push({
      line: null,
      code: 'bad-encoding',
      message: 'some characters could not be read (shown as �): save the file as UTF-8 and import it again',
    });
  }
  if (reader.emailField === undefined || table.columns[reader.emailField] === undefined) {
    warnings.push({
      line: null,
      code: 'no-address-column',
      message: 'the file has no e-mail addresses: new debtors will need one before Cobro can write to them',
    });
  }

  const guessed = decideDecimalStyle(cellsOf(table, reader.amountFields), decimalFallback(reader, table, delimiter));
  // A known mark wins; a cell written the other way ("12,50" in a sheet of numbers) is then rejected, and said.
  const known = options.decimalMark;
  const decimal = known ? { style: known, mixed: guessed.mixed || (!guessed.guessed && guessed.style !== known) } : guessed;
  if (decimal.mixed) {
    warnings.push({
      line: null,
      code: 'mixed-decimal-styles',
      message: `amounts mix decimal commas and points; read with a decimal ${decimal.style === 'dot' ? 'point' : 'comma'}`,
      detail: { decimal: decimal.style },
    });
  }

  const dates = decideDateOrder(cellsOf(table, reader.dateFields));
  let dateOrder: DateOrder | null = dates.order;
  if (dates.conflict) {
    warnings.push({
      line: null,
      code: 'conflicting-date-order',
      message: `some dates are day-first and others month-first; read as ${dates.order}, the others are rejected`,
      ...(dates.order ? { detail: { order: dates.order } } : {}),
    });
  }
  if (dates.order !== null && options.dateOrder && options.dateOrder !== dates.order) {
    warnings.push({
      line: null,
      code: 'date-order-overridden',
      message: `the file's dates can only be ${dates.order === 'dmy' ? 'day-first' : 'month-first'}; that order was used`,
      detail: { order: dates.order },
    });
  }
  const memo = newCellMemo();
  const dollarCurrency = dollarAnswer(options);
  const needsDollarCurrency = dollarCurrency === null && needsDollarAnswer(reader, table, memo);
  const needsDateOrder = dates.ambiguous && !options.dateOrder;
  if (needsDateOrder || needsDollarCurrency) return { ...base, needsDateOrder, needsDollarCurrency, rows: [], rejected: [], dueFromDefaultTerms: 0 };
  if (dates.ambiguous) dateOrder = options.dateOrder ?? null;
  const reportCurrency = layoutCurrency(reader, table, memo, dollarCurrency);
  if (reportCurrency !== null && reportCurrency !== defaultCurrency && reportCurrency !== dollarCurrency) {
    warnings.push({
      line: null,
      code: 'currency-from-symbol',
      message: `the report's totals are written in ${reportCurrency}: amounts without a symbol are read in ${reportCurrency}, not ${defaultCurrency}`,
      detail: { symbol: dollarCurrency === reportCurrency ? '$' : reportCurrency, currency: reportCurrency },
    });
  }
  const ctx: ReadContext = {
    defaultCurrency: reportCurrency ?? defaultCurrency,
    dollarCurrency,
    decimal: decimal.style,
    dateOrder,
    warnings,
    memo,
    tally: onProgress && rowTally(data.length, (done, total) => onProgress({ step: 'checking', done, total, estimated: false })),
    defaultTermsDays,
    dueFromDefault: new Set(),
  };
  const out = reader.read(table, ctx);
  ctx.tally?.finish();
  const rejected = [...malformed, ...out.rejected];
  const rows = dropDuplicates(out.rows, rejected, data);
  rejected.sort((a, b) => a.line - b.line);
  if (data.length === 0 && malformed.length === 0) {
    warnings.push({ line: null, code: 'no-rows', message: `${named(options)} has a header but no invoices` });
  }
  const dueFromDefaultTerms = rows.filter((row) => ctx.dueFromDefault.has(row.line)).length;
  return { ...base, needsDateOrder: false, needsDollarCurrency: false, rows, rejected, dueFromDefaultTerms };
}
