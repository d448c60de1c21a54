// The one way UI reaches the ledger, whatever the transport: a map from handler name to its
// input schema (checked where the request arrives) and to its implementation.
import { z } from 'zod';
import {
  CallOutcome,
  Channel,
  ContactPolicy,
  CurrencyCode,
  DelinquencyKind,
  Email,
  EventKind,
  Id,
  Installment,
  IsoDate,
  Locale,
  MailRef,
  PositiveMinor,
  TemplateLocale,
  TemplatePurpose,
  TimeZone,
  Debtor,
  Invoice,
  Event,
  Template,
  Diagnostic,
  PaymentPlan,
  PromiseToPay,
  Payment,
} from './schema';
import type { Transport } from './client';
import { invalidInput, toHandlerError, type HandlerError } from './errors';
import type { HandlerContext } from './handlers/context';
import { debtorHandlers } from './handlers/debtors';
import { demoHandlers } from './handlers/demo';
import { diagnosticHandlers } from './handlers/diagnostics';
import { eventHandlers } from './handlers/events';
import { followupHandlers } from './handlers/followups';
import { invoiceHandlers } from './handlers/invoices';
import { moneyHandlers } from './handlers/money';
import { settingsHandlers, SettingsPatch } from './handlers/settings';
import { templateHandlers } from './handlers/templates';
import { backupHandlers, BackupRestoreInput } from './handlers/backup';
import { debtorListHandlers, DebtorListInput } from './handlers/debtor-list';
import { debtorMergeHandlers, DebtorMergeInput } from './handlers/debtor-merge';
import { exportHandlers } from './handlers/export';
import { importHandlers, ImportApplyInput, ImportPreviewInput } from './handlers/import';
import { overviewHandlers } from './handlers/overview';
import { templatePreviewHandlers, TemplatePreviewInput } from './handlers/template-preview';
import { InvoiceCaptureInput, PageLookupInput, siteHandlers } from '../sites/handlers';
import { ClaimFileInput, claimHandlers } from '../claim/handlers';
import { WriteOffInput, writeOffHandlers } from '../claim/write-off';
import { ReplyActInput, ReplyDismissInput, ReplyReadInput, replyHandlers } from '../replies/handlers';

export { createClient, type LedgerClient, type Transport } from './client';
export type { HandlerError, HandlerErrorCode, HandlerIssue } from './errors';
export type { HandlerContext } from './handlers/context';

/** Any instant with a zone; stored as UTC with milliseconds so index order is time order. */
const Instant = z.iso.datetime({ offset: true });
const Limit = (fallback: number, max: number) => z.number().int().min(1).max(max).default(fallback);
const InvoiceIds = z.array(Id).max(500);
const Reason = z.string().trim().min(1, 'say why').max(500);
const OptionalText = (max: number) => z.string().trim().max(max).optional();

const DebtorFields = {
  name: Debtor.shape.name,
  emails: z.array(Email).max(20),
  locale: Locale,
  timeZone: TimeZone,
  phone: Debtor.shape.phone,
  contactName: Debtor.shape.contactName,
  taxId: Debtor.shape.taxId,
  address: Debtor.shape.address,
  notes: Debtor.shape.notes,
  tags: Debtor.shape.tags,
};

const InvoiceFields = {
  number: Invoice.shape.number,
  currency: CurrencyCode,
  amount: PositiveMinor,
  issueDate: IsoDate.nullable().optional(),
  dueDate: IsoDate,
  description: Invoice.shape.description,
};

const TemplateFields = {
  name: Template.shape.name,
  purpose: TemplatePurpose,
  locale: TemplateLocale,
  subject: Template.shape.subject,
  body: Template.shape.body,
};

