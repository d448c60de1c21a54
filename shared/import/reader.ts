// What every format reader is given and the checks they share. A reader turns the data rows
// of a table into ImportRows; a row it cannot use becomes a RejectedRow with a reason, never
// an exception out of the file (RowProblem is thrown inside a row and caught by `collect`).
import type { IsoDate } from '../dates';
import { addDays, isTimeZone } from '../dates';
import { isCurrencyCode } from '../money';
import { Locale, type InvoiceStatus } from '../ledger/schema';
import { currencyMarkOf, isPlainFigure, readAmount, symbolFits, type AmountResult, type CurrencyMark, type DecimalMark } from './amount-cells';
import type { CsvRow } from './csv';
import { readDate, type DateResult } from './date-cells';
import { readEmails, type EmailsResult } from './emails';
import { foldText } from './fold';
import { unescapeFormula } from './formula';
import type { FieldTable, HeaderLanguage } from './headers';
import type { RowTally } from './progress';
import { notToCollectKind } from './status-words';
import type {
  DateOrder,
  Delimiter,
  ImportDebtor,
  ImportFormat,
  ImportInvoice,
  ImportRow,
  ImportWarning,
  ImportWarningCode,
  ImportWarningDetail,
  RejectCode,
  RejectedRow,
  RowReason,
} from './types';

export class RowProblem {
  constructor(
    readonly code: RejectCode,
    readonly message: string,
    readonly reason: RowReason,
  ) {}
}

export function fail(code: RejectCode, message: string, reason: RowReason): never {
  throw new RowProblem(code, message, reason);
}

export interface Table<F extends string> {
  headers: string[];
  columns: Partial<Record<F, number>>;
  /** Data rows only: no preamble, header, blank or report-structure rows. */
  rows: CsvRow[];
  /** The report's own rows below the header (section titles, totals), for context such as a currency symbol. */
  layoutRows: CsvRow[];
  language: HeaderLanguage | null;
}

export interface ReadContext {
  /** What a row gets when neither its currency column nor its amounts name one. */
  defaultCurrency: string;
  /** The user's answer to "which currency is $ in this file?"; null when not asked. */
  dollarCurrency: string | null;
  decimal: DecimalMark;
  /** Decided for the file; null only when no cell needs it. */
  dateOrder: DateOrder | null;
  warnings: ImportWarning[];
  /** Exports repeat the same dates, amounts, addresses and locales on many rows: each is read once. */
  memo: CellMemo;
  /** Counts the data rows read, for a progress bar. */
  tally?: RowTally | undefined;
  /** Days from issue to due when a row gives neither a due date nor terms (30 unless the user chose). */
  defaultTermsDays: number;
  /** Lines whose due date came from `defaultTermsDays`, so the preview can say how many invoices. */
  dueFromDefault: Set<number>;
}

export interface CellMemo {
  dates: Map<string, DateResult>;
  amounts: Map<string, AmountResult>;
  emails: Map<string, EmailsResult>;
  locales: Map<string, string | null>;
  marks: Map<string, CurrencyMark>;
  /** Currencies already announced as taken from a symbol: one warning per file and currency. */
  fromSymbol: Set<string>;
}

export function newCellMemo(): CellMemo {
  return { dates: new Map(), amounts: new Map(), emails: new Map(), locales: new Map(), marks: new Map(), fromSymbol: new Set() };
}

/** Bounded so a file of all-different values does not keep them all. */
const MEMO_LIMIT = 20_000;

function memoised<T>(memo: Map<string, T>, key: string, read: () => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = read();
    if (memo.size < MEMO_LIMIT) memo.set(key, value);
  }
  return value;
}

export interface ReaderOutput {
  rows: ImportRow[];
  rejected: RejectedRow[];
  /** Told how many data rows each `collect` used (every data row goes through `collect` once). */
  tally?: RowTally | undefined;
}

