// What kind of late payer this is (COLLECTIONS.md: temporary, chronic, intentional), from the
// debtor's own history, always with the evidence so the user can see why and overrule it.
//
// Rules, applied only while something is overdue (otherwise there is no delinquency):
// - intentional: >= 2 broken promises; or >= 1 broken promise and >= 3 unanswered contacts;
//   or >= 5 unanswered contacts with the oldest overdue invoice more than 45 days late.
// - chronic: >= 3 invoices paid late; or at least half of the paid invoices whose timing is
//   known were late, when there are >= 4 of them; or >= 2 unpaid invoices more than 30 days late.
// - temporary: anything else.
// An unanswered contact is an outbound contact made since the oldest overdue due date with no
// inbound event, payment or promise after it. A paid invoice's timing is known when payment
// allocations cover its amount; the payment that completes it decides whether it was late.
import type { DelinquencyKind, Debtor, Invoice, Payment, PromiseToPay } from '../ledger/schema';
import { toDayNumber, type DayNumber } from './days';
import { compareText } from './order';
import type { Timeline } from './timeline';
import { startOfLocalDay } from './zoned';

export const DELINQUENCY_RULES = {
  intentionalBrokenPromises: 2,
  intentionalUnansweredWithBrokenPromise: 3,
  intentionalUnanswered: 5,
  intentionalUnansweredMinDaysLate: 45,
  chronicLatePaid: 3,
  chronicLateShareMinPaid: 4,
  /** Half or more, as a fraction. */
  chronicLateShare: 0.5,
  chronicLongOverdue: 2,
  longOverdueDays: 30,
} as const;

export type EvidenceCode =
  | 'overdue-invoices'
  | 'days-late'
  | 'long-overdue-invoices'
  | 'broken-promises'
  | 'missed-installments'
  | 'unanswered-contacts'
  | 'late-paid-invoices'
  | 'on-time-paid-invoices';

export interface Evidence {
  code: EvidenceCode;
  count?: number;
  days?: number;
  ids?: string[];
}

export interface DelinquencyView {
  /** The override when there is one, else the computed kind. */
  kind: DelinquencyKind | null;
  computedKind: DelinquencyKind | null;
  overridden: boolean;
  evidence: Evidence[];
}

/** Everything the classification looks at; ids sorted. */
export interface DelinquencyFacts {
  overdueInvoiceIds: string[];
  /** Days late of the oldest overdue invoice; null when nothing is overdue. */
  daysLate: number | null;
  /** Unpaid invoices more than 30 days past due. */
  longOverdueInvoiceIds: string[];
  brokenPromiseIds: string[];
  /** Plans with missed installments, and how many installments were missed in all. */
  missedPlanIds: string[];
  missedInstallments: number;
  unansweredContactIds: string[];
  latePaidInvoiceIds: string[];
  onTimePaidInvoiceIds: string[];
}

/** Paid invoices split by whether the payment that completed them came after the due date. */
export function paidInvoiceTimeliness(
  invoices: readonly Invoice[],
  payments: readonly Payment[],
): { late: string[]; onTime: string[] } {
  const paid = invoices.filter((invoice) => invoice.status === 'paid');
  if (paid.length === 0) return { late: [], onTime: [] };
  const wanted = new Set(paid.map((invoice) => invoice.id));
  const allocations = new Map<string, { day: DayNumber; paymentId: string; amount: number }[]>();
  for (const payment of payments) {
    for (const allocation of payment.allocations) {
      if (!wanted.has(allocation.invoiceId)) continue;
      let list = allocations.get(allocation.invoiceId);
      if (!list) allocations.set(allocation.invoiceId, (list = []));
      list.push({ day: toDayNumber(payment.date), paymentId: payment.id, amount: allocation.amount });
    }
  }
  const late: string[] = [];
  const onTime: string[] = [];
  for (const invoice of paid) {
    const list = allocations.get(invoice.id);
    if (!list) continue;
    list.sort((a, b) => a.day - b.day || compareText(a.paymentId, b.paymentId));
    let total = 0;
    for (const entry of list) {
      total += entry.amount;
      if (total >= invoice.amount) {
        (entry.day > toDayNumber(invoice.dueDate) ? late : onTime).push(invoice.id);
        break;
      }
    }
  }
  return { late: late.sort(compareText), onTime: onTime.sort(compareText) };
}