export const HANDLER_SCHEMAS = {
  // ---------------------------------------------------------------- debtors
  'debtor-lookup': z.strictObject({ emails: z.array(z.string().max(320)).max(200) }),
  'debtor-get': z.strictObject({ id: Id }),
  'debtor-search': z.strictObject({ query: z.string().max(200), limit: Limit(20, 200) }),
  'debtor-create': z.strictObject({
    ...DebtorFields,
    emails: DebtorFields.emails.default([]),
    locale: Locale.optional(),
    timeZone: TimeZone.optional(),
    notes: DebtorFields.notes.default(''),
    tags: DebtorFields.tags.default([]),
    firstInvoice: z.strictObject(InvoiceFields).optional(),
  }),
  'debtor-update': z.strictObject({
    id: Id,
    patch: z
      .strictObject({ ...DebtorFields, doNotContact: z.boolean(), contactPolicy: ContactPolicy.nullable() })
      .partial(),
  }),
  'debtor-delete': z.strictObject({ id: Id }),
  'debtor-pause': z.strictObject({ id: Id, reason: Reason, until: IsoDate.nullable() }),
  'debtor-resume': z.strictObject({ id: Id }),
  'delinquency-override': z.strictObject({ debtorId: Id, kind: DelinquencyKind.nullable(), reason: z.string().trim().max(500) }),

  // ---------------------------------------------------------------- invoices
  'invoice-create': z.strictObject({ debtorId: Id, ...InvoiceFields }),
  'invoice-update': z.strictObject({
    id: Id,
    patch: z
      .strictObject({ ...InvoiceFields, status: z.enum(['open', 'void', 'written_off']) })
      .partial(),
  }),
  'invoice-delete': z.strictObject({ id: Id }),
  'invoice-dispute': z.strictObject({ debtorId: Id, invoiceIds: InvoiceIds.min(1).optional(), reason: Reason }),
  'dispute-resolve': z.strictObject({ debtorId: Id, invoiceIds: InvoiceIds.min(1).optional() }),
  /** Gives up on invoices (all owed when none named), with a reason and an event, in one transaction. */
  'debtor-write-off': WriteOffInput,

  // ---------------------------------------------------------------- payments, promises, plans
  'payment-record': z.strictObject({
    debtorId: Id,
    currency: CurrencyCode,
    amount: PositiveMinor,
    date: IsoDate,
    method: Payment.shape.method,
    note: Payment.shape.note,
    invoiceIds: InvoiceIds.min(1).optional(),
  }),
  'promise-record': z.strictObject({
    debtorId: Id,
    amount: PositiveMinor,
    currency: CurrencyCode,
    date: IsoDate,
    invoiceIds: InvoiceIds.min(1).optional(),
    note: PromiseToPay.shape.note,
  }),
  'promise-cancel': z.strictObject({ id: Id }),
  'plan-create': z.strictObject({
    debtorId: Id,
    invoiceIds: InvoiceIds.min(1),
    installments: z.array(Installment).min(1).max(120),
    note: PaymentPlan.shape.note,
  }),
  'plan-cancel': z.strictObject({ id: Id }),

  // ---------------------------------------------------------------- the contact log
  'event-log': z.strictObject({
    debtorId: Id,
    kind: EventKind,
    channel: Channel,
    direction: Event.shape.direction,
    at: Instant.optional(),
    templateId: Id.optional(),
    step: TemplatePurpose.optional(),
    invoiceIds: InvoiceIds.default([]),
    subject: Event.shape.subject,
    outcome: CallOutcome.optional(),
    note: Event.shape.note,
    mail: MailRef.optional(),
    sentText: Event.shape.sentText,
    dedupeKey: Event.shape.dedupeKey.optional(),
  }),
  'mail-sent': z.strictObject({
    host: MailRef.shape.host,
    to: z.array(z.string().max(320)).min(1).max(500),
    subject: Event.shape.subject,
    threadId: OptionalText(200),
    messageId: z.string().trim().min(1).max(300),
    at: Instant.optional(),
    templateId: Id.optional(),
    step: TemplatePurpose.optional(),
    invoiceIds: InvoiceIds.optional(),
    /** The plain text that was sent, when the host could read it (boundSentText fits it). */
    sentText: Event.shape.sentText,
  }),
  'events-list': z.strictObject({ debtorId: Id, before: Instant.optional(), limit: Limit(50, 500) }),
  'followups-today': z.strictObject({ limit: z.number().int().min(1).max(10_000).optional() }),
  /** How many 'followups-today' lists: the toolbar badge's number. */
  'followups-count': z.strictObject({}),
  'status-get': z.strictObject({ debtorId: Id }),

  // ---------------------------------------------------------------- templates
  'templates-list': z.strictObject({ purpose: TemplatePurpose.optional(), locale: TemplateLocale.optional() }),
  'template-create': z.strictObject(TemplateFields),
  'template-update': z.strictObject({ id: Id, patch: z.strictObject(TemplateFields).partial() }),
  'template-delete': z.strictObject({ id: Id }),
  'template-render': z.strictObject({
    templateId: Id,
    debtorId: Id,
    invoiceIds: InvoiceIds.min(1).optional(),
    deadline: IsoDate.optional(),
  }),
  'templates-for-debtor': z.strictObject({ debtorId: Id, locale: TemplateLocale.optional() }),

  // ---------------------------------------------------------------- settings, diagnostics
  'settings-get': z.strictObject({}),
  'settings-set': z.strictObject({ patch: SettingsPatch }),
  'diagnostic-record': z.strictObject({
    code: Diagnostic.shape.code,
    detail: Diagnostic.shape.detail,
    dedupeKey: Diagnostic.shape.dedupeKey,
  }),
  'diagnostics-list': z.strictObject({ limit: Limit(50, 500) }),

  // ---------------------------------------------------------------- demo
  /** Fills an empty ledger with the demo debtors; a ledger with debtors is left alone. */
  'demo-load': z.strictObject({}),

  // ---------------------------------------------------------------- workspace
  /** A page of the debtor table: search, filters and order over every debtor's status summary. */
  'debtor-list': DebtorListInput,
  /** Works out and stores the summaries that no longer hold (a new day, other settings), so the next list is quick. */
  'summaries-refresh': z.strictObject({}),
  /** Moves everything of mergeId to keepId and deletes mergeId, in one transaction. */
  'debtor-merge': DebtorMergeInput,
  'overview-get': z.strictObject({}),
  /** An unsaved template rendered for a debtor (or a sample one), with the tone check. */
  'template-preview': TemplatePreviewInput,
  /** Reads an export file and plans it against the ledger; writes nothing. */
  'import-preview': ImportPreviewInput,
  /** Writes the rows a preview read, planned again inside one transaction: all or nothing. */
  'import-apply': ImportApplyInput,
  'invoices-export': z.strictObject({}),
  'backup-export': z.strictObject({}),
  /** Replaces the whole ledger with a backup's records, in one transaction; a bad file changes nothing. */
  'backup-restore': BackupRestoreInput,
  /** Everything the claim file and the formal letter show about one debtor; reads only. */
  'claim-file': ClaimFileInput,

  // ---------------------------------------------------------------- invoicing tools' pages
  /** Which of a page's invoice numbers and addresses the ledger knows, with each debtor's status; reads only. */
  'page-lookup': PageLookupInput,
  /** An invoice read from a page and confirmed by the user, with its new customer if any, in one transaction. */
  'invoice-capture': InvoiceCaptureInput,

  // ---------------------------------------------------------------- a debtor's reply
  /** Reads a message from a debtor: what it says (promise, payment, dispute…) and what the user already decided; reads only. */
  'reply-read': ReplyReadInput,
  /** Does what the user chose from a reply and logs the debtor's words with it, in one transaction. */
  'reply-act': ReplyActInput,
  /** Logs that the user read a finding and chose to do nothing. */
  'reply-dismiss': ReplyDismissInput,
} as const;