/** An empty output for `read`, counting its rows in the context's tally. */
export function readerOutput(ctx: ReadContext): ReaderOutput {
  return { rows: [], rejected: [], tally: ctx.tally };
}

export interface FormatReader<F extends string = string> {
  format: ImportFormat;
  fields: FieldTable<F>;
  /** Text in the rows above the header that this format's exports carry (a report title). */
  preamble?: RegExp;
  /** Columns whose cells decide the file's date order. */
  dateFields: readonly F[];
  /** Columns whose cells decide the file's decimal mark; their symbols or codes name the row's currency. */
  amountFields: readonly F[];
  /** The column naming each row's currency (an ISO code), when the format has one. */
  currencyField?: F;
  /** The symbol on the report's own rows (totals) names the currency of amounts written without one (QuickBooks). */
  layoutNamesCurrency?: boolean;
  /** Absent for formats that carry no address. */
  emailField?: F;
  /** What the tool usually writes, offered to the user when the file cannot tell. */
  suggestedDateOrder: DateOrder | null;
  /** Decimal mark when no amount cell tells; by default the header's language decides. */
  decimalFallback?(delimiter: Delimiter): DecimalMark;
  /** Rows that belong to the report's layout (section titles, totals), not to the data. */
  isStructureRow?(cells: readonly string[], table: Table<F>): boolean;
  read(table: Table<F>, ctx: ReadContext): ReaderOutput;
}

/** `detail`: the facts the UI words the warning with (see ImportWarningDetails). */
export function warn<C extends ImportWarningCode>(ctx: ReadContext, line: number | null, code: C, message: string, detail?: ImportWarningDetail<C>): void {
  ctx.warnings.push((detail === undefined ? { line, code, message } : { line, code, message, detail }) as ImportWarning);
}

// ---------------------------------------------------------------- cells

export function cellOf<F extends string>(table: Table<F>, row: CsvRow, field: F): string {
  const index = table.columns[field];
  if (index === undefined) return '';
  return unescapeFormula((row.cells[index] ?? '').trim()).trim();
}

export function requireCell<F extends string>(table: Table<F>, row: CsvRow, field: F, label: string): string {
  const value = cellOf(table, row, field);
  if (value !== '') return value;
  const index = table.columns[field];
  const column = index === undefined ? label : headerOf(table, field);
  if (index === undefined || index >= row.cells.length) fail('missing-column', `the row has no ${column} column`, { code: 'no-column', column });
  return fail('missing-value', `${column} is empty`, { code: 'empty-value', column });
}

export function amountIn(ctx: ReadContext, text: string, currency: string, label: string): number {
  const result = memoised(ctx.memo.amounts, `${currency} ${text}`, () => readAmount(text, currency, ctx.decimal));
  if (!result.ok) fail('bad-amount', `${label}: ${result.message}`, { code: 'not-an-amount', column: label, value: text, decimal: ctx.decimal });
  return result.value;
}

export function optionalAmount(ctx: ReadContext, text: string, currency: string, label: string): number | null {
  return text === '' ? null : amountIn(ctx, text, currency, label);
}

export function dateIn(ctx: ReadContext, text: string, label: string): IsoDate {
  const result = memoised(ctx.memo.dates, text, () => readDate(text, ctx.dateOrder));
  if (!result.ok) fail('bad-date', `${label}: ${result.message}`, { code: 'not-a-date', column: label, value: text, order: result.order });
  return result.value;
}

export function optionalDate(ctx: ReadContext, text: string, label: string): IsoDate | null {
  return text === '' ? null : dateIn(ctx, text, label);
}

// "Net 30", "30 days", "a 30 días", "60 d", "Due on receipt", "Al contado": days from issue to due.
const RECEIPT_TERMS = /^(due (up)?on receipt|on receipt|upon receipt|immediate|cash|(al )?contado|pago inmediato|a la vista|inmediato)$/;
const DAY_TERMS = /^(?:net|neto|a|pago a|plazo)?\s*(\d{1,3})\s*(?:d|dias?|days?|dia)?(?: net| neto)?$/;

