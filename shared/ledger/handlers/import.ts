// Importing invoices from another tool's export, in two steps the wizard shows: 'import-preview'
// reads the file and plans it against the ledger without writing; 'import-apply' takes the rows
// the preview read and writes them in one transaction, planning them again inside it, so the
// writes follow the ledger as it is at that moment (and nothing can change in between). If any
// write fails, the transaction is aborted and nothing of the import remains.
import { z } from 'zod';
import type { HandlerArgs } from '../api';
import { toDebtorRow, fromDebtorRow, type CobroDb } from '../db';
import { emptyRecords } from '../debtor-records';
import { LedgerError } from '../errors';
import { followUpDay } from '../follow-up';
import { settingsStamp, summaryRow } from '../summary';
import { FOLLOW_UP_TABLES, refreshAllFollowUps, refreshFollowUps } from '../follow-up-refresh';
import { CurrencyCode, IsoDate, InvoiceStatus, type Debtor, type Invoice, type Settings } from '../schema';
import { detectImportFormat, parseImportFile, planImport } from '../../import';
import { symbolFits } from '../../import/amount-cells';
import { isCurrencyCode } from '../../money';
import {
  IMPORT_FORMATS,
  type DetectedFormat,
  type ImportFailure,
  type ImportFormat,
  type ImportRow,
  type ImportWarning,
  type RejectedRow,
  type RowReason,
  type SampleRow,
} from '../../import/types';
import { NAME_CHOICES, type ImportPlan, type ImportSummary, type NameAnswer, type NameConflict, type PlanSkipCode, type PlanWarning } from '../../import/plan';
import type { HandlerContext } from './context';
import { readSettings } from './settings';
import { chunkedWriter, type WriteProgress } from './write-progress';

/** Rows one import may carry. */
export const MAX_IMPORT_ROWS = 200_000;
/** Characters of file text one preview may read (about 100 MB). */
export const MAX_IMPORT_TEXT = 100_000_000;
/** How many of each kind of planned record a preview lists (the summary counts them all). */
export const PREVIEW_LIST_LIMIT = 500;
/** How many skipped rows a preview lists, each with its reason. */
export const PREVIEW_SKIPPED_LIMIT = 10_000;
/** Above this many existing debtors to refresh, one pass over the whole ledger is cheaper. */
const REFRESH_ALL_ABOVE = 1000;

const Header = z.string().max(200);
export const ColumnMappingSchema = z.strictObject({
  debtorName: Header,
  debtorEmail: Header.optional(),
  invoiceNumber: Header,
  amount: Header,
  lineAmount: Header.optional(),
  paid: Header.optional(),
  balance: Header.optional(),
  currency: Header.optional(),
  issueDate: Header.optional(),
  dueDate: Header.optional(),
  terms: Header.optional(),
  status: Header.optional(),
});

/** The user's answers to "two names for one address" (see NameConflict). */
export const NameChoicesSchema = z
  .array(z.strictObject({ address: z.string().max(320), name: z.string().max(200), choice: z.enum(NAME_CHOICES) }))
  .max(10_000);

export const ImportPreviewInput = z.strictObject({
  text: z.string().max(MAX_IMPORT_TEXT),
  fileName: z.string().max(260).optional(),
  format: z.enum(IMPORT_FORMATS).optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /** The user's answer to "which currency is $ in this file?": a currency written "$". */
  dollarCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .refine((code) => isCurrencyCode(code) && symbolFits('$', code), 'not a currency written "$"')
    .optional(),
  mapping: ColumnMappingSchema.optional(),
  /** The header row the user chose (1-based line among the file's first rows). */
  headerLine: z.number().int().min(1).max(1000).optional(),
  /** Days from issue to due for invoices with neither a due date nor terms. */
  defaultTermsDays: z.number().int().min(0).max(365).optional(),
  /** Set by the caller that knows it (a spreadsheet's numbers are written with a dot). */
  decimalMark: z.enum(['dot', 'comma']).optional(),
  nameChoices: NameChoicesSchema.optional(),
});

