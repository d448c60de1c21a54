// Payment plans: installments are covered in order by what was paid since the plan was agreed.
// - Counted payments: in the plan's currency, dated on or after the day the plan was created
//   (debtor's calendar); allocations to the plan's invoices count, unallocated payments in full.
// - Installment i is covered when the counted total reaches the sum of installments 0..i.
// - Missed: an installment due before today and not covered. One missed installment defaults
//   the plan. Completed: everything covered. Otherwise active.
// - Amounts shown for the next and missed installments are what is still owed on each.
import type { Money } from '../money';
import type { IsoDate } from '../dates';
import type { Payment, PaymentPlan } from '../ledger/schema';
import { toDayNumber, type DayNumber } from './days';
import { amountToward } from './allocation';
import { compareText } from './order';
import { localDayOf } from './zoned';

export type PlanState = 'active' | 'completed' | 'defaulted';

export interface InstallmentView {
  dueDate: IsoDate;
  /** Still owed on this installment (the full amount unless partly paid). */
  amount: Money;
  /** 0-based position in the plan. */
  index: number;
}

export interface PlanView {
  planId: string;
  state: PlanState;
  paid: Money;
  remaining: Money;
  nextInstallment: InstallmentView | null;
  missed: InstallmentView[];
}

export function evaluatePlan(plan: PaymentPlan, payments: readonly Payment[], today: DayNumber, timeZone: string): PlanView {
  const from = localDayOf(Date.parse(plan.createdAt), timeZone);
  const invoiceIds = new Set(plan.invoiceIds);
  const total = plan.installments.reduce((sum, installment) => sum + installment.amount, 0);
  let counted = 0;
  for (const payment of payments) {
    if (payment.currency !== plan.currency || toDayNumber(payment.date) < from) continue;
    counted += amountToward(payment, invoiceIds);
  }
  const paid = Math.min(counted, total);

  let covered = paid;
  let nextInstallment: InstallmentView | null = null;
  const missed: InstallmentView[] = [];
  for (const [index, installment] of plan.installments.entries()) {
    const owed = installment.amount - Math.min(covered, installment.amount);
    covered = Math.max(0, covered - installment.amount);
    if (owed === 0) continue;
    const view = { dueDate: installment.dueDate, amount: { currency: plan.currency, amount: owed }, index };
    if (toDayNumber(installment.dueDate) < today) missed.push(view);
    else if (nextInstallment === null) nextInstallment = view;
  }

  const state: PlanState = paid >= total ? 'completed' : missed.length > 0 ? 'defaulted' : 'active';
  return {
    planId: plan.id,
    state,
    paid: { currency: plan.currency, amount: paid },
    remaining: { currency: plan.currency, amount: total - paid },
    nextInstallment,
    missed,
  };
}

/**
 * The plan that governs the debtor now: among plans not cancelled, the newest one still running
 * (active or defaulted), else the newest completed one; ties by id. Null without plans.
 */
export function currentPlan(
  plans: readonly PaymentPlan[],
  payments: readonly Payment[],
  today: DayNumber,
  timeZone: string,
): { plan: PaymentPlan; view: PlanView } | null {
  const candidates = plans
    .filter((plan) => plan.cancelledAt === null)
    .map((plan) => ({ plan, created: Date.parse(plan.createdAt), view: evaluatePlan(plan, payments, today, timeZone) }))
    .sort(
      (a, b) =>
        Number(a.view.state === 'completed') - Number(b.view.state === 'completed') ||
        b.created - a.created ||
        compareText(b.plan.id, a.plan.id),
    );
  const first = candidates[0];
  return first ? { plan: first.plan, view: first.view } : null;
}
