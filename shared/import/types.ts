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
  amount: string;
  paid?: string;
  balance?: string;
  currency?: string;
  issueDate?: string;
  dueDate: string;
  status?: string;
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
  | { code: 'not-an-amount'; column: string; value: string }
  | { code: 'not-a-date'; column: string; value: string; order: DateOrder | 'either' | null }
  | { code: 'not-a-currency'; value: string }
  | { code: 'not-an-email'; value: string }
  | { code: 'too-many-emails'; max: number }
  | { code: 'not-positive'; amount: number; currency: string }
  | { code: 'balance-over-total' }
  | { code: 'paid-over-total'; amount: number; paid: number; currency: string }
  | { code: 'due-before-issue'; due: IsoDate; issue: IsoDate }
  | { code: 'unknown-status'; value: string }
  | { code: 'not-to-collect'; value: string }
  | { code: 'not-an-invoice'; value: string }
  | { code: 'lines-disagree'; column: string; first: number; other: number }
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
  | 'due-from-issue'
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
  'due-from-issue': { column: string; issue: IsoDate };
  'dropped-value': { what: 'phone' | 'language' | 'timeZone'; value: string };
  'currency-from-symbol': { symbol: string; currency: string };
  'paid-unknown': { number: string };
  'paid-includes-credits': { number: string };
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
  rows: ImportRow[];
  rejected: RejectedRow[];
  warnings: ImportWarning[];
}

export type ImportFailureCode =
  | 'empty-file'
  | 'not-text'
  | 'no-header'
  | 'missing-column'
  | 'mapping-required'
  | 'bad-mapping';

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
}

export type ParseImportResult = ParsedImport | ImportFailure;

export interface ParseImportOptions {
  /** Skip detection and read the file as this format. */
  format?: ImportFormat;
  /** Used when a row or file names no currency. */
  defaultCurrency: string;
  /** The user's answer when the file's dates are ambiguous. Evidence in the file wins over it. */
  dateOrder?: DateOrder;
  /** Required for 'mapped'. */
  mapping?: ColumnMapping;
  /** The file's name, for messages. */
  sourceName?: string;
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