// The rows as the parser produced them; checked again here because they come back from the page.
const Line = z.number().int().min(1).max(100_000_000);
const ImportRowSchema = z.strictObject({
  line: Line,
  lines: z.array(Line).min(1).max(10_000),
  debtor: z.strictObject({
    name: z.string().trim().min(1).max(200),
    emails: z.array(z.string().max(320)).max(20),
    phone: z.string().max(40).optional(),
    locale: z.string().max(35).optional(),
    timeZone: z.string().max(64).optional(),
    notes: z.string().max(5000).optional(),
  }),
  invoice: z.strictObject({
    number: z.string().trim().min(1).max(60),
    currency: CurrencyCode,
    amount: z.number().int().safe().positive(),
    paid: z.number().int().safe().nonnegative(),
    paidUnknown: z.boolean().optional(),
    issueDate: IsoDate.nullable(),
    dueDate: IsoDate,
    status: InvoiceStatus,
  }),
});

const SummaryCount = z.number().int().min(0);
const ImportSummarySchema = z.strictObject({
  rows: SummaryCount,
  debtorsToCreate: SummaryCount,
  debtorsToUpdate: SummaryCount,
  invoicesToCreate: SummaryCount,
  invoicesToUpdate: SummaryCount,
  invoicesProposedPaid: SummaryCount,
  unchanged: SummaryCount,
  skipped: SummaryCount,
  flagged: SummaryCount,
  warnings: SummaryCount,
});

export const ImportApplyInput = z.strictObject({
  format: z.enum(IMPORT_FORMATS),
  rows: z.array(ImportRowSchema).max(MAX_IMPORT_ROWS),
  /** Invoice numbers the file names on rows it could not read: not taken for settled. */
  mentioned: z.array(z.string().max(60)).max(MAX_IMPORT_ROWS).default([]),
  /** Write the invoices a receivable-only file no longer lists as paid. */
  acceptProposedPaid: z.boolean().default(false),
  /** The preview's summary: when given, the import is refused if the plan now differs from it. */
  expected: ImportSummarySchema.optional(),
  /** The answers the preview was planned with; the write plans with the same ones. */
  nameChoices: NameChoicesSchema.default([]),
});

// ---------------------------------------------------------------- what the preview shows

export interface PreviewSkip {
  line: number;
  code: PlanSkipCode;
  message: string;
  /** What the preview says, in the UI's language. */
  reason: RowReason;
  /** 'file': the row could not be read; 'ledger': it was read but cannot go into the ledger. */
  source: 'file' | 'ledger';
}

export interface PreviewInvoice {
  invoiceId: string;
  debtorName: string;
  number: string;
  currency: string;
  amount: number;
  paid: number;
  status: Invoice['status'];
  dueDate: string;
}

export interface PreviewDebtor {
  debtorId: string;
  name: string;
  emails: string[];
}

export interface ImportPlanView {
  summary: ImportSummary;
  debtorsToCreate: PreviewDebtor[];
  debtorsToUpdate: PreviewDebtor[];
  invoicesToCreate: PreviewInvoice[];
  invoicesToUpdate: PreviewInvoice[];
  /** Every one of them: the user decides about these. */
  invoicesProposedPaid: PreviewInvoice[];
  /** Rows that will not be imported, from the file and from the plan, by line. */
  skipped: PreviewSkip[];
  warnings: PlanWarning[];
  /** Names of new debtors without an address. */
  withoutAddress: string[];
  /** Addresses with two names, each with the answer the plan followed. */
  nameConflicts: NameConflict[];
}

