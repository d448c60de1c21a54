// The shapes an import passes through: a file is read into ImportRows (one per invoice) and
// RejectedRows (one per data line that could not be used, each saying why), then planned
// against the ledger. Everything here is plain data so the preview UI can show it as is.
import type { IsoDate } from '../dates';
import type { InvoiceStatus } from '../ledger/schema';

export const IMPORT_FORMATS = [
  'cobro',
  'invoiceninja-ar-detailed',
  'xero-sales-invoices',
  'qbo-ar-aging-detail',
  'freshbooks-invoice-details',
  'freshbooks-invoices',
  'wave-transactions',
  'zoho-invoices',
  'invoicely-invoices',
  'invoice2go-invoices',
  'invoiceninja-v4-invoices',
  'invoiceninja-v5-invoices',
  'stripe-invoices',
  'mapped',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Formats that list only what is still owed: an invoice missing from a newer file was settled. */
export const RECEIVABLE_ONLY_FORMATS: readonly ImportFormat[] = ['invoiceninja-ar-detailed', 'qbo-ar-aging-detail'];

export type Delimiter = ',' | ';' | '\t';

/** How to read "05/11/2026": day first or month first. */
export type DateOrder = 'dmy' | 'mdy';

/** The user's answer to "which column holds what" for a CSV in no known format. Values are header names. */
export interface ColumnMapping {
  debtorName: string;
  debtorEmail?: string;
  invoiceNumber: string;
  /** The invoice's total; on a file with one row per line item, the line's amount when it differs between lines. */
  amount: string;
  /** One row per line item: the line's amount; the invoice is their sum, checked against `amount`. */
  lineAmount?: string;
  paid?: string;
  balance?: string;
  currency?: string;
  issueDate?: string;
  /** Without it, the due date is the issue date plus the row's terms or the default terms. */
  dueDate?: string;
  /** "Net 30", "30 días", "Contado". */
  terms?: string;
  status?: string;
}

/** One of the file's first rows, as the header-row choice shows it. */
export interface SampleRow {
  /** 1-based line in the file. */
  line: number;
  cells: string[];
}

export interface ImportDebtor {
  name: string;
  /** Normalised (trimmed, lower-cased) and validated; empty when the file has none. */
  emails: string[];
  phone?: string;
  locale?: string;
  timeZone?: string;
  notes?: string;
}

export interface ImportInvoice {
  number: string;
  currency: string;
  /** Minor units, positive. */
  amount: number;
  /** Minor units, 0..amount. */
  paid: number;
  /** The file does not say how much was paid (a FreshBooks 'partial'): `paid` is 0 and must not lower a known value. */
  paidUnknown?: boolean;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  status: InvoiceStatus;
}

export interface ImportRow {
  /** 1-based line in the file where this invoice starts. */
  line: number;
  /** Every line that went into this invoice (several for line-item formats). */
  lines: number[];
  debtor: ImportDebtor;
  invoice: ImportInvoice;
}

export type RejectCode =
  | 'missing-column'
  | 'missing-value'
  | 'malformed-row'
  | 'bad-amount'
  | 'bad-date'
  | 'bad-email'
  | 'bad-currency'
  | 'currency-conflict'
  | 'bad-status'
  | 'paid-exceeds-amount'
  | 'duplicate-invoice'
  | 'due-before-issue'
  | 'skipped-status'
  | 'skipped-type'
  | 'inconsistent-group'
  | 'too-long';

/**
 * Why a row was left out, as data the UI words in its own language: the column as the file's
 * header names it, the cell as written, money in minor units with its currency. `message` beside
 * it stays the English wording for logs and tests.
 */
export type RowReason =
  | { code: 'too-many-values'; values: number; columns: number; delimiter: Delimiter }
  | { code: 'unclosed-quote' }
  | { code: 'no-column'; column: string }
  | { code: 'empty-value'; column: string }
  | { code: 'no-due-date'; column: string }
  | { code: 'not-an-amount'; column: string; value: string; decimal?: 'dot' | 'comma' }
  | { code: 'not-a-date'; column: string; value: string; order: DateOrder | 'either' | null }
  | { code: 'not-a-currency'; value: string }
  /** An amount written in `written` (a code, or a bare "$" or "¥") on a row in `currency`, per its currency column or its other amount. */
  | { code: 'currency-conflict'; value: string; written: string; currency: string; against: 'column' | 'amount' }
  /** A bare "¥" (yen or yuan), or a "$" nobody said the currency of, on a row that names no currency. */
  | { code: 'ambiguous-symbol'; value: string; symbol: '$' | '¥' }
  | { code: 'not-an-email'; value: string }
  | { code: 'too-many-emails'; max: number }
  | { code: 'not-positive'; amount: number; currency: string }
  | { code: 'balance-over-total' }
  | { code: 'paid-over-total'; amount: number; paid: number; currency: string }
  | { code: 'due-before-issue'; due: IsoDate; issue: IsoDate }
  | { code: 'unknown-status'; value: string }
  /** A document not owed: a draft never sent, a voided invoice (new to Cobro), or another (deleted). */
  | { code: 'not-to-collect'; value: string; kind?: 'draft' | 'void' | 'other' }
  | { code: 'not-an-invoice'; value: string }
  | { code: 'lines-disagree'; column: string; first: number; other: number }
  | { code: 'lines-sum-mismatch'; column: string; total: number; sum: number; currency: string }
  | { code: 'too-long'; what: 'invoiceNumber' | 'customerName' | 'notes'; max: number }
  | { code: 'duplicate-in-file'; number: string; name: string; firstLine: number | null }
  | { code: 'emails-taken'; emails: string; names: string }
  | { code: 'currency-mismatch'; number: string; ledger: string; file: string }
  | { code: 'invalid-record'; what: 'debtor' | 'invoice' };

export type RowReasonCode = RowReason['code'];

export interface RejectedRow {
  line: number;
  code: RejectCode;
  message: string;
  reason: RowReason;
  /** The row's cells exactly as read. */
  raw: string[];
  /** When it could be read, so a receivable-only import does not take this invoice for settled. */
  invoiceNumber?: string;
}

export type ImportWarningCode =
  | 'no-rows'
  | 'no-address-column'
  | 'mixed-decimal-styles'
  | 'conflicting-date-order'
  | 'date-order-overridden'
  | 'currency-from-symbol'
  | 'paid-unknown'
  | 'paid-includes-credits'
  | 'repeated-amount'
  | 'dropped-value'
  | 'unknown-status'
  | 'unterminated-quote'
  | 'bad-encoding';

/**
 * The facts behind a warning, so the UI can word it in its own language ("no due date on line
 * 14: taken as due on 3 March 2026"). A code with no entry here carries no detail; add one next
 * to the others when a new warning has facts worth showing.
 */
export interface ImportWarningDetails {
  'dropped-value': { what: 'phone' | 'language' | 'timeZone'; value: string };
  'currency-from-symbol': { symbol: string; currency: string };
  'paid-unknown': { number: string };
  'paid-includes-credits': { number: string };
  'repeated-amount': { number: string };
  'unknown-status': { value: string; decidedBy: 'open' | 'balance' };
  'mixed-decimal-styles': { decimal: 'dot' | 'comma' };
  'conflicting-date-order': { order: DateOrder };
  'date-order-overridden': { order: DateOrder };
}

export type ImportWarningDetail<C extends ImportWarningCode = ImportWarningCode> = C extends keyof ImportWarningDetails ? ImportWarningDetails[C] : never;

/** One warning per code, so `detail` narrows with `code`. `message` stays the English wording for logs and tests. */
export type ImportWarning = {
  [C in ImportWarningCode]: {
    /** null when it concerns the whole file. */
    line: number | null;
    code: C;
    message: string;
    detail?: ImportWarningDetail<C>;
  };
}[ImportWarningCode];

export interface ParsedImport {
  ok: true;
  format: ImportFormat;
  delimiter: Delimiter;
  /** 1-based line of the header row. */
  headerLine: number;
  headers: string[];
  /** The file's dates could be day-first or month-first: nothing was parsed; ask and pass `dateOrder`. */
  needsDateOrder: boolean;
  /** What the format usually uses, to preselect an answer when `needsDateOrder` is true. */
  suggestedDateOrder: DateOrder | null;
  /** Amounts are written with a bare "$" and nothing says which dollar or peso: nothing was parsed; ask and pass `dollarCurrency`. */
  needsDollarCurrency: boolean;
  /** The user's default currency when it is written "$", to preselect; else null. */
  suggestedDollarCurrency: string | null;
  rows: ImportRow[];
  rejected: RejectedRow[];
  warnings: ImportWarning[];
  /** The file's first rows (blank ones left out), to choose another header row. */
  sampleRows: SampleRow[];
  /** Imported invoices with neither a due date nor terms: due `defaultTermsDays` after issue. */
  dueFromDefaultTerms: number;
  defaultTermsDays: number;
}

export type ImportFailureCode =
  | 'empty-file'
  | 'not-text'
  | 'no-header'
  | 'missing-column'
  | 'mapping-required'
  | 'bad-mapping'
  // Spreadsheets the worker recognises by their first bytes but cannot read.
  | 'spreadsheet-xls'
  | 'spreadsheet-ods'
  | 'spreadsheet-numbers'
  | 'spreadsheet-locked'
  | 'spreadsheet-unreadable';

/** The file as a whole cannot be read; nothing was imported. */
export interface ImportFailure {
  ok: false;
  code: ImportFailureCode;
  message: string;
  /** Required columns the header lacks ('missing-column'; 'mapping-required' when the file nearly matched a format). */
  missing?: string[];
  /** 'mapping-required': the known export the file nearly is. */
  like?: ImportFormat;
  /** 'bad-mapping': which rule the chosen columns break. */
  mappingProblem?: 'noColumn' | 'paidAndBalance';
  /** The file's first rows (blank ones left out), to choose the header row; absent when the file is not text. */
  sampleRows?: SampleRow[];
}

export type ParseImportResult = ParsedImport | ImportFailure;

export interface ParseImportOptions {
  /** Skip detection and read the file as this format. */
  format?: ImportFormat;
  /** Used when a row or file names no currency. */
  defaultCurrency: string;
  /** The user's answer when the file's dates are ambiguous. Evidence in the file wins over it. */
  dateOrder?: DateOrder;
  /** The user's answer to "which currency is $ in this file?": a currency written "$" (USD, MXN, CAD…); applies to every bare "$" of the file. */
  dollarCurrency?: string;
  /** Required for 'mapped'. */
  mapping?: ColumnMapping;
  /** The file's name, for messages. */
  sourceName?: string;
  /** The user's choice of header row (1-based line), instead of finding it. */
  headerLine?: number;
  /** Days from issue to due for rows with neither a due date nor terms; 30 by default. */
  defaultTermsDays?: number;
  /**
   * The decimal mark the caller knows the file uses (a spreadsheet's numbers are written with a
   * dot): no guess from the cells. An amount written the other way is rejected with its reason.
   */
  decimalMark?: 'dot' | 'comma';
}

export interface DetectedFormat {
  format: ImportFormat | null;
  delimiter: Delimiter;
  /** 1-based line of the header row; 0 when the file has no non-blank row. */
  headerLine: number;
  headers: string[];
  /** 0..1: how much of the format's known header was found (1 when every known column is there). */
  confidence: number;
}
