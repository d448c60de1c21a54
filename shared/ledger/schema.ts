// The ledger's records, as zod schemas. These are the shapes stored in IndexedDB, sent over
// runtime messaging and written to backups; every write is checked against them.
import { z } from 'zod';
import { REPLY_INTENTS } from '../replies/types';
import { isCurrencyCode } from '../money';
import { isIsoDate, isTimeZone } from '../dates';
import { SENT_TEXT_MAX } from '../sent-text';

// ---------------------------------------------------------------- primitives

export const Id = z.string().min(1).max(64);
export const IsoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD', params: { rule: 'date' } });
export const IsoDateTime = z.iso.datetime({ offset: false });
export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, { message: 'expected an ISO 4217 currency code such as EUR', params: { rule: 'currency' } });
/** Integer minor units (cents). Never a float. */
export const MinorUnits = z.number().int().safe();
export const NonNegativeMinor = MinorUnits.nonnegative();
export const PositiveMinor = MinorUnits.positive();
export const TimeZone = z.string().refine(isTimeZone, { message: 'expected an IANA time zone such as Europe/Madrid', params: { rule: 'time-zone' } });
export const Locale = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        return Intl.getCanonicalLocales(value).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'expected a language tag such as es-ES', params: { rule: 'language' } },
  );
/** E-mail addresses are stored trimmed and lower-cased; that is the form lookups use. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'expected an e-mail address' }));

export function normalizeEmail(address: string): string {
  return address.trim().toLowerCase();
}

const Text = (max: number) => z.string().trim().max(max);
const Name = z.string().trim().min(1, 'required').max(200);

// ---------------------------------------------------------------- ladder

/** The escalation ladder, in order. Each step is tried before the next. */
export const LADDER_STEPS = [
  'courtesy', // 3 days before due: friendly heads-up
  'due', // on the due date
  'overdue', // +7: copy of the invoice marked overdue
  'call', // +14: phone the person who pays
  'firm', // +30: new concrete deadline, plan offer
  'formal', // +45: formal demand with consequences
  'agency', // +60: hand over to a collection agency
  'legal', // +90: small claims / monitorio / lawyer
] as const;
export const LadderStep = z.enum(LADDER_STEPS);
export type LadderStep = z.infer<typeof LadderStep>;

/** Tracks beside the ladder that change what happens next. */
export const SIDE_TRACKS = [
  'promise-confirmation', // confirms a promise to pay in writing
  'promise-broken', // the day after a promise date passed unpaid
  'plan-offer', // proposes installments
  'installment-reminder', // a few days before an installment
  'installment-missed', // an installment date passed unpaid
  'dispute-acknowledgement', // we received your objection, escalation paused
  'thank-you', // after payment
  'reconnect', // rebuild the relationship with a customer worth keeping
  'call-follow-up', // after a phone call: what was said and what stands
] as const;
export const SideTrack = z.enum(SIDE_TRACKS);
export type SideTrack = z.infer<typeof SideTrack>;

export const TemplatePurpose = z.enum([...LADDER_STEPS, ...SIDE_TRACKS]);
export type TemplatePurpose = z.infer<typeof TemplatePurpose>;

export const DelinquencyKind = z.enum(['temporary', 'chronic', 'intentional']);
export type DelinquencyKind = z.infer<typeof DelinquencyKind>;

// ---------------------------------------------------------------- contact policy

export const PolicyPreset = z.enum(['spain', 'us-regulation-f', 'ecuador', 'none']);
export type PolicyPreset = z.infer<typeof PolicyPreset>;

/** 0 = Sunday ... 6 = Saturday, as Date.getDay(). */
export const Weekday = z.number().int().min(0).max(6);
const HourOfDay = z.number().int().min(0).max(24);

export const ContactPolicy = z
  .object({
    preset: PolicyPreset,
    /** Overrides of the preset; absent means "as the preset says". */
    maxContacts: z.number().int().positive().nullable().optional(),
    windowDays: z.number().int().positive().max(366).optional(),
    startHour: HourOfDay.optional(),
    endHour: HourOfDay.optional(),
    weekdays: z.array(Weekday).max(7).optional(),
    /** Extra non-contact days (local holidays) on top of the preset's national ones. */
    holidays: z.array(IsoDate).max(400).optional(),
  })
  .refine((p) => p.startHour === undefined || p.endHour === undefined || p.startHour < p.endHour, {
    message: 'the contact window must start before it ends',
    params: { rule: 'contact-window' },
    path: ['endHour'],
  });
