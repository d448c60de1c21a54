// Where the debtor stands (state, ladder step) and the one thing to do next. The side tracks of
// COLLECTIONS.md take precedence over the ladder, in this order:
//   do-not-contact > nothing owed (clear / written-off, maybe a thank-you) > debtor pause >
//   nothing drives the ladder (all disputed or paused per invoice) > open promise >
//   payment plan (defaulted, then on track) > broken-promise follow-up > the ladder.
// A promise or a plan pauses escalation for the whole debtor, not only for its invoices.
// Next actions are never dated before today.
import type { Debtor, Invoice, LadderStep, Payment, PaymentPlan, PromiseToPay, Settings, TemplatePurpose } from '../ledger/schema';
import type { IsoDate } from '../dates';
import { fromDayNumber, toDayNumber, type DayNumber } from './days';
import { drivingInvoices, isPauseActive, type OpenInvoice } from './invoices';
import { currentLadderStep, higherStep, ladderAction, ladderCycleStart, nextStepToTry, type LadderArgs, type LadderChannel } from './ladder';
import { compareText } from './order';
import type { PlanView } from './plans';
import type { PromiseSummary, PromiseView } from './promises';
import { contactedSince, lastContactDay, type Timeline } from './timeline';
import { localDayOf } from './zoned';

export type CollectionState =
  | 'clear'
  | 'not-due'
  | 'overdue'
  | 'promised'
  | 'on-plan'
  | 'paused'
  | 'disputed'
  | 'do-not-contact'
  | 'written-off';

export type NextActionChannel = LadderChannel;

export type NextActionReason =
  /** The current ladder step has not been tried in this cycle. */
  | 'step-due'
  /** The current step was tried; this is the next one, on its own day. */
  | 'next-step'
  /** The invoice copy is re-sent at settings.resendIntervalDays. */
  | 'resend'
  /** Follow up the day after an open promise's date if it is still unpaid. */
  | 'promise-follow-up'
  /** A promise was broken and nobody has contacted the debtor since. */
  | 'promise-broken'
  /** Remind ahead of the plan's next installment. */
  | 'installment-upcoming'
  /** The reminder went out; check the day after the installment was due. */
  | 'installment-follow-up'
  /** An installment was missed and the debtor has not been told. */
  | 'installment-missed'
  /** A dispute has had no reply yet. */
  | 'dispute-unanswered'
  /** The dispute was acknowledged; resolving it is a task for the user. */
  | 'dispute-unresolved'
  /** Everything is paid after a recent payment; say thanks. */
  | 'payment-received';

export interface NextAction {
  channel: NextActionChannel;
  purpose: TemplatePurpose;
  date: IsoDate;
  invoiceIds: string[];
  reason: NextActionReason;
}

export interface Decision {
  state: CollectionState;
  /** The step the chase is on: the step due now, else the highest tried in this cycle. */
  ladderStep: LadderStep | null;
  /** The ladder step that comes next, whatever its date; an e-mail for a step above it would skip the ladder. */
  ladderNext: LadderStep | null;
  nextAction: NextAction | null;
}

export interface DecisionContext {
  debtor: Debtor;
  settings: Settings;
  today: DayNumber;
  /** The debtor's invoices (all statuses). */
  invoices: readonly Invoice[];
  /** Unpaid invoices, oldest first. */
  open: readonly OpenInvoice[];
  /** Unpaid invoices that drive the ladder today, oldest first. */
  drivers: readonly OpenInvoice[];
  payments: readonly Payment[];
  timeline: Timeline;
  promises: PromiseSummary;
  promiseRecords: ReadonlyMap<string, PromiseToPay>;
  plan: { plan: PaymentPlan; view: PlanView } | null;
}

const THANK_YOU_WITHIN_DAYS = 30;

function action(
  channel: NextActionChannel,
  purpose: TemplatePurpose,
  date: DayNumber,
  invoiceIds: string[],
  reason: NextActionReason,
): NextAction {
  return { channel, purpose, date: fromDayNumber(date), invoiceIds, reason };
}

function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareText);
}

/** The ladder's arguments as seen on `asOf` for the driving invoices then; null when none drives it. */
function ladderArgs(ctx: DecisionContext, asOf: DayNumber, floor?: LadderStep, firmAlreadyTried = false): { args: LadderArgs; drivers: OpenInvoice[] } | null {
  const drivers = drivingInvoices(ctx.open, asOf);
  const oldest = drivers[0];
  if (!oldest) return null;
  const { ladderDays, resendIntervalDays, minContactGapDays } = ctx.settings;
  const cycleStart = ladderCycleStart(oldest.due, ladderDays);
  const args: LadderArgs = {
    oldestDue: oldest.due,
    asOf,
    ladderDays,
    resendIntervalDays,
    minContactGapDays,
    ...(floor ? { floor } : {}),
    history: {
      tried: (step) => (firmAlreadyTried && step === 'firm') || contactedSince(ctx.timeline, cycleStart, step),
      lastContactDay: (steps) => lastContactDay(ctx.timeline, cycleStart, steps),
    },
  };
  return { args, drivers };
}

