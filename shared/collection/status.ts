// The collection status of one debtor: what they owe, how late, where they are on the ladder,
// what to do next, what kind of late payer they are, and whether we may contact them now.
// Pure and deterministic: records may arrive in any order (everything is sorted, ties by id)
// and only records of this debtor are considered. Dates are judged on the debtor's calendar.
import type { Money } from '../money';
import type { IsoDate } from '../dates';
import type { Debtor, Event, Invoice, LadderStep, Payment, PaymentPlan, PromiseToPay, Settings } from '../ledger/schema';
import { agingBuckets, type AgingBucket } from './aging';
import { fromDayNumber } from './days';
import { assessDelinquency, paidInvoiceTimeliness, unansweredContacts, type DelinquencyView } from './delinquency';
import { balanceTotals, drivingInvoices, openInvoices } from './invoices';
import { decide, type CollectionState, type NextAction } from './next-action';
import { currentPlan, type PlanView } from './plans';
import { debtorContactDecision, type PolicyDecision } from './policy';
import { evaluatePromises, type PromiseSummary } from './promises';
import { severityOf, type Severity } from './severity';
import { buildTimeline, lastContactOf, type LastContact } from './timeline';
import { localDayOf } from './zoned';

export type { AgingBucket, AgingBucketName } from './aging';
export type { DelinquencyView, Evidence, EvidenceCode } from './delinquency';
export type { CollectionState, NextAction, NextActionChannel, NextActionReason } from './next-action';
export type { InstallmentView, PlanState, PlanView } from './plans';
export type { PolicyDecision, PolicyReason, PolicyReasonCode } from './policy';
export type { PromiseSummary, PromiseView } from './promises';
export type { Severity } from './severity';
export type { LastContact } from './timeline';

export interface StatusInput {
  debtor: Debtor;
  invoices: Invoice[];
  payments: Payment[];
  events: Event[];
  promises: PromiseToPay[];
  plans: PaymentPlan[];
  settings: Settings;
  now: Date;
}

export interface CollectionStatus {
  debtorId: string;
  /** Today on the debtor's calendar. */
  today: IsoDate;
  /** Balances of open and disputed invoices, per currency, sorted by code. */
  outstanding: Money[];
  /** The same, only invoices whose due date is before today. */
  overdue: Money[];
  /**
   * Oldest due date among unpaid invoices that drive the ladder; when none does (all disputed
   * or paused one by one), the oldest unpaid due date. Null when nothing is unpaid.
   */
  oldestDueDate: IsoDate | null;
  /** today - oldestDueDate (negative: not yet due); null when nothing is unpaid. */
  daysLate: number | null;
  /** Always the five buckets, in order. */
  aging: AgingBucket[];
  /**
   * The step the chase is on: the ladder step due now, else the highest tried in this cycle (at
   * least 'firm' when a plan defaulted); null before anything was done or due.
   */
  ladderStep: LadderStep | null;
  /** The ladder step that comes next, whatever its date; a message for a step above it would skip the ladder. */
  ladderNext: LadderStep | null;
  state: CollectionState;
  severity: Severity;
  nextAction: NextAction | null;
  delinquency: DelinquencyView;
  promises: PromiseSummary;
  plan: PlanView | null;
  /** Our latest outbound contact. */
  lastContact: LastContact | null;
  /** May we e-mail this debtor now? */
  policy: PolicyDecision;
}

const LONG_OVERDUE_DAYS = 30;

function ownedBy<T extends { debtorId: string }>(records: readonly T[], debtorId: string): T[] {
  return records.filter((record) => record.debtorId === debtorId);
}

export function computeStatus(input: StatusInput): CollectionStatus {
  const { debtor, settings, now } = input;
  const timeZone = debtor.timeZone;
  const today = localDayOf(now.getTime(), timeZone);

  const invoices = ownedBy(input.invoices, debtor.id);
  const payments = ownedBy(input.payments, debtor.id);
  const events = ownedBy(input.events, debtor.id);
  const promiseRecords = ownedBy(input.promises, debtor.id);
  const timeline = buildTimeline(events, timeZone);

  const open = openInvoices(invoices);
  const overdueInvoices = open.filter((item) => item.due < today);
  const drivers = drivingInvoices(open, today);
  const oldestDue = (drivers[0] ?? open[0])?.due ?? null;

  const promises = evaluatePromises(promiseRecords, payments, today, timeZone);
  const plan = currentPlan(ownedBy(input.plans, debtor.id), payments, today, timeZone);

  const oldestOverdue = overdueInvoices[0];
  const timeliness = paidInvoiceTimeliness(invoices, payments);
  const delinquency = assessDelinquency(
    {
      overdueInvoiceIds: overdueInvoices.map((item) => item.id),
      daysLate: oldestOverdue ? today - oldestOverdue.due : null,
      longOverdueInvoiceIds: overdueInvoices.filter((item) => today - item.due > LONG_OVERDUE_DAYS).map((item) => item.id),
      brokenPromiseIds: promises.broken.map((view) => view.promiseId),
      missedPlanIds: plan && plan.view.missed.length > 0 ? [plan.plan.id] : [],
      missedInstallments: plan ? plan.view.missed.length : 0,
      unansweredContactIds: oldestOverdue
        ? unansweredContacts(timeline, payments, promiseRecords, oldestOverdue.due, timeZone)
        : [],
      latePaidInvoiceIds: timeliness.late,
      onTimePaidInvoiceIds: timeliness.onTime,
    },
    debtor.delinquencyOverride,
  );

  const decision = decide({
    debtor,
    settings,
    today,
    invoices,
    open,
    drivers,
    payments,
    timeline,
    promises,
    promiseRecords: new Map(promiseRecords.map((promise) => [promise.id, promise])),
    plan,
  });

  const daysLate = oldestDue === null ? null : today - oldestDue;
  return {
    debtorId: debtor.id,
    today: fromDayNumber(today),
    outstanding: balanceTotals(open),
    overdue: balanceTotals(overdueInvoices),
    oldestDueDate: oldestDue === null ? null : fromDayNumber(oldestDue),
    daysLate,
    aging: agingBuckets(open, today),
    ladderStep: decision.ladderStep,
    ladderNext: decision.ladderNext,
    state: decision.state,
    severity: severityOf({
      state: decision.state,
      daysLate,
      ladderDays: settings.ladderDays,
      brokenPromises: promises.broken.length,
      planDefaulted: plan?.view.state === 'defaulted',
      kind: delinquency.kind,
    }),
    nextAction: decision.nextAction,
    delinquency,
    promises,
    plan: plan?.view ?? null,
    lastContact: lastContactOf(timeline),
    policy: debtorContactDecision({
      policy: debtor.contactPolicy ?? settings.contactPolicy,
      timeZone,
      events,
      now,
      channel: 'email',
      doNotContact: debtor.doNotContact,
      pause: debtor.pause,
    }),
  };
}