export type HandlerName = keyof typeof HANDLER_SCHEMAS;
export const HANDLER_NAMES = Object.keys(HANDLER_SCHEMAS) as HandlerName[];
/** What a caller sends (defaults may be left out). */
export type HandlerInput<K extends HandlerName> = z.input<(typeof HANDLER_SCHEMAS)[K]>;
/** What a handler receives, after validation and defaults. */
export type HandlerArgs<K extends HandlerName> = z.output<(typeof HANDLER_SCHEMAS)[K]>;

type HandlerShape = { [K in HandlerName]: (input: HandlerArgs<K>) => Promise<unknown> };

export function createHandlers(ctx: HandlerContext) {
  return {
    ...debtorHandlers(ctx),
    ...invoiceHandlers(ctx),
    ...moneyHandlers(ctx),
    ...eventHandlers(ctx),
    ...followupHandlers(ctx),
    ...templateHandlers(ctx),
    ...settingsHandlers(ctx),
    ...diagnosticHandlers(ctx),
    ...demoHandlers(ctx),
    ...debtorListHandlers(ctx),
    ...debtorMergeHandlers(ctx),
    ...overviewHandlers(ctx),
    ...templatePreviewHandlers(ctx),
    ...importHandlers(ctx),
    ...exportHandlers(ctx),
    ...backupHandlers(ctx),
    ...claimHandlers(ctx),
    ...writeOffHandlers(ctx),
    ...siteHandlers(ctx),
    ...replyHandlers(ctx),
  } satisfies HandlerShape;
}

export type Handlers = ReturnType<typeof createHandlers>;
export type HandlerOutput<K extends HandlerName> = Awaited<ReturnType<Handlers[K]>>;

// Every implemented handler has a schema (the reverse is checked by `satisfies` above).
type MustBeNever<T extends never> = T;
export type HandlersWithoutSchema = MustBeNever<Exclude<keyof Handlers, HandlerName>>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: HandlerError };

/**
 * The gate every request passes, from any transport: an unknown name or an input that does
 * not match its schema is answered with a typed error before any handler runs.
 */
export async function dispatch(handlers: Handlers, name: unknown, input: unknown): Promise<Result<unknown>> {
  if (typeof name !== 'string' || !Object.hasOwn(HANDLER_SCHEMAS, name)) {
    return { ok: false, error: { code: 'unknown-handler', message: `There is no ledger handler named ${JSON.stringify(name)}` } };
  }
  const key = name as HandlerName;
  const parsed = HANDLER_SCHEMAS[key].safeParse(input);
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error).toHandlerError() };
  try {
    const handler = handlers[key] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toHandlerError(error) };
  }
}

/** Calls the handlers directly, through the same validation as any other transport. */
export function inProcessTransport(handlers: Handlers): Transport {
  return (name, input) => dispatch(handlers, name, input);
}