/** The days a terms cell gives, or null when it says nothing Cobro can read as days. */
export function termsDays(text: string): number | null {
  const folded = foldText(text).replace(/[.:]/g, '').replace(/\s+/g, ' ').trim();
  if (folded === '') return null;
  if (RECEIPT_TERMS.test(folded)) return 0;
  const match = DAY_TERMS.exec(folded);
  if (!match) return null;
  const days = Number(match[1]);
  return days <= 365 ? days : null;
}

/**
 * The due date; when the tool left it blank, the issue date plus the row's terms ("Net 30",
 * "Contado"), or else plus the default terms (counted, so the preview can say so).
 */
export function dueDateFor(ctx: ReadContext, line: number, text: string, issueDate: IsoDate | null, label: string, termsText = ''): IsoDate {
  if (text !== '') return dateIn(ctx, text, label);
  if (issueDate === null) fail('missing-value', `${label} is empty and there is no issue date`, { code: 'no-due-date', column: label });
  const terms = termsDays(termsText);
  if (terms !== null) return addDays(issueDate, terms);
  ctx.dueFromDefault.add(line);
  return addDays(issueDate, ctx.defaultTermsDays);
}

/** Rejects the row: an amount cell names another currency than the row's column or other amount. */
function conflict(value: string, written: string, currency: string, against: 'column' | 'amount'): never {
  return fail('currency-conflict', `"${value}" is written in ${written} but the ${against === 'column' ? 'currency column says' : 'row\'s other amount is in'} ${currency}`, {
    code: 'currency-conflict',
    value,
    written,
    currency,
    against,
  });
}

/**
 * The row's currency: its currency column (an ISO code) and the symbols or codes written in its
 * amount cells (`amountCells`, as written) must agree; a row where they do not is rejected, never
 * read in one of them. A bare "$" takes the file's answer (`ctx.dollarCurrency`) or the
 * column's dollar currency; a bare "¥" needs the column. With nothing written the row is in
 * the default currency.
 */
export function currencyIn(ctx: ReadContext, text: string, amountCells: readonly string[] = []): string {
  let currency: string | null = null;
  if (text !== '') {
    currency = text.toUpperCase();
    if (!isCurrencyCode(currency)) fail('bad-currency', `"${text}" is not an ISO 4217 currency code`, { code: 'not-a-currency', value: text });
  }
  const against = currency === null ? 'amount' : 'column';
  const bare: [string, '$' | '¥'][] = [];
  /** How the amounts wrote the currency, for the notice ("US$", "€", "USD"). */
  let writtenAs = '';
  for (const cell of amountCells) {
    if (isPlainFigure(cell)) continue;
    const mark = memoised(ctx.memo.marks, cell, () => currencyMarkOf(cell));
    if (mark.kind === 'unknown') fail('bad-currency', `"${mark.mark}" in "${cell}" is not a currency`, { code: 'not-a-currency', value: mark.mark });
    if (mark.kind === 'ambiguous') bare.push([cell, mark.symbol]);
    if (mark.kind !== 'currency') continue;
    if (currency === null) {
      currency = mark.currency;
      writtenAs = cell.replace(/[\d\s.,()+-]+/g, ' ').trim();
    } else if (mark.currency !== currency) conflict(cell, mark.currency, currency, against);
  }
  // Taken from the column, or from the user's answer for "$": nothing to announce.
  let announce = text === '';
  for (const [cell, symbol] of bare) {
    if (currency === null) {
      if (symbol === '$' && ctx.dollarCurrency !== null) {
        currency = ctx.dollarCurrency;
        writtenAs = '$';
        announce = false;
      } else fail('bad-currency', `"${cell}": "${symbol}" alone does not say which currency`, { code: 'ambiguous-symbol', value: cell, symbol });
    } else if (!symbolFits(symbol, currency)) conflict(cell, symbol, currency, against);
  }
  if (currency === null) return ctx.defaultCurrency;
  if (announce && currency !== ctx.defaultCurrency && !ctx.memo.fromSymbol.has(currency)) {
    ctx.memo.fromSymbol.add(currency);
    warn(ctx, null, 'currency-from-symbol', `amounts are written in ${currency}: imported as ${currency}, not ${ctx.defaultCurrency}`, { symbol: writtenAs || currency, currency });
  }
  return currency;
}