/** Outbound contacts on or after `since` (a local day) that nothing from the debtor followed. */
export function unansweredContacts(
  timeline: Timeline,
  payments: readonly Payment[],
  promises: readonly PromiseToPay[],
  since: DayNumber,
  timeZone: string,
): string[] {
  let lastResponse = -Infinity;
  for (const { event, ms } of timeline.events) {
    if (event.direction === 'inbound') lastResponse = Math.max(lastResponse, ms);
  }
  let lastPaymentDay = -Infinity;
  for (const payment of payments) lastPaymentDay = Math.max(lastPaymentDay, toDayNumber(payment.date));
  if (lastPaymentDay > -Infinity) {
    // A payment has a day but no time: it answers contacts made up to the end of that day.
    lastResponse = Math.max(lastResponse, startOfLocalDay(lastPaymentDay + 1, timeZone) - 1);
  }
  for (const promise of promises) lastResponse = Math.max(lastResponse, Date.parse(promise.createdAt));
  return timeline.contacts
    .filter((contact) => contact.day >= since && contact.ms >= lastResponse)
    .map((contact) => contact.event.id)
    .sort(compareText);
}

export function classifyDelinquency(facts: DelinquencyFacts): DelinquencyKind | null {
  if (facts.overdueInvoiceIds.length === 0) return null;
  const rules = DELINQUENCY_RULES;
  const broken = facts.brokenPromiseIds.length;
  const unanswered = facts.unansweredContactIds.length;
  const daysLate = facts.daysLate ?? 0;
  if (
    broken >= rules.intentionalBrokenPromises ||
    (broken >= 1 && unanswered >= rules.intentionalUnansweredWithBrokenPromise) ||
    (unanswered >= rules.intentionalUnanswered && daysLate > rules.intentionalUnansweredMinDaysLate)
  ) {
    return 'intentional';
  }
  const late = facts.latePaidInvoiceIds.length;
  const known = late + facts.onTimePaidInvoiceIds.length;
  if (
    late >= rules.chronicLatePaid ||
    (known >= rules.chronicLateShareMinPaid && late >= known * rules.chronicLateShare) ||
    facts.longOverdueInvoiceIds.length >= rules.chronicLongOverdue
  ) {
    return 'chronic';
  }
  return 'temporary';
}

/** The facts worth showing, in a fixed order; empty ones are left out. */
export function delinquencyEvidence(facts: DelinquencyFacts): Evidence[] {
  const evidence: Evidence[] = [];
  const list = (code: EvidenceCode, ids: string[]) => {
    if (ids.length > 0) evidence.push({ code, count: ids.length, ids });
  };
  list('overdue-invoices', facts.overdueInvoiceIds);
  if (facts.daysLate !== null && facts.daysLate > 0) evidence.push({ code: 'days-late', days: facts.daysLate });
  list('long-overdue-invoices', facts.longOverdueInvoiceIds);
  list('broken-promises', facts.brokenPromiseIds);
  if (facts.missedInstallments > 0) {
    evidence.push({ code: 'missed-installments', count: facts.missedInstallments, ids: facts.missedPlanIds });
  }
  list('unanswered-contacts', facts.unansweredContactIds);
  list('late-paid-invoices', facts.latePaidInvoiceIds);
  list('on-time-paid-invoices', facts.onTimePaidInvoiceIds);
  return evidence;
}

/** The user's override wins; the computed kind and the evidence are kept beside it. */
export function assessDelinquency(facts: DelinquencyFacts, override: Debtor['delinquencyOverride']): DelinquencyView {
  const computedKind = classifyDelinquency(facts);
  return {
    kind: override ? override.kind : computedKind,
    computedKind,
    overridden: override !== null,
    evidence: delinquencyEvidence(facts),
  };
}
