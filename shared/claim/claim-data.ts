// What the claim file and the formal letter say about one debtor, gathered from the ledger and
// worked out once, in plain data: the PDFs only lay it out. Pure: the ledger handler
// ('claim-file', handlers.ts) reads the records and hands them here.
//
// Statutory interest and the event hashes come from their own modules (interest.ts, chain.ts);
// they arrive here as functions the caller passes (handlers.ts), so this file holds no interest
// or hash arithmetic of its own. Where they are not given the claim says nothing about them.
import type { UsedRate } from './ecb-rates';
import type { InterestLine } from './interest';
import { evaluatePlan } from '../collection/plans';
import { evaluatePromise } from '../collection/promises';
import { toDayNumber } from '../collection/days';
import { localMoment } from '../collection/zoned';
import { addDays, daysBetween, type IsoDate } from '../dates';
import { sumByCurrency, totalsList, type Money } from '../money';
import type { Debtor, Event, Invoice, Payment, PaymentPlan, PromiseToPay, Settings, Template } from '../ledger/schema';
import { inTimeOrder } from './chain';
import { statutoryCompensation } from './compensation';

export type ClaimLanguage = 'es' | 'en';

/** One stretch of late-payment interest on one invoice, exactly as interest.ts works it out. */
export type ClaimInterestLine = InterestLine;

export interface ClaimInterest {
  lines: ClaimInterestLine[];
  total: Money;
  missingRates: string[];
}

/** Interest on one invoice up to `until`, given the parts of it paid and when. */
export type InterestCalculator = (input: {
  amount: number;
  currency: string;
  dueDate: IsoDate;
  paidParts: { date: IsoDate; amount: number }[];
  until: IsoDate;
}) => ClaimInterest;

/** Each event's hash and the chained hash after it (same order as given), and the head. */
export type ChainCalculator = (events: readonly Event[]) => { links: { hash: string; chained: string }[]; head: string };

export interface ClaimParty {
  name: string;
  taxId: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  /** The creditor's signer; the debtor's contact person. */
  person: string | null;
}

export interface ClaimInvoice {
  id: string;
  number: string;
  description: string | null;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  currency: string;
  amount: number;
  paid: number;
  outstanding: number;
  status: Invoice['status'];
  /** Days past due on the claim's date while unpaid; 0 otherwise. */
  daysLate: number;
  /** Spanish B2B debts in euros: the statutory interest; undefined when not claimed. */
  interest?: ClaimInterest;
  /** Whether the €40 compensation is claimed for it. */
  compensation: boolean;
  /** The user gave it up: on which day (the debtor's calendar), why and how much; null otherwise. */
  writtenOff: ClaimWriteOff | null;
}

export interface ClaimWriteOff {
  /** Null where the status came without the decision (an import from another tool said so). */
  on: IsoDate | null;
  reason: string | null;
  amount: number;
}

export interface ClaimPayment {
  id: string;
  date: IsoDate;
  currency: string;
  amount: number;
  method: string | null;
  note: string | null;
  invoiceNumbers: string[];
}

export interface ClaimBalance {
  currency: string;
  invoiced: number;
  paid: number;
  /** Given up by the user: part of what was invoiced, neither paid nor claimed. */
  writtenOff: number;
  outstanding: number;
}

export type PromiseState = 'kept' | 'broken' | 'open' | 'cancelled';

export interface ClaimPromise {
  id: string;
  /** The day it was recorded, on the debtor's calendar. */
  madeOn: IsoDate;
  date: IsoDate;
  amount: Money;
  paidToward: number;
  state: PromiseState;
  note: string | null;
}

export interface ClaimInstallment {
  dueDate: IsoDate;
  amount: number;
  /** Still owed on it; 0 when covered. */
  owed: number;
  missed: boolean;
}

export interface ClaimPlan {
  id: string;
  madeOn: IsoDate;
  currency: string;
  state: 'active' | 'completed' | 'defaulted' | 'cancelled';
  installments: ClaimInstallment[];
  note: string | null;
}

/** How a contact stands as evidence of the out-of-court attempt (LO 1/2025). */
export type EvidenceWeight = 'receipt' | 'attempt' | 'none';

/** How a formal letter went, as the user recorded it. */
export const LETTER_METHODS = ['burofax', 'registered-mail', 'courier', 'email'] as const;
export type LetterMethod = (typeof LETTER_METHODS)[number];