export type ImportPreview =
  | { stage: 'failed'; detected: DetectedFormat; failure: ImportFailure }
  | {
      stage: 'needs-date-order';
      detected: DetectedFormat;
      format: ImportFormat;
      headers: string[];
      suggestedDateOrder: 'dmy' | 'mdy' | null;
      warnings: ImportWarning[];
    }
  | {
      stage: 'needs-dollar-currency';
      detected: DetectedFormat;
      format: ImportFormat;
      headers: string[];
      /** The user's default currency when it is written "$"; else null. */
      suggestedDollarCurrency: string | null;
      warnings: ImportWarning[];
    }
  | {
      stage: 'ready';
      detected: DetectedFormat;
      format: ImportFormat;
      headers: string[];
      rows: ImportRow[];
      /** Invoice numbers named by rows that could not be read (pass back to 'import-apply'). */
      mentioned: string[];
      rejected: number;
      warnings: ImportWarning[];
      /** The rows the file could not give, to plan again with other answers (see replanImport). */
      rejectedRows: RejectedRow[];
      /** The answers `plan` follows. */
      nameChoices: NameAnswer[];
      plan: ImportPlanView;
      headerLine: number;
      sampleRows: SampleRow[];
      /** Invoices due `defaultTermsDays` after issue because the file gave no due date or terms. */
      dueFromDefaultTerms: number;
      defaultTermsDays: number;
    };

export interface ImportApplied {
  summary: ImportSummary;
  proposedPaidWritten: number;
  /** Nothing was written: the ledger already said what the file says. */
  unchanged: boolean;
}

function previewInvoice(invoice: Invoice, names: ReadonlyMap<string, string>): PreviewInvoice {
  return {
    invoiceId: invoice.id,
    debtorName: names.get(invoice.debtorId) ?? invoice.debtorId,
    number: invoice.number,
    currency: invoice.currency,
    amount: invoice.amount,
    paid: invoice.paid,
    status: invoice.status,
    dueDate: invoice.dueDate,
  };
}

export function planView(plan: ImportPlan, rejected: readonly RejectedRow[], existing: readonly Debtor[]): ImportPlanView {
  const names = new Map<string, string>();
  for (const debtor of [...existing, ...plan.debtorsToCreate, ...plan.debtorsToUpdate]) names.set(debtor.id, debtor.name);
  const debtorView = (debtor: Debtor): PreviewDebtor => ({ debtorId: debtor.id, name: debtor.name, emails: debtor.emails });
  const skipped: PreviewSkip[] = [
    ...rejected.map((row) => ({ line: row.line, code: row.code, message: row.message, reason: row.reason, source: 'file' as const })),
    ...plan.skipped.map((skip) => ({ ...skip, source: 'ledger' as const })),
  ].sort((a, b) => a.line - b.line);
  const created = new Set(plan.debtorsToCreate.map((debtor) => debtor.id));
  return {
    summary: { ...plan.summary, skipped: skipped.length },
    debtorsToCreate: plan.debtorsToCreate.slice(0, PREVIEW_LIST_LIMIT).map(debtorView),
    debtorsToUpdate: plan.debtorsToUpdate.slice(0, PREVIEW_LIST_LIMIT).map(debtorView),
    invoicesToCreate: plan.invoicesToCreate.slice(0, PREVIEW_LIST_LIMIT).map((invoice) => previewInvoice(invoice, names)),
    invoicesToUpdate: plan.invoicesToUpdate.slice(0, PREVIEW_LIST_LIMIT).map((invoice) => previewInvoice(invoice, names)),
    invoicesProposedPaid: plan.invoicesProposedPaid.map((invoice) => previewInvoice(invoice, names)),
    skipped: skipped.slice(0, PREVIEW_SKIPPED_LIMIT),
    warnings: plan.warnings.slice(0, PREVIEW_LIST_LIMIT),
    withoutAddress: plan.flagged.filter((flag) => created.has(flag.debtorId)).map((flag) => names.get(flag.debtorId) ?? flag.debtorId),
    nameConflicts: plan.nameConflicts.slice(0, PREVIEW_LIST_LIMIT),
  };
}

async function readExisting(db: CobroDb): Promise<{ debtors: Debtor[]; invoices: Invoice[] }> {
  const [rows, invoices] = await Promise.all([db.debtors.toArray(), db.invoices.toArray()]);
  return { debtors: rows.map(fromDebtorRow), invoices };
}

function mentionedOnly(numbers: readonly string[]): RejectedRow[] {
  return numbers.map((invoiceNumber) => ({ line: 1, code: 'malformed-row', message: '', reason: { code: 'unclosed-quote' }, raw: [], invoiceNumber }));
}