export type ContactPolicy = z.infer<typeof ContactPolicy>;

// ---------------------------------------------------------------- debtor

export const Pause = z.object({
  reason: Text(500).min(1, 'say why'),
  /** Last paused day; null pauses until resumed by hand. */
  until: IsoDate.nullable(),
  since: IsoDateTime,
});
export type Pause = z.infer<typeof Pause>;

export const DelinquencyOverride = z.object({
  kind: DelinquencyKind,
  reason: Text(500),
  at: IsoDateTime,
});

export const Debtor = z.object({
  id: Id,
  name: Name,
  /** Normalised addresses; each belongs to one debtor only. May be empty (imported without one). */
  emails: z.array(Email).max(20),
  contactName: Text(200).optional(),
  phone: Text(40).optional(),
  /** Tax id (NIF/CIF, VAT number) and postal address: what a claim file names the customer by. */
  taxId: Text(40).optional(),
  address: Text(500).optional(),
  locale: Locale,
  timeZone: TimeZone,
  tags: z.array(Text(40).min(1)).max(20),
  notes: Text(5000),
  pause: Pause.nullable(),
  doNotContact: z.boolean(),
  /** The user's own judgement wins over the computed kind; the evidence is still shown. */
  delinquencyOverride: DelinquencyOverride.nullable(),
  /** Per-debtor policy; null follows the settings. */
  contactPolicy: ContactPolicy.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Debtor = z.infer<typeof Debtor>;

// ---------------------------------------------------------------- invoice

export const InvoiceStatus = z.enum(['open', 'paid', 'void', 'disputed', 'written_off']);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

export const InvoiceSource = z.object({
  /** 'page': captured from an invoicing tool's page the user confirmed (invoice-capture). */
  kind: z.enum(['manual', 'import', 'email', 'page']),
  /** Import format ('cobro', 'xero', ...) when imported; the tool's id ('invoice-ninja') or 'page' (the generic scanner) when captured. */
  format: Text(40).optional(),
});
export type InvoiceSource = z.infer<typeof InvoiceSource>;

export const Invoice = z
  .object({
    id: Id,
    debtorId: Id,
    number: z.string().trim().min(1, 'required').max(60),
    currency: CurrencyCode,
    amount: PositiveMinor,
    paid: NonNegativeMinor,
    issueDate: IsoDate.nullable(),
    dueDate: IsoDate,
    status: InvoiceStatus,
    description: Text(500).optional(),
    dispute: z.object({ reason: Text(500), since: IsoDateTime }).nullable(),
    /** Set when the user gave up on the invoice: why, when, and the balance written off (minor units). */
    writeOff: z.object({ reason: Text(500), at: IsoDateTime, amount: NonNegativeMinor }).optional(),
    pause: Pause.nullable(),
    source: InvoiceSource,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .refine((i) => i.paid <= i.amount, { message: 'paid cannot exceed the amount', path: ['paid'], params: { rule: 'paid-over-amount' } })
  .refine((i) => i.issueDate === null || i.issueDate <= i.dueDate, {
    message: 'due date is before the issue date',
    params: { rule: 'due-before-issue' },
    path: ['dueDate'],
  });
export type Invoice = z.infer<typeof Invoice>;

// ---------------------------------------------------------------- payments, promises, plans

export const Allocation = z.object({ invoiceId: Id, amount: PositiveMinor });

export const Payment = z.object({
  id: Id,
  debtorId: Id,
  currency: CurrencyCode,
  amount: PositiveMinor,
  date: IsoDate,
  method: Text(60).optional(),
  note: Text(500).optional(),
  /** How the payment settled invoices; the sum never exceeds `amount`. */
  allocations: z.array(Allocation),
  createdAt: IsoDateTime,
});
export type Payment = z.infer<typeof Payment>;

export const PromiseToPay = z.object({
  id: Id,
  debtorId: Id,
  invoiceIds: z.array(Id),
  currency: CurrencyCode,
  amount: PositiveMinor,
  /** The day they said they would pay by. */
  date: IsoDate,
  note: Text(500).optional(),
  /** Withdrawn by the user (a mistake, renegotiated); a cancelled promise is neither kept nor broken. */
  cancelledAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});
export type PromiseToPay = z.infer<typeof PromiseToPay>;

export const Installment = z.object({ dueDate: IsoDate, amount: PositiveMinor });

export const PaymentPlan = z
  .object({
    id: Id,
    debtorId: Id,
    invoiceIds: z.array(Id).min(1),
    currency: CurrencyCode,
    installments: z.array(Installment).min(1).max(120),
    note: Text(500).optional(),
    cancelledAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .refine((p) => p.installments.every((x, i, all) => i === 0 || all[i - 1]!.dueDate < x.dueDate), {
    message: 'installments must be in date order, one per day at most',
    params: { rule: 'installments-order' },
    path: ['installments'],
  });
export type PaymentPlan = z.infer<typeof PaymentPlan>;

// ---------------------------------------------------------------- events (the contact log)

export const EventKind = z.enum([
  'email', // a message sent to or received from the debtor
  'call', // a phone call, with its outcome
  'letter', // certified letter / burofax
  'sms',
  'meeting',
  'promise', // a promise to pay was recorded
  'payment', // a payment was recorded
  'plan', // a payment plan was agreed
  'pause',
  'resume',
  'dispute',
  'dispute-resolved',
  'note',
  'handover', // passed to an agency or lawyer
  'write-off', // the user gave up on invoices: the balance leaves the active totals, the history stays
  'reopened', // the user took a write-off back: the invoices are chased (and claimable) again
]);
export type EventKind = z.infer<typeof EventKind>;

export const Channel = z.enum(['email', 'phone', 'letter', 'sms', 'in-person', 'system']);
export type Channel = z.infer<typeof Channel>;

export const CallOutcome = z.enum(['reached', 'voicemail', 'no-answer', 'wrong-number', 'refused']);
export type CallOutcome = z.infer<typeof CallOutcome>;

export const MailRef = z.object({
  host: z.enum(['gmail', 'outlook']),
  threadId: Text(200).optional(),
  messageId: Text(300).optional(),
});

export const Event = z.object({
  id: Id,
  debtorId: Id,
  at: IsoDateTime,
  kind: EventKind,
  channel: Channel,
  direction: z.enum(['outbound', 'inbound', 'internal']),
  templateId: Id.optional(),
  step: TemplatePurpose.optional(),
  invoiceIds: z.array(Id),
  subject: Text(500).optional(),
  outcome: CallOutcome.optional(),
  note: Text(5000).optional(),
  mail: MailRef.optional(),
  /**
   * A logged send: the plain text the customer received (our words; quoted history left out),
   * as evidence for a claim. Bounded so a pasted thread cannot swell the ledger and every backup:
   * 20,000 characters is about eight printed pages, longer than any collection letter, and the
   * hosts cut longer text with boundSentText before they log it. Sends logged before the text was
   * kept have none.
   */
  sentText: Text(SENT_TEXT_MAX).optional(),
  /** A finding read from the debtor's reply (note = their words) and what the user made of it. */
  reading: z
    .object({
      intent: z.enum(REPLY_INTENTS),
      decision: z.enum(['accepted', 'dismissed']),
      /**
       * What the accepted finding recorded in the same write: the promise, payment or plan by its
       * id, the pause or dispute by its event's id. Lets the reply say later what was done; not indexed.
       */
      record: z.object({ kind: z.enum(['promise', 'payment', 'plan', 'pause', 'dispute']), id: Id }).optional(),
    })
    .optional(),
  /**
   * A write-off's amounts given up, per currency, as they were when it was written. Kept on the
   * event (and so under its hash) because the invoices' own `writeOff` goes when one is reopened.
   */
  amounts: z.array(z.object({ currency: CurrencyCode, amount: PositiveMinor })).max(50).optional(),
  /** Unique: the same send seen twice (two tabs, a retry) is logged once. */
  dedupeKey: z.string().min(1).max(400),
});
/** An event's fields, as built; it is stored only with its hash (event-hash.ts). */
export type Event = z.infer<typeof Event>;

/**
 * An event as stored: with the hex SHA-256 of its canonical JSON without this field. Added on
 * every write by withHash (event-hash.ts), carried by backups and checked on restore.
 */
export const HashedEvent = Event.extend({ hash: z.string().regex(/^[0-9a-f]{64}$/) });
export type HashedEvent = z.infer<typeof HashedEvent>;

/** Event kinds that count as contacting the debtor (for the contact policy and "last contacted"). */
export const CONTACT_KINDS: readonly EventKind[] = ['email', 'call', 'letter', 'sms', 'meeting'];

// ---------------------------------------------------------------- templates

export const TemplateLocale = z.enum(['es', 'en']);
export type TemplateLocale = z.infer<typeof TemplateLocale>;

export const Template = z.object({
  id: Id,
  /** Set when this record edits a built-in template; deleting it restores the built-in. */
  builtinId: Id.optional(),
  name: Name,
  purpose: TemplatePurpose,
  locale: TemplateLocale,
  /** ICU MessageFormat sources. */
  subject: z.string().max(500),
  body: z.string().min(1).max(20000),
  updatedAt: IsoDateTime,
});
export type Template = z.infer<typeof Template>;

// ---------------------------------------------------------------- settings

export const PaymentMethod = z.object({
  kind: z.enum(['iban', 'link', 'card', 'cash', 'cheque', 'other']),
  label: Text(80),
  value: Text(500).min(1),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** Days relative to the oldest unpaid due date at which each step becomes due. */
export const LadderDays = z
  .object(Object.fromEntries(LADDER_STEPS.map((s) => [s, z.number().int().min(-60).max(730)])) as Record<
    LadderStep,
    z.ZodNumber
  >)
  .refine((d) => LADDER_STEPS.every((s, i) => i === 0 || d[LADDER_STEPS[i - 1]!] < d[s]), {
    message: 'each step must come after the one before it',
    params: { rule: 'ladder-order' },
  });
export type LadderDays = z.infer<typeof LadderDays>;

export const Settings = z.object({
  business: z.object({
    name: Text(200),
    email: z.union([Email, z.literal('')]),
    phone: Text(40),
    address: Text(500),
    taxId: Text(40),
  }),
  /** The person who signs and makes the calls ("Ana García"); empty until the first-run setup. */
  senderName: Text(200),
  /** Plain text; rendered escaped at the end of messages. */
  signature: Text(2000),
  paymentMethods: z.array(PaymentMethod).max(10),
  defaultCurrency: CurrencyCode,
  defaultLocale: Locale,
  defaultTimeZone: TimeZone,
  /** 'auto' follows the browser or Outlook. */
  uiLanguage: z.enum(['auto', 'es', 'en']),
  ladderDays: LadderDays,
  /** After the overdue step, the invoice copy is re-sent at this interval. */
  resendIntervalDays: z.number().int().min(1).max(365),
  /** No ladder step comes sooner than this many days after the last contact in the cycle. */
  minContactGapDays: z.number().int().min(1).max(60),
  /** Reminders for plan installments go out this many days before each one. */
  installmentReminderDays: z.number().int().min(0).max(30),
  contactPolicy: ContactPolicy,
  /** ECB main refinancing rate in basis points (2.15% = 215); statutory interest adds 800. */
  ecbRateBasisPoints: z.number().int().min(-1000).max(5000),
  /** Whether formal templates quote Spanish B2B late-payment interest and the €40 per invoice. */
  claimSpanishLatePaymentCosts: z.boolean(),
  /**
   * The user's own statutory rates per half-year ("2026-H2", "10.40"): they win over the table
   * Cobro ships (shared/claim/ecb-rates.ts), which cannot know a rate published after it was written.
   */
  interestRates: z
    .array(z.object({ half: z.string().regex(/^\d{4}-H[12]$/, 'a half-year like 2026-H1'), percent: z.string().regex(/^\d{1,2}(\.\d{1,2})?$/, 'a percentage like 10.15') }))
    .max(100)
    .refine((rates) => new Set(rates.map((rate) => rate.half)).size === rates.length, { message: 'a half-year is listed twice', params: { rule: 'half-twice' } })
    .default([]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  business: { name: '', email: '', phone: '', address: '', taxId: '' },
  senderName: '',
  signature: '',
  paymentMethods: [],
  defaultCurrency: 'EUR',
  defaultLocale: 'es-ES',
  defaultTimeZone: 'Europe/Madrid',
  uiLanguage: 'auto',
  ladderDays: { courtesy: -3, due: 0, overdue: 7, call: 14, firm: 30, formal: 45, agency: 60, legal: 90 },
  resendIntervalDays: 30,
  minContactGapDays: 7,
  installmentReminderDays: 3,
  contactPolicy: { preset: 'spain' },
  ecbRateBasisPoints: 215,
  claimSpanishLatePaymentCosts: false,
  interestRates: [],
};

// ---------------------------------------------------------------- diagnostics

/** Something the overlay could not make sense of (a Gmail layout change, a bad message). */
export const Diagnostic = z.object({
  id: Id,
  at: IsoDateTime,
  /** What failed, e.g. 'gmail-layout', stable for grouping. */
  code: z.string().min(1).max(80),
  detail: Text(2000),
  /** One record per code and host version is enough. */
  dedupeKey: z.string().min(1).max(200),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
