// What the ledger says is true about a debtor and the invoices a message is about, worked out
// once: the template context turns these into variables, and templateFit (fit.ts) decides from
// the same facts whether a template can be filled truthfully. Days are the debtor's calendar days.
import type { Debtor, Event, Invoice, Payment, PaymentPlan, PromiseToPay, Settings } from '../ledger/schema';
import { dateIn, type IsoDate } from '../dates';
import { fromDayNumber, toDayNumber } from '../collection/days';
import { isUnpaid } from '../collection/invoices';
import { isLadderStep, ladderCycleStart } from '../collection/ladder';
import { currentPlan, type PlanState } from '../collection/plans';
import { evaluatePromises } from '../collection/promises';
import { buildTimeline, isConversation, type Contact } from '../collection/timeline';
import { daysOverdue } from './late-payment';

/** Where the oldest unpaid invoice stands against its due date; 'none' when nothing is unpaid. */
export type DueState = 'upcoming' | 'today' | 'past' | 'none';

/** A payment this recent is what a thank-you note thanks for. */
export const THANK_YOU_WINDOW_DAYS = 30;

/** The debtor's records the facts are read from (the shape of DebtorRecords). */
export interface TemplateRecords {
  /** The contact log. */
  events: readonly Event[];
  payments: readonly Payment[];
  promises: readonly PromiseToPay[];
  plans: readonly PaymentPlan[];
}

export interface TemplateFactsInput {
  debtor: Debtor;
  /** The invoices the message is about. */
  invoices: readonly Invoice[];
  records: TemplateRecords;
  settings: Pick<Settings, 'ladderDays'>;
  now: Date;
}

export interface TemplateFacts {
  /** Today on the debtor's calendar. */
  today: IsoDate;
  /** Invoices of the message with something still owed (open or disputed). */
  unpaidInvoices: number;
  /** Invoices of the message under dispute. */
  disputedInvoices: number;
  /** Due date of the oldest unpaid invoice of the message; null when none is unpaid. */
  oldestUnpaidDue: IsoDate | null;
  dueState: DueState;
  /** Days past the oldest unpaid due date (0 until it has passed). */
  daysLate: number;
  /**
   * Outbound e-mails and letters for a ladder step about these invoices in the current cycle
   * (from the oldest unpaid due date + the courtesy offset).
   */
  remindersSent: number;
  /** Day of the latest outbound call in the cycle where someone answered (or no outcome was noted). */
  lastCallDate: IsoDate | null;
  /** The newest promise that is open (not cancelled, not kept, its date not passed). */
  openPromise: PromiseToPay | null;
  /** The latest-dated promise that was broken (not cancelled, not kept, its date passed). */
  brokenPromise: PromiseToPay | null;
  /** The plan that governs the debtor now (not cancelled), whatever its state. */
  plan: PaymentPlan | null;
  planState: PlanState | 'none';
  /** Whether the current plan has an installment due before today still unpaid. */
  installmentMissed: boolean;
  /** The latest payment in the last THANK_YOU_WINDOW_DAYS days. */
  recentPayment: Payment | null;
}

/** Kinds of contact that are a written reminder (a call or a meeting is not). */
const REMINDER_KINDS: ReadonlySet<Event['kind']> = new Set(['email', 'letter']);

function about(contact: Contact, invoiceIds: ReadonlySet<string>): boolean {
  const ids = contact.event.invoiceIds;
  return ids.length === 0 || ids.some((id) => invoiceIds.has(id));
}

function oldest(dates: readonly IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((min, d) => (min === null || d < min ? d : min), null);
}

export function computeTemplateFacts(input: TemplateFactsInput): TemplateFacts {
  const { debtor, invoices, records, settings, now } = input;
  const timeZone = debtor.timeZone;
  const today = dateIn(timeZone, now);
  const todayDay = toDayNumber(today);

  const unpaid = invoices.filter(isUnpaid);
  const oldestUnpaidDue = oldest(unpaid.map((i) => i.dueDate));
  const dueState: DueState =
    oldestUnpaidDue === null ? 'none' : oldestUnpaidDue > today ? 'upcoming' : oldestUnpaidDue === today ? 'today' : 'past';

  const own = <T extends { debtorId: string }>(list: readonly T[]) => list.filter((r) => r.debtorId === debtor.id);
  const timeline = buildTimeline(own(records.events), timeZone);
  const invoiceIds = new Set(invoices.map((i) => i.id));
  const cycleStart = oldestUnpaidDue === null ? null : ladderCycleStart(toDayNumber(oldestUnpaidDue), settings.ladderDays);
  const inCycle = cycleStart === null ? [] : timeline.contacts.filter((c) => c.day >= cycleStart && c.day <= todayDay);
  const remindersSent = inCycle.filter(
    (c) => REMINDER_KINDS.has(c.event.kind) && c.step !== undefined && isLadderStep(c.step) && about(c, invoiceIds),
  ).length;
  const calls = inCycle.filter((c) => isConversation(c.event));
  const lastCall = calls[calls.length - 1];

  const payments = own(records.payments);
  const promiseRecords = own(records.promises);
  const promises = evaluatePromises(promiseRecords, payments, todayDay, timeZone);
  const byId = new Map(promiseRecords.map((p) => [p.id, p]));
  const openPromise = promises.open
    .map((view) => byId.get(view.promiseId))
    .reduce<PromiseToPay | null>((newest, p) => (p && (!newest || p.createdAt > newest.createdAt) ? p : newest), null);
  const brokenView = promises.broken[promises.broken.length - 1];
  const brokenPromise = brokenView ? (byId.get(brokenView.promiseId) ?? null) : null;

  const plan = currentPlan(own(records.plans), payments, todayDay, timeZone);

  const recentPayment = payments
    .filter((p) => p.date <= today && todayDay - toDayNumber(p.date) <= THANK_YOU_WINDOW_DAYS)
    .reduce<Payment | null>((latest, p) => (!latest || p.date > latest.date || (p.date === latest.date && p.createdAt > latest.createdAt) ? p : latest), null);

  return {
    today,
    unpaidInvoices: unpaid.length,
    disputedInvoices: invoices.filter((i) => i.status === 'disputed' || i.dispute !== null).length,
    oldestUnpaidDue,
    dueState,
    daysLate: oldestUnpaidDue === null ? 0 : daysOverdue(oldestUnpaidDue, today),
    remindersSent,
    lastCallDate: lastCall ? fromDayNumber(lastCall.day) : null,
    openPromise,
    brokenPromise,
    plan: plan?.plan ?? null,
    planState: plan?.view.state ?? 'none',
    installmentMissed: (plan?.view.missed.length ?? 0) > 0,
    recentPayment,
  };
}