export interface ClaimEvent {
  id: string;
  at: string;
  /** On the debtor's clock. */
  localDate: IsoDate;
  localTime: string;
  kind: Event['kind'];
  channel: Event['channel'];
  direction: Event['direction'];
  templateName: string | null;
  step: Event['step'] | null;
  subject: string | null;
  /** An email the mail host logged as it left (Gmail, Outlook): the sends sentText is kept for. */
  loggedSend: boolean;
  /** The plain text that was sent, as logged; null for a send logged before the text was kept. */
  sentText: string | null;
  note: string | null;
  outcome: Event['outcome'] | null;
  invoiceNumbers: string[];
  /** What the user made of the customer's reply (the reply reader's finding), when it was read. */
  reading: NonNullable<Event['reading']> | null;
  /** A formal letter recorded as sent: how, and the certificate's reference. */
  letter: { method: LetterMethod; reference: string } | null;
  evidence: EvidenceWeight;
  hash: string | null;
  chained: string | null;
}

export type OutOfCourtGap = 'no-contact' | 'no-receipt';

export interface ClaimFileData {
  language: ClaimLanguage;
  asOf: IsoDate;
  /** When the file was made (UTC instant). */
  madeAt: string;
  debtorTimeZone: string;
  debtorLocale: string;
  creditor: ClaimParty;
  /** How the creditor can be paid (settings), for the letter. */
  paymentMethods: { label: string; value: string }[];
  debtor: ClaimParty & { id: string };
  invoices: ClaimInvoice[];
  payments: ClaimPayment[];
  balances: ClaimBalance[];
  promises: ClaimPromise[];
  plans: ClaimPlan[];
  /** Oldest first. */
  events: ClaimEvent[];
  outOfCourt: {
    receiptEventIds: string[];
    attemptEventIds: string[];
    gaps: OutOfCourtGap[];
  };
  /** Spanish B2B late-payment costs, when they apply to this debt (Ley 3/2004). */
  lateCosts: {
    /** Per currency: sums of the invoices' interest; null when interest was not worked out. */
    interest: Money[] | null;
    /** €40 × the invoices that carry it. */
    compensation: Money | null;
    compensationCount: number;
    /** Outstanding + interest + compensation, per currency; null without interest. */
    totalClaimable: Money[] | null;
    missingRates: string[];
    /** The half-years the interest lines use, oldest first, with the rate and where it came from. */
    ratesUsed: UsedRate[];
  } | null;
  integrity: {
    algorithm: 'SHA-256';
    head: string | null;
    /** How to recompute the hashes from `records` (shared/claim/chain.ts states the same rule). */
    rule: string;
    /** The ledger's event records as they were hashed, in chain order, so anyone can check each hash and the head. */
    records: Event[];
  };
}

export const INTEGRITY_RULE =
  'hash = lowercase hex SHA-256 of the RFC 8785 canonical JSON of the record without its "hash" field; ' +
  'chained(0) = 64 zeros; chained(n) = SHA-256 of the text chained(n-1) followed by hash(n); head = chained of the last record.';

export interface ClaimRecords {
  debtor: Debtor;
  invoices: readonly Invoice[];
  payments: readonly Payment[];
  promises: readonly PromiseToPay[];
  plans: readonly PaymentPlan[];
  /** In any order; the claim sorts them oldest first. */
  events: readonly Event[];
  settings: Settings;
  /** Templates the events name, by id. */
  templates: ReadonlyMap<string, Pick<Template, 'name'>>;
}

export interface ClaimOptions {
  asOf: IsoDate;
  language: ClaimLanguage;
  madeAt: Date;
  interest?: InterestCalculator;
  chain?: ChainCalculator;
  /** The rate of a half-year and its source, for the note under the interest table. */
  rateOf?: (half: string) => UsedRate | null;
}

/**
 * Statuses whose unpaid balance is still claimed. A written-off invoice is not: the user decided
 * to give it up, so a claim filed afterwards lists it (the history a court reads is whole) but asks
 * neither its balance nor interest nor the €40 for it. To claim it again the user reopens it
 * first, which logs that they changed their mind on the timeline.
 */
const CLAIMED_STATUSES: ReadonlySet<Invoice['status']> = new Set(['open', 'disputed']);