/** Rejects a row whose status says it is not owed: a draft, a deleted document. */
export function notToCollect(statusText: string): never {
  const kind = notToCollectKind(statusText);
  return fail('skipped-status', `status "${statusText}" is not an invoice to collect`, { code: 'not-to-collect', value: statusText, kind });
}

export function emailsIn(ctx: ReadContext, text: string): string[] {
  const result = memoised(ctx.memo.emails, text, () => readEmails(text));
  if (!result.ok) fail('bad-email', result.message, result.reason);
  // A copy: rows must not share one array that a caller might change.
  return [...result.value];
}

// ---------------------------------------------------------------- records

export interface InvoiceDraft {
  number: string;
  currency: string;
  amount: number;
  paid: number;
  paidUnknown?: boolean;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  status: InvoiceStatus;
}

/** The invoice as the ledger would accept it, or the reason it would not. */
export function checkInvoice(draft: InvoiceDraft): ImportInvoice {
  if (draft.number.length > 60) {
    fail('too-long', `invoice number "${draft.number.slice(0, 20)}…" is longer than 60 characters`, { code: 'too-long', what: 'invoiceNumber', max: 60 });
  }
  if (draft.amount <= 0) {
    fail('bad-amount', `the invoice amount must be positive (got ${draft.amount} minor units)`, { code: 'not-positive', amount: draft.amount, currency: draft.currency });
  }
  if (draft.paid < 0) fail('bad-amount', 'the balance is larger than the invoice amount', { code: 'balance-over-total' });
  if (draft.paid > draft.amount) {
    fail('paid-exceeds-amount', 'more was paid than the invoice amount', { code: 'paid-over-total', amount: draft.amount, paid: draft.paid, currency: draft.currency });
  }
  if (draft.issueDate !== null && draft.dueDate < draft.issueDate) {
    fail('due-before-issue', `due date ${draft.dueDate} is before the issue date ${draft.issueDate}`, { code: 'due-before-issue', due: draft.dueDate, issue: draft.issueDate });
  }
  const invoice: ImportInvoice = {
    number: draft.number,
    currency: draft.currency,
    amount: draft.amount,
    paid: draft.paid,
    issueDate: draft.issueDate,
    dueDate: draft.dueDate,
    status: draft.status,
  };
  if (draft.paidUnknown) invoice.paidUnknown = true;
  return invoice;
}

export interface DebtorDraft {
  name: string;
  emails: string[];
  phone?: string;
  locale?: string;
  timeZone?: string;
  notes?: string;
}

/** The debtor as the ledger would accept it; optional details the ledger would refuse are dropped with a warning. */
export function checkDebtor(ctx: ReadContext, line: number, draft: DebtorDraft): ImportDebtor {
  if (draft.name.length > 200) {
    fail('too-long', `debtor name "${draft.name.slice(0, 20)}…" is longer than 200 characters`, { code: 'too-long', what: 'customerName', max: 200 });
  }
  if (draft.notes !== undefined && draft.notes.length > 5000) fail('too-long', 'notes are longer than 5000 characters', { code: 'too-long', what: 'notes', max: 5000 });
  const debtor: ImportDebtor = { name: draft.name, emails: draft.emails };
  if (draft.phone) {
    if (draft.phone.length <= 40) debtor.phone = draft.phone;
    else warn(ctx, line, 'dropped-value', `phone "${draft.phone.slice(0, 20)}…" is longer than 40 characters; left out`, { what: 'phone', value: draft.phone });
  }
  if (draft.locale) {
    const text = draft.locale;
    const locale = memoised(ctx.memo.locales, text, () => {
      const parsed = Locale.safeParse(text);
      return parsed.success ? parsed.data : null;
    });
    if (locale !== null) debtor.locale = locale;
    else warn(ctx, line, 'dropped-value', `"${draft.locale}" is not a language tag; left out`, { what: 'language', value: draft.locale });
  }
  if (draft.timeZone) {
    if (isTimeZone(draft.timeZone)) debtor.timeZone = draft.timeZone;
    else warn(ctx, line, 'dropped-value', `"${draft.timeZone}" is not a time zone; left out`, { what: 'timeZone', value: draft.timeZone });
  }
  if (draft.notes) debtor.notes = draft.notes;
  return debtor;
}