/** The ladder's action as seen on `asOf`, with the invoices it is about. */
function ladderFrom(ctx: DecisionContext, asOf: DayNumber, floor?: LadderStep, firmAlreadyTried = false): NextAction | null {
  const ladder = ladderArgs(ctx, asOf, floor, firmAlreadyTried);
  if (ladder === null) return null;
  const next = ladderAction(ladder.args);
  if (next === null) return null;
  // The message is about every driving invoice whose own ladder has started by then.
  const ids = ladder.drivers.filter((item) => item.due + ctx.settings.ladderDays.courtesy <= next.date).map((item) => item.id);
  return action(next.channel, next.purpose, next.date, ids, next.reason);
}

/** Where the ladder stands today: the step the chase is on, and the step that comes next whatever its date. */
function ladderPosition(ctx: DecisionContext, floor?: LadderStep, firmAlreadyTried = false): { step: LadderStep | null; next: LadderStep | null } {
  const ladder = ladderArgs(ctx, ctx.today, floor, firmAlreadyTried);
  if (ladder === null) return { step: null, next: null };
  return { step: currentLadderStep(ladder.args), next: nextStepToTry(ladder.args) };
}

function thankYou(ctx: DecisionContext): NextAction | null {
  let latest: { day: DayNumber; payment: Payment } | null = null;
  for (const payment of ctx.payments) {
    const day = toDayNumber(payment.date);
    if (day > ctx.today || day < ctx.today - THANK_YOU_WITHIN_DAYS) continue;
    if (latest === null || day > latest.day || (day === latest.day && payment.id > latest.payment.id)) latest = { day, payment };
  }
  if (latest === null || contactedSince(ctx.timeline, latest.day, 'thank-you')) return null;
  const ids = sortedIds(latest.payment.allocations.map((allocation) => allocation.invoiceId));
  return action('email', 'thank-you', ctx.today, ids, 'payment-received');
}

/** Nothing owed, and the invoice due last was written off rather than paid. */
function isWrittenOff(invoices: readonly Invoice[]): boolean {
  let latest: Invoice | null = null;
  for (const invoice of invoices) {
    if (invoice.status === 'void') continue;
    if (
      latest === null ||
      invoice.dueDate > latest.dueDate ||
      (invoice.dueDate === latest.dueDate && invoice.id > latest.id)
    ) {
      latest = invoice;
    }
  }
  return latest?.status === 'written_off';
}

function disputeAction(ctx: DecisionContext): NextAction {
  const disputed = ctx.open.filter((item) => item.disputed);
  // The dispute is answered once we contacted the debtor after it was raised.
  let raised = -Infinity;
  for (const item of disputed) {
    if (item.invoice.dispute) raised = Math.max(raised, Date.parse(item.invoice.dispute.since));
  }
  for (const { event, ms } of ctx.timeline.events) {
    if (event.kind === 'dispute') raised = Math.max(raised, ms);
  }
  const answered = ctx.timeline.contacts.some((contact) => contact.ms > raised);
  const ids = disputed.map((item) => item.id);
  return answered
    ? action('task', 'dispute-acknowledgement', ctx.today, ids, 'dispute-unresolved')
    : action('email', 'dispute-acknowledgement', ctx.today, ids, 'dispute-unanswered');
}

/** When invoices are paused one by one, the ladder resumes the day the first pause ends. */
function invoicePausesEnd(ctx: DecisionContext): NextAction | null {
  let resume: DayNumber | null = null;
  for (const item of ctx.open) {
    const until = item.invoice.pause?.until;
    if (item.disputed || until === undefined || until === null) continue;
    const day = toDayNumber(until) + 1;
    if (resume === null || day < resume) resume = day;
  }
  return resume === null ? null : ladderFrom(ctx, resume);
}

function promiseInvoiceIds(ctx: DecisionContext, view: PromiseView): string[] {
  const ids = ctx.promiseRecords.get(view.promiseId)?.invoiceIds ?? [];
  return ids.length > 0 ? sortedIds(ids) : ctx.drivers.map((item) => item.id);
}

