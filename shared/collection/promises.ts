// Promises to pay: open, kept or broken, judged on the debtor's calendar.
// - Kept: payments in the promise's currency dated from the day it was made (debtor's calendar)
//   through the promised date add up to its amount. With invoiceIds, allocations to those
//   invoices count (unallocated payments count in full, see allocation.ts).
// - Open: not kept and the date is today or later. Broken: not kept and the date has passed.
// - Cancelled promises are none of these. Each promise is judged on its own: one payment can
//   keep two promises that overlap.
import type { Money } from '../money';
import type { IsoDate } from '../dates';
import type { Payment, PromiseToPay } from '../ledger/schema';
import { toDayNumber, type DayNumber } from './days';
import { amountToward } from './allocation';
import { compareText } from './order';
import { localDayOf } from './zoned';

export interface PromiseView {
  promiseId: string;
  date: IsoDate;
  amount: Money;
  /** Minor units paid toward it in its window, capped at its amount. */
  paidToward: number;
}

export interface PromiseSummary {
  /** Each list sorted by date, ties by id. */
  open: PromiseView[];
  kept: PromiseView[];
  broken: PromiseView[];
}

export function evaluatePromise(promise: PromiseToPay, payments: readonly Payment[], timeZone: string): PromiseView {
  const from = localDayOf(Date.parse(promise.createdAt), timeZone);
  const until = toDayNumber(promise.date);
  const invoiceIds = promise.invoiceIds.length > 0 ? new Set(promise.invoiceIds) : null;
  let paid = 0;
  for (const payment of payments) {
    if (payment.currency !== promise.currency) continue;
    const day = toDayNumber(payment.date);
    if (day < from || day > until) continue;
    paid += amountToward(payment, invoiceIds);
  }
  return {
    promiseId: promise.id,
    date: promise.date,
    amount: { currency: promise.currency, amount: promise.amount },
    paidToward: Math.min(paid, promise.amount),
  };
}

export function evaluatePromises(
  promises: readonly PromiseToPay[],
  payments: readonly Payment[],
  today: DayNumber,
  timeZone: string,
): PromiseSummary {
  const summary: PromiseSummary = { open: [], kept: [], broken: [] };
  const live = promises
    .filter((promise) => promise.cancelledAt === null)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  for (const promise of live) {
    const view = evaluatePromise(promise, payments, timeZone);
    if (view.paidToward >= promise.amount) summary.kept.push(view);
    else if (toDayNumber(promise.date) >= today) summary.open.push(view);
    else summary.broken.push(view);
  }
  return summary;
}
