// What every format reader is given and the checks they share. A reader turns the data rows
// of a table into ImportRows; a row it cannot use becomes a RejectedRow with a reason, never
// an exception out of the file (RowProblem is thrown inside a row and caught by `collect`).
import type { IsoDate } from '../dates';
import { isTimeZone } from '../dates';
import { isCurrencyCode } from '../money';
import { Locale, type InvoiceStatus } from '../ledger/schema';
import { readAmount, type AmountResult, type DecimalMark } from './amount-cells';
import type { CsvRow } from './csv';
import { readDate, type DateResult } from './date-cells';
import { readEmails, type EmailsResult } from './emails';
import { foldText } from './fold';
import { unescapeFormula } from './formula';
import type { FieldTable, HeaderLanguage } from './headers';
import type { RowTally } from './progress';
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
  defaultCurrency: string;
  decimal: DecimalMark;
  /** Decided for the file; null only when no cell needs it. */
  dateOrder: DateOrder | null;
  warnings: ImportWarning[];
  /** Exports repeat the same dates, amounts, addresses and locales on many rows: each is read once. */
  memo: CellMemo;
  /** Counts the data rows read, for a progress bar. */
  tally?: RowTally | undefined;
}

export interface CellMemo {
  dates: Map<string, DateResult>;
  amounts: Map<string, AmountResult>;
  emails: Map<string, EmailsResult>;
  locales: Map<string, string | null>;
}

export function newCellMemo(): CellMemo {
  return { dates: new Map(), amounts: new Map(), emails: new Map(), locales: new Map() };
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
  /** Columns whose cells decide the file's decimal mark. */
  amountFields: readonly F[];
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
  if (!result.ok) fail('bad-amount', `${label}: ${result.message}`, { code: 'not-an-amount', column: label, value: text });
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

/** The due date, or the issue date when the tool left it blank (due on receipt). */
export function dueDateOrIssue(ctx: ReadContext, line: number, text: string, issueDate: IsoDate | null, label: string): IsoDate {
  if (text !== '') return dateIn(ctx, text, label);
  if (issueDate === null) fail('missing-value', `${label} is empty and there is no issue date`, { code: 'no-due-date', column: label });
  warn(ctx, line, 'due-from-issue', `no ${label}: taken as due on the issue date ${issueDate}`);
  return issueDate;
}

export function currencyIn(ctx: ReadContext, text: string): string {
  if (text === '') return ctx.defaultCurrency;
  const code = text.toUpperCase();
  if (!isCurrencyCode(code)) fail('bad-currency', `"${text}" is not an ISO 4217 currency code`, { code: 'not-a-currency', value: text });
  return code;
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
): void {
  for (const [number, rows] of groupRows(table.rows, (row) => cellOf(table, row, numberField))) {
    const first = rows[0]!;
    collect(out, rows, number, () => build({ number, rows, first, cell: (field) => cellOf(table, first, field) }));
  }
}