/**
 * Builds one ImportRow from `rows` (several for line-item formats). When `build` finds a
 * problem, every one of those rows is rejected with it, so no line is lost.
 */
export function collect(
  out: ReaderOutput,
  rows: readonly CsvRow[],
  invoiceNumber: string,
  build: () => Pick<ImportRow, 'debtor' | 'invoice'>,
): void {
  try {
    const { debtor, invoice } = build();
    out.rows.push({ line: rows[0]!.line, lines: rows.map((row) => row.line), debtor, invoice });
  } catch (error) {
    if (!(error instanceof RowProblem)) throw error;
    for (const row of rows) {
      const rejected: RejectedRow = { line: row.line, code: error.code, message: error.message, reason: error.reason, raw: row.cells };
      if (invoiceNumber !== '') rejected.invoiceNumber = invoiceNumber;
      out.rejected.push(rejected);
    }
  }
  out.tally?.add(rows.length);
}

/** Rows grouped by a key in order of first appearance (line-item formats). */
export function groupRows(rows: readonly CsvRow[], keyOf: (row: CsvRow) => string): Map<string, CsvRow[]> {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The header a field was read from, for messages about it. */
export function headerOf<F extends string>(table: Table<F>, field: F): string {
  return table.headers[table.columns[field] ?? -1] ?? field;
}

/** Fails the group when a field that belongs to the whole invoice reads differently on one of its lines. */
export function requireSameOnEveryLine<F extends string>(table: Table<F>, group: readonly CsvRow[], fields: readonly F[]): void {
  const first = group[0]!;
  for (const row of group.slice(1)) {
    for (const field of fields) {
      const a = cellOf(table, first, field);
      const b = cellOf(table, row, field);
      if (foldText(a) !== foldText(b)) {
        fail('inconsistent-group', `${headerOf(table, field)} differs between lines ${first.line} ("${a}") and ${row.line} ("${b}")`, {
          code: 'lines-disagree',
          column: headerOf(table, field),
          first: first.line,
          other: row.line,
        });
      }
    }
  }
}

export interface InvoiceGroup<F extends string> {
  number: string;
  /** The invoice's lines, in file order. */
  rows: CsvRow[];
  first: CsvRow;
  /** A cell of the first line. */
  cell(field: F): string;
}

/**
 * Exports with one line per line item: the lines are grouped into invoices by their number, and
 * each group becomes one import row (or is rejected, every line with the same reason).
 */
export function readInvoiceGroups<F extends string>(
  table: Table<F>,
  out: ReaderOutput,
  numberField: NoInfer<F>,
  build: (group: InvoiceGroup<F>) => Pick<ImportRow, 'debtor' | 'invoice'>,
  /** What else tells invoices apart (the debtor, where numbers restart per customer); the number alone by default. */
  keyOf: (row: CsvRow) => string = () => '',
): void {
  const groups = groupRows(table.rows, (row) => `${keyOf(row)}\u0000${cellOf(table, row, numberField)}`);
  for (const rows of groups.values()) {
    const first = rows[0]!;
    const number = cellOf(table, first, numberField);
    collect(out, rows, number, () => build({ number, rows, first, cell: (field) => cellOf(table, first, field) }));
  }
}