/** The most recent promise by date was broken and nobody has been in touch since its date. */
function brokenPromiseFollowUp(ctx: DecisionContext): NextAction | null {
  const newer = (a: PromiseView, b: PromiseView) => compareText(a.date, b.date) || compareText(a.promiseId, b.promiseId);
  const lastBroken = ctx.promises.broken[ctx.promises.broken.length - 1];
  const lastKept = ctx.promises.kept[ctx.promises.kept.length - 1];
  if (!lastBroken || (lastKept && newer(lastKept, lastBroken) > 0)) return null;
  if (contactedSince(ctx.timeline, toDayNumber(lastBroken.date) + 1)) return null;
  return action('email', 'promise-broken', ctx.today, promiseInvoiceIds(ctx, lastBroken), 'promise-broken');
}

/** The day the debtor was told a plan installment was missed (that message is the firm step's); null if not yet. */
function defaultToldOn(ctx: DecisionContext): DayNumber | null {
  const view = ctx.plan?.view;
  if (!view || view.state !== 'defaulted') return null;
  return lastContactDay(ctx.timeline, toDayNumber(view.missed[0]!.dueDate), ['installment-missed']);
}

function planAction(ctx: DecisionContext, plan: PaymentPlan, view: PlanView): NextAction | null {
  const ids = sortedIds(plan.invoiceIds);
  const { today, timeline } = ctx;
  if (view.state === 'defaulted') {
    if (defaultToldOn(ctx) === null) return action('email', 'installment-missed', today, ids, 'installment-missed');
    // Telling them the installment was missed is the firm step's message; the ladder goes on from there.
    return ladderFrom(ctx, today, 'firm', true);
  }
  const next = view.nextInstallment;
  if (next === null) return null;
  const due = toDayNumber(next.dueDate);
  const previous = next.index > 0 ? plan.installments[next.index - 1] : undefined;
  // A reminder belongs to this installment if it was sent after the previous one fell due.
  const windowStart = previous ? toDayNumber(previous.dueDate) + 1 : localDayOf(Date.parse(plan.createdAt), ctx.debtor.timeZone);
  if (!contactedSince(timeline, windowStart, 'installment-reminder')) {
    const remindOn = Math.max(due - ctx.settings.installmentReminderDays, today);
    return action('email', 'installment-reminder', remindOn, ids, 'installment-upcoming');
  }
  return action('email', 'installment-missed', due + 1, ids, 'installment-follow-up');
}

export function decide(ctx: DecisionContext): Decision {
  const { debtor, open, drivers, today } = ctx;
  const oldest = drivers[0];
  const defaulted = ctx.plan?.view.state === 'defaulted';
  const position = defaulted ? ladderPosition(ctx, 'firm', defaultToldOn(ctx) !== null) : ladderPosition(ctx);
  const ladder = { ladderStep: position.step, ladderNext: position.next };

  if (debtor.doNotContact) return { state: 'do-not-contact', ...ladder, nextAction: null };
  if (open.length === 0) {
    return { state: isWrittenOff(ctx.invoices) ? 'written-off' : 'clear', ladderStep: null, ladderNext: null, nextAction: thankYou(ctx) };
  }
  if (debtor.pause && isPauseActive(debtor.pause, today)) {
    const until = debtor.pause.until;
    return { state: 'paused', ...ladder, nextAction: until === null ? null : ladderFrom(ctx, toDayNumber(until) + 1) };
  }
  if (!oldest) {
    if (open.some((item) => item.disputed)) return { state: 'disputed', ladderStep: null, ladderNext: null, nextAction: disputeAction(ctx) };
    return { state: 'paused', ladderStep: null, ladderNext: null, nextAction: invoicePausesEnd(ctx) };
  }

  const promise = ctx.promises.open[0];
  if (promise) {
    const followUp = action('email', 'promise-broken', toDayNumber(promise.date) + 1, promiseInvoiceIds(ctx, promise), 'promise-follow-up');
    return { state: 'promised', ...ladder, nextAction: followUp };
  }

  const plan = ctx.plan;
  if (plan && plan.view.state === 'defaulted') {
    return { state: 'overdue', ladderStep: higherStep(position.step, 'firm'), ladderNext: position.next, nextAction: planAction(ctx, plan.plan, plan.view) };
  }
  if (plan && plan.view.state === 'active') {
    return { state: 'on-plan', ...ladder, nextAction: planAction(ctx, plan.plan, plan.view) };
  }

  const state: CollectionState = today > oldest.due ? 'overdue' : 'not-due';
  return { state, ...ladder, nextAction: brokenPromiseFollowUp(ctx) ?? ladderFrom(ctx, today) };
}