const text = (value: string | undefined | null): string | null => (value && value.trim() !== '' ? value.trim() : null);

/**
 * Whether the Spanish late-payment rules apply: the user asked for them (settings), and the debt
 * is a Spanish customer's (their locale is Spain's). Business-to-business is what Cobro is for;
 * the user turns the setting off where a customer is a consumer.
 */
export function spanishLateCostsApply(debtor: Pick<Debtor, 'locale'>, settings: Pick<Settings, 'claimSpanishLatePaymentCosts'>): boolean {
  if (!settings.claimSpanishLatePaymentCosts) return false;
  try {
    return new Intl.Locale(debtor.locale).maximize().region === 'ES';
  } catch {
    return false;
  }
}

/** The key a recorded letter carries: how it went and its reference, readable back without parsing prose. */
export function letterDedupeKey(debtorId: string, method: LetterMethod, reference: string): string {
  return `letter:${method}:${encodeURIComponent(reference.trim())}:${debtorId}`;
}

export function letterOf(event: Pick<Event, 'kind' | 'dedupeKey'>): { method: LetterMethod; reference: string } | null {
  if (event.kind !== 'letter') return null;
  const match = /^letter:([a-z-]+):([^:]*):/.exec(event.dedupeKey);
  if (!match) return null;
  const method = LETTER_METHODS.find((name) => name === match[1]);
  if (!method) return null;
  let reference: string;
  try {
    reference = decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
  return { method, reference };
}

/**
 * A letter, burofax or certified e-mail with a certificate's reference proves receipt; any other
 * contact the user made (e-mail, call answered, letter without reference, SMS, meeting) shows an
 * attempt only. What the customer said back (inbound) shows they knew, but is not a proposal of ours.
 */
export function evidenceOf(event: Event): EvidenceWeight {
  if (event.direction !== 'outbound') return 'none';
  const letter = letterOf(event);
  if (letter && letter.reference !== '') return 'receipt';
  if (event.kind === 'call') return event.outcome === 'reached' ? 'attempt' : 'none';
  return ['email', 'letter', 'sms', 'meeting'].includes(event.kind) ? 'attempt' : 'none';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function localDateTime(at: string, timeZone: string): { date: IsoDate; time: string } {
  const moment = localMoment(Date.parse(at), timeZone);
  const date = new Date(moment.day * 86_400_000).toISOString().slice(0, 10);
  return { date, time: `${pad(Math.floor(moment.minutes / 60))}:${pad(moment.minutes % 60)}` };
}

/** What was paid toward an invoice and when: its payments' allocations, then any rest paid on the due day. */
function paidPartsOf(invoice: Invoice, payments: readonly Payment[]): { date: IsoDate; amount: number }[] {
  const parts: { date: IsoDate; amount: number }[] = [];
  for (const payment of payments) {
    for (const allocation of payment.allocations) if (allocation.invoiceId === invoice.id) parts.push({ date: payment.date, amount: allocation.amount });
  }
  const allocated = parts.reduce((sum, part) => sum + part.amount, 0);
  // Paid before Cobro knew (an import's "paid" column) has no date: taking it as paid on time
  // never claims interest the debtor may not owe.
  if (invoice.paid > allocated) parts.push({ date: invoice.dueDate, amount: invoice.paid - allocated });
  return parts;
}

function promiseState(promise: PromiseToPay, payments: readonly Payment[], asOf: IsoDate, timeZone: string): { state: PromiseState; paidToward: number } {
  if (promise.cancelledAt !== null) return { state: 'cancelled', paidToward: 0 };
  const view = evaluatePromise(promise, payments, timeZone);
  if (view.paidToward >= promise.amount) return { state: 'kept', paidToward: view.paidToward };
  return { state: toDayNumber(promise.date) >= toDayNumber(asOf) ? 'open' : 'broken', paidToward: view.paidToward };
}

function planOf(plan: PaymentPlan, payments: readonly Payment[], asOf: IsoDate, timeZone: string): ClaimPlan {
  const view = evaluatePlan(plan, payments, toDayNumber(asOf), timeZone);
  // Installments are covered in order by what was paid toward the plan (plans.ts).
  let covered = view.paid.amount;
  const installments = plan.installments.map((installment) => {
    const owed = installment.amount - Math.min(covered, installment.amount);
    covered = Math.max(0, covered - installment.amount);
    return { dueDate: installment.dueDate, amount: installment.amount, owed, missed: owed > 0 && installment.dueDate < asOf };
  });
  return {
    id: plan.id,
    madeOn: localDateTime(plan.createdAt, timeZone).date,
    currency: plan.currency,
    state: plan.cancelledAt !== null ? 'cancelled' : view.state,
    installments,
    note: text(plan.note),
  };
}

export function buildClaimData(records: ClaimRecords, options: ClaimOptions): ClaimFileData {
  const { debtor, settings } = records;
  const { asOf } = options;
  const zone = debtor.timeZone;
  const numberOf = new Map(records.invoices.map((invoice) => [invoice.id, invoice.number]));
  const lateRules = spanishLateCostsApply(debtor, settings);

  const invoices: ClaimInvoice[] = [...records.invoices]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number))
    .map((invoice) => {
      const claimed = CLAIMED_STATUSES.has(invoice.status);
      const outstanding = claimed ? Math.max(0, invoice.amount - invoice.paid) : 0;
      const late = claimed && invoice.dueDate < asOf;
      // The €40 is owed for every invoice paid late or still unpaid after its due date, in euros.
      const paidLate = payments(records.payments, invoice).some((date) => date > invoice.dueDate);
      const euroB2b = lateRules && invoice.currency === 'EUR' && invoice.status !== 'void' && invoice.status !== 'written_off';
      const interest =
        euroB2b && options.interest && (outstanding > 0 || paidLate) && invoice.dueDate < asOf
          ? options.interest({
              amount: invoice.amount,
              currency: invoice.currency,
              dueDate: invoice.dueDate,
              paidParts: paidPartsOf(invoice, records.payments),
              until: asOf,
            })
          : undefined;
      return {
        id: invoice.id,
        number: invoice.number,
        description: text(invoice.description),
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        currency: invoice.currency,
        amount: invoice.amount,
        paid: invoice.paid,
        outstanding,
        status: invoice.status,
        daysLate: late && outstanding > 0 ? daysBetween(invoice.dueDate, asOf) : 0,
        ...(interest ? { interest } : {}),
        compensation: euroB2b && ((late && outstanding > 0) || paidLate),
        writtenOff: invoice.status === 'written_off' ? writeOffOf(invoice, zone) : null,
      };
    });

  const balances: ClaimBalance[] = Object.entries(
    invoices.reduce<Record<string, ClaimBalance>>((byCurrency, invoice) => {
      if (invoice.status === 'void') return byCurrency;
      const line = (byCurrency[invoice.currency] ??= { currency: invoice.currency, invoiced: 0, paid: 0, writtenOff: 0, outstanding: 0 });
      line.invoiced += invoice.amount;
      line.paid += invoice.paid;
      line.writtenOff += invoice.writtenOff?.amount ?? 0;
      line.outstanding += invoice.outstanding;
      return byCurrency;
    }, {}),
  )
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, line]) => line);

  const sortedEvents = inTimeOrder(records.events);
  const chain = options.chain ? options.chain(sortedEvents) : null;
  const events: ClaimEvent[] = sortedEvents.map((event, index) => {
    const local = localDateTime(event.at, zone);
    const template = event.templateId ? records.templates.get(event.templateId) : undefined;
    return {
      id: event.id,
      at: event.at,
      localDate: local.date,
      localTime: local.time,
      kind: event.kind,
      channel: event.channel,
      direction: event.direction,
      templateName: template ? template.name : null,
      step: event.step ?? null,
      subject: text(event.subject),
      loggedSend: event.kind === 'email' && event.direction === 'outbound' && event.mail !== undefined,
      sentText: text(event.sentText),
      note: text(event.note),
      outcome: event.outcome ?? null,
      invoiceNumbers: event.invoiceIds.map((id) => numberOf.get(id) ?? id),
      reading: event.reading ? { ...event.reading } : null,
      letter: letterOf(event),
      evidence: evidenceOf(event),
      hash: chain?.links[index]?.hash ?? null,
      chained: chain?.links[index]?.chained ?? null,
    };
  });

  const receiptEventIds = events.filter((event) => event.evidence === 'receipt').map((event) => event.id);
  const attemptEventIds = events.filter((event) => event.evidence === 'attempt').map((event) => event.id);
  const gaps: OutOfCourtGap[] = [];
  if (receiptEventIds.length === 0 && attemptEventIds.length === 0) gaps.push('no-contact');
  if (receiptEventIds.length === 0) gaps.push('no-receipt');

  let lateCosts: ClaimFileData['lateCosts'] = null;
  if (lateRules && invoices.some((invoice) => invoice.currency === 'EUR')) {
    const statutory = statutoryCompensation(invoices.filter((invoice) => invoice.compensation), true);
    const withCompensation = statutory.invoiceIds.length;
    const interestWorked = options.interest !== undefined;
    const interest = interestWorked ? totalsList(sumByCurrency(invoices.flatMap((invoice) => (invoice.interest ? [invoice.interest.total] : [])))) : null;
    const compensation = statutory.total;
    const totalClaimable = interest
      ? totalsList(
          sumByCurrency([
            ...balances.map((balance) => ({ currency: balance.currency, amount: balance.outstanding })),
            ...interest,
            ...(compensation ? [compensation] : []),
          ]),
        )
      : null;
    lateCosts = {
      interest,
      compensation,
      compensationCount: withCompensation,
      totalClaimable,
      missingRates: [...new Set(invoices.flatMap((invoice) => invoice.interest?.missingRates ?? []))].sort(),
      ratesUsed: [...new Set(invoices.flatMap((invoice) => (invoice.interest?.lines ?? []).filter((line) => line.rateBasisPoints !== null).map((line) => line.half)))]
        .sort()
        .flatMap((half) => {
          const used = options.rateOf?.(half);
          return used ? [used] : [];
        }),
    };
  }

  const business = settings.business;
  return {
    language: options.language,
    asOf,
    madeAt: options.madeAt.toISOString(),
    debtorTimeZone: zone,
    debtorLocale: debtor.locale,
    creditor: {
      name: text(business.name) ?? '',
      taxId: text(business.taxId),
      address: text(business.address),
      email: text(business.email),
      phone: text(business.phone),
      person: text(settings.senderName),
    },
    paymentMethods: settings.paymentMethods.map((method) => ({ label: method.label, value: method.value })),
    debtor: {
      id: debtor.id,
      name: debtor.name,
      taxId: text(debtor.taxId),
      address: text(debtor.address),
      email: debtor.emails.length > 0 ? debtor.emails.join(', ') : null,
      phone: text(debtor.phone),
      person: text(debtor.contactName),
    },
    invoices,
    payments: [...records.payments]
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((payment) => ({
        id: payment.id,
        date: payment.date,
        currency: payment.currency,
        amount: payment.amount,
        method: text(payment.method),
        note: text(payment.note),
        invoiceNumbers: payment.allocations.map((allocation) => numberOf.get(allocation.invoiceId) ?? allocation.invoiceId),
      })),
    balances,
    promises: [...records.promises]
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((promise) => ({
        id: promise.id,
        madeOn: localDateTime(promise.createdAt, zone).date,
        date: promise.date,
        amount: { currency: promise.currency, amount: promise.amount },
        ...promiseState(promise, records.payments, asOf, zone),
        note: text(promise.note),
      })),
    plans: [...records.plans].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((plan) => planOf(plan, records.payments, asOf, zone)),
    events,
    outOfCourt: { receiptEventIds, attemptEventIds, gaps },
    lateCosts,
    integrity: {
      algorithm: 'SHA-256',
      head: chain?.head ?? null,
      rule: INTEGRITY_RULE,
      records: sortedEvents.map((event) => ({ ...event })),
    },
  };
}

function writeOffOf(invoice: Invoice, zone: string): ClaimWriteOff {
  const decided = invoice.writeOff;
  if (!decided) return { on: null, reason: null, amount: Math.max(0, invoice.amount - invoice.paid) };
  return { on: localDateTime(decided.at, zone).date, reason: text(decided.reason), amount: decided.amount };
}

/** The dates of payments that went to this invoice. */
function payments(all: readonly Payment[], invoice: Invoice): IsoDate[] {
  return all.filter((payment) => payment.allocations.some((allocation) => allocation.invoiceId === invoice.id)).map((payment) => payment.date);
}

/** The letter's default deadline: ten days from the day it is made. */
export function defaultDeadline(today: IsoDate): IsoDate {
  return addDays(today, 10);
}