function sameSummary(a: ImportSummary, b: ImportSummary): boolean {
  return (Object.keys(b) as (keyof ImportSummary)[]).every((key) => key === 'skipped' || a[key] === b[key]);
}

/** Follow-up days of new debtors come from the invoices in hand; existing ones are read back. */
async function refreshTouched(db: CobroDb, plan: ImportPlan, written: readonly Invoice[], settings: Settings, now: Date): Promise<void> {
  const created = new Set(plan.debtorsToCreate.map((debtor) => debtor.id));
  const existing = new Set<string>(plan.debtorsToUpdate.map((debtor) => debtor.id));
  for (const invoice of written) if (!created.has(invoice.debtorId)) existing.add(invoice.debtorId);
  if (existing.size > REFRESH_ALL_ABOVE) await refreshAllFollowUps(db, settings, now);
  else await refreshFollowUps(db, existing, now);
}

/**
 * 'import-apply' itself, for callers that show how far the write got (the workspace's worker);
 * `input` must already have passed the handler's schema.
 */
export function applyImport(ctx: HandlerContext, input: HandlerArgs<'import-apply'>, progress?: WriteProgress): Promise<ImportApplied> {
  const { db } = ctx;
  return db.transaction('rw', FOLLOW_UP_TABLES, async () => {
    const now = ctx.now();
    const settings = await readSettings(db);
    const existing = await readExisting(db);
    const plan = planImport(input.rows as ImportRow[], existing, {
      now,
      newId: ctx.newId,
      settings,
      format: input.format,
      rejected: mentionedOnly(input.mentioned),
      nameChoices: input.nameChoices,
    });
    if (input.expected && !sameSummary(plan.summary, input.expected)) {
      throw new LedgerError(
        'conflict',
        'The ledger changed since the preview was made, so the import would not do what the preview showed. Nothing was imported; preview the file again.',
      );
    }
    const proposed = input.acceptProposedPaid ? plan.invoicesProposedPaid : [];
    const byDebtor = new Map<string, Invoice[]>();
    for (const invoice of plan.invoicesToCreate) {
      let list = byDebtor.get(invoice.debtorId);
      if (!list) byDebtor.set(invoice.debtorId, (list = []));
      list.push(invoice);
    }
    const updates = [...plan.invoicesToUpdate, ...proposed];
    const writer = chunkedWriter(plan.debtorsToCreate.length + plan.debtorsToUpdate.length + plan.invoicesToCreate.length + updates.length, progress);
    // A new debtor's records are the invoices in hand: their derived rows need no read back.
    const createdRecords = (debtorId: string) => ({ ...emptyRecords(), invoices: byDebtor.get(debtorId) ?? [] });
    const createdRows = plan.debtorsToCreate.map((debtor) => toDebtorRow(debtor, followUpDay(debtor, createdRecords(debtor.id), settings, now)));
    await writer.add(db.debtors, createdRows);
    await writer.put(db.debtors, plan.debtorsToUpdate.map((debtor) => toDebtorRow(debtor)));
    await writer.add(db.invoices, plan.invoicesToCreate);
    await writer.put(db.invoices, updates);
    const stamp = settingsStamp(settings);
    // Derived rows: not counted as records written.
    await db.summaries.bulkPut(createdRows.map((row) => summaryRow(row, createdRecords(row.id), settings, now, stamp)));
    const written = [...plan.invoicesToCreate, ...updates];
    await refreshTouched(db, plan, written, settings, now);
    return {
      summary: plan.summary,
      proposedPaidWritten: proposed.length,
      unchanged: written.length === 0 && plan.debtorsToCreate.length === 0 && plan.debtorsToUpdate.length === 0,
    };
  });
}

/** The steps of a preview that count rows (see ParseProgress and PlanContext.onProgress). */
export type PreviewStep = 'reading' | 'checking' | 'planning';

/** `done` of `total` rows in `step`; `estimated` while the total is a guess. */
export type PreviewProgress = (step: PreviewStep, done: number, total: number, estimated: boolean) => void;

/**
 * 'import-preview' itself, for callers that show how far it got (the workspace's worker);
 * `input` must already have passed the handler's schema.
 */
export async function previewImport(ctx: HandlerContext, input: HandlerArgs<'import-preview'>, progress?: PreviewProgress): Promise<ImportPreview> {
  const { db } = ctx;
  const detected = detectImportFormat(input.text, input.headerLine);
  const { settings, existing } = await db.transaction('r', [db.debtors, db.invoices, db.settings], async () => ({
    settings: await readSettings(db),
    existing: await readExisting(db),
  }));
  const parsed = parseImportFile(
    input.text,
    {
      defaultCurrency: settings.defaultCurrency,
      ...(input.format ? { format: input.format } : {}),
      ...(input.dateOrder ? { dateOrder: input.dateOrder } : {}),
      ...(input.dollarCurrency ? { dollarCurrency: input.dollarCurrency } : {}),
      ...(input.mapping ? { mapping: input.mapping } : {}),
      ...(input.fileName ? { sourceName: input.fileName } : {}),
      ...(input.headerLine ? { headerLine: input.headerLine } : {}),
      ...(input.defaultTermsDays !== undefined ? { defaultTermsDays: input.defaultTermsDays } : {}),
      ...(input.decimalMark ? { decimalMark: input.decimalMark } : {}),
    },
    progress && ((note) => progress(note.step, note.done, note.total, note.estimated)),
  );
  if (!parsed.ok) return { stage: 'failed', detected, failure: parsed };
  if (parsed.needsDateOrder) {
    return {
      stage: 'needs-date-order',
      detected,
      format: parsed.format,
      headers: parsed.headers,
      suggestedDateOrder: parsed.suggestedDateOrder,
      warnings: parsed.warnings,
    };
  }
  if (parsed.needsDollarCurrency) {
    return {
      stage: 'needs-dollar-currency',
      detected,
      format: parsed.format,
      headers: parsed.headers,
      suggestedDollarCurrency: parsed.suggestedDollarCurrency,
      warnings: parsed.warnings,
    };
  }
  const plan = planImport(parsed.rows, existing, {
    now: ctx.now(),
    newId: ctx.newId,
    settings,
    format: parsed.format,
    rejected: parsed.rejected,
    onProgress: progress && ((done, total) => progress('planning', done, total, false)),
    nameChoices: input.nameChoices,
  });
  const mentioned = [...new Set(parsed.rejected.flatMap((row) => (row.invoiceNumber ? [row.invoiceNumber] : [])))];
  return {
    stage: 'ready',
    detected,
    format: parsed.format,
    headers: parsed.headers,
    rows: parsed.rows,
    mentioned,
    rejected: parsed.rejected.length,
    warnings: parsed.warnings,
    rejectedRows: parsed.rejected,
    nameChoices: input.nameChoices ?? [],
    plan: planView(plan, parsed.rejected, existing.debtors),
    headerLine: parsed.headerLine,
    sampleRows: parsed.sampleRows,
    dueFromDefaultTerms: parsed.dueFromDefaultTerms,
    defaultTermsDays: parsed.defaultTermsDays,
  };
}

/**
 * The preview's rows planned again with other answers to its name questions, without reading the
 * file again: what the preview shows once the user answers, and the summary the write must match.
 */
export async function replanImport(
  ctx: HandlerContext,
  input: { format: ImportFormat; rows: readonly ImportRow[]; rejected: readonly RejectedRow[]; nameChoices: readonly NameAnswer[] },
): Promise<ImportPlanView> {
  const { db } = ctx;
  const { settings, existing } = await db.transaction('r', [db.debtors, db.invoices, db.settings], async () => ({
    settings: await readSettings(db),
    existing: await readExisting(db),
  }));
  const plan = planImport(input.rows, existing, { now: ctx.now(), newId: ctx.newId, settings, format: input.format, rejected: input.rejected, nameChoices: input.nameChoices });
  return planView(plan, input.rejected, existing.debtors);
}

export function importHandlers(ctx: HandlerContext) {
  return {
    'import-preview': (input: HandlerArgs<'import-preview'>): Promise<ImportPreview> => previewImport(ctx, input),

    'import-apply': (input: HandlerArgs<'import-apply'>): Promise<ImportApplied> => applyImport(ctx, input),
  };
}
