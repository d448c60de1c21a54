// Money coming in and money promised: payments, promises to pay, payment plans. Each write
// touches several tables and is one transaction.
import type { HandlerArgs } from '../api';
import { allocatePayment, payableInvoices, totalOwed } from '../allocation';
import type { CobroDb } from '../db';
import { LedgerError, notFound } from '../errors';
import { FOLLOW_UP_TABLES, refreshFollowUps } from '../follow-up-refresh';
import { Invoice, Payment, PaymentPlan, PromiseToPay, type Event } from '../schema';
import { formatMoney } from '../../money';
import { invoicesOf, nowIso, requireDebtorRow, requireInvoicesOf, type HandlerContext } from './context';
import { recordEvent } from './events';
import { settledStatus } from './invoices';

async function requirePromise(db: CobroDb, id: string): Promise<PromiseToPay> {
  const promise = await db.promises.get(id);
  if (!promise) throw notFound('promise', id);
  return promise;
}

async function requirePlan(db: CobroDb, id: string): Promise<PaymentPlan> {
  const plan = await db.plans.get(id);
  if (!plan) throw notFound('payment plan', id);
  return plan;
}

/** The debtor and all their invoices, checking first that every named one is theirs. */
async function debtorInvoices(
  db: CobroDb,
  debtorId: string,
  named: readonly string[] | undefined,
): Promise<{ locale: string; all: Invoice[] }> {
  const debtor = await requireDebtorRow(db, debtorId);
  if (named) await requireInvoicesOf(db, debtorId, named);
  return { locale: debtor.locale, all: await invoicesOf(db, debtorId) };
}

/** A language-neutral line for the timeline: "1.210,00 € · 2026-03-01". */
function amountOn(currency: string, amount: number, date: string, locale: string): string {
  return `${formatMoney({ currency, amount }, locale)} · ${date}`;
}

export function moneyHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'payment-record': async (
      input: HandlerArgs<'payment-record'>,
    ): Promise<{ payment: Payment; invoices: Invoice[]; event: Event }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const { locale, all } = await debtorInvoices(db, input.debtorId, input.invoiceIds);
        const allocations = allocatePayment({ invoices: all, currency: input.currency, invoiceIds: input.invoiceIds }, input.amount);
        const at = nowIso(ctx);
        const invoices = allocations.map(({ invoiceId, amount }) => {
          const invoice = all.find((i) => i.id === invoiceId)!;
          const paid = invoice.paid + amount;
          // Paying a disputed invoice in full settles the dispute too.
          const status = paid >= invoice.amount ? 'paid' : invoice.status;
          const dispute = status === 'paid' ? null : invoice.dispute;
          return Invoice.parse({ ...invoice, paid, status: settledStatus({ ...invoice, paid, status }), dispute, updatedAt: at });
        });
        const payment = Payment.parse({
          id: ctx.newId(),
          debtorId: input.debtorId,
          currency: input.currency,
          amount: input.amount,
          date: input.date,
          ...(input.method ? { method: input.method } : {}),
          ...(input.note ? { note: input.note } : {}),
          allocations,
          createdAt: at,
        });
        const event = recordEvent(ctx, input.debtorId, 'payment', {
          direction: 'inbound',
          invoiceIds: allocations.map((a) => a.invoiceId),
          note: input.note ?? amountOn(payment.currency, payment.amount, payment.date, locale),
          dedupeKey: `payment:${payment.id}`,
        });
        await db.invoices.bulkPut(invoices);
        await db.payments.add(payment);
        await db.events.add(event);
        await refreshFollowUps(db, [input.debtorId], ctx.now());
        return { payment, invoices, event };
      }),

    'promise-record': async (input: HandlerArgs<'promise-record'>): Promise<{ promise: PromiseToPay; event: Event }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const { locale, all } = await debtorInvoices(db, input.debtorId, input.invoiceIds);
        const covered = payableInvoices({ invoices: all, currency: input.currency, invoiceIds: input.invoiceIds });
        const owed = totalOwed(covered);
        if (input.amount > owed) {
          const money = (amount: number) => formatMoney({ currency: input.currency, amount }, 'en');
          throw new LedgerError('overpayment', `The promise of ${money(input.amount)} is more than the ${money(owed)} owed.`);
        }
        const promise = PromiseToPay.parse({
          id: ctx.newId(),
          debtorId: input.debtorId,
          invoiceIds: covered.map((invoice) => invoice.id),
          currency: input.currency,
          amount: input.amount,
          date: input.date,
          ...(input.note ? { note: input.note } : {}),
          cancelledAt: null,
          createdAt: nowIso(ctx),
        });
        const event = recordEvent(ctx, input.debtorId, 'promise', {
          direction: 'inbound',
          invoiceIds: promise.invoiceIds,
          note: input.note ?? amountOn(promise.currency, promise.amount, promise.date, locale),
          dedupeKey: `promise:${promise.id}`,
        });
        await db.promises.add(promise);
        await db.events.add(event);
        await refreshFollowUps(db, [input.debtorId], ctx.now());
        return { promise, event };
      }),

    'promise-cancel': async (input: HandlerArgs<'promise-cancel'>): Promise<PromiseToPay> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const current = await requirePromise(db, input.id);
        if (current.cancelledAt !== null) return current;
        const promise = PromiseToPay.parse({ ...current, cancelledAt: nowIso(ctx) });
        await db.promises.put(promise);
        await refreshFollowUps(db, [promise.debtorId], ctx.now());
        return promise;
      }),

    'plan-create': async (input: HandlerArgs<'plan-create'>): Promise<{ plan: PaymentPlan; event: Event }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        await requireDebtorRow(db, input.debtorId);
        const invoices = await requireInvoicesOf(db, input.debtorId, input.invoiceIds);
        const notOpen = invoices.filter((invoice) => invoice.status !== 'open');
        if (notOpen.length > 0) {
          throw new LedgerError('conflict', `A plan covers open invoices only: ${notOpen.map((i) => `${i.number} is ${i.status}`).join(', ')}.`);
        }
        const currencies = [...new Set(invoices.map((invoice) => invoice.currency))];
        const currency = currencies[0]!;
        if (currencies.length > 1) {
          throw new LedgerError('currency-mismatch', `A plan is in one currency; these invoices are in ${currencies.sort().join(', ')}.`);
        }
        const active = await db.plans.where('debtorId').equals(input.debtorId).filter((plan) => plan.cancelledAt === null).toArray();
        const planned = invoices.filter((invoice) => active.some((plan) => plan.invoiceIds.includes(invoice.id)));
        if (planned.length > 0) {
          throw new LedgerError('conflict', `Already in an active plan: ${planned.map((i) => i.number).join(', ')}. Cancel that plan first.`);
        }
        const owed = totalOwed(invoices);
        const scheduled = input.installments.reduce((sum, installment) => sum + installment.amount, 0);
        if (scheduled !== owed) {
          const money = (amount: number) => formatMoney({ currency, amount }, 'en');
          throw new LedgerError('invalid-input', `The installments add up to ${money(scheduled)}; the invoices owe ${money(owed)}.`, [
            { path: 'installments', message: `must add up to ${money(owed)}` },
          ]);
        }
        const plan = PaymentPlan.parse({
          id: ctx.newId(),
          debtorId: input.debtorId,
          invoiceIds: invoices.map((invoice) => invoice.id),
          currency,
          installments: input.installments,
          ...(input.note ? { note: input.note } : {}),
          cancelledAt: null,
          createdAt: nowIso(ctx),
        });
        const event = recordEvent(ctx, input.debtorId, 'plan', {
          invoiceIds: plan.invoiceIds,
          ...(input.note ? { note: input.note } : {}),
          dedupeKey: `plan:${plan.id}`,
        });
        await db.plans.add(plan);
        await db.events.add(event);
        await refreshFollowUps(db, [input.debtorId], ctx.now());
        return { plan, event };
      }),

    'plan-cancel': async (input: HandlerArgs<'plan-cancel'>): Promise<PaymentPlan> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const current = await requirePlan(db, input.id);
        if (current.cancelledAt !== null) return current;
        const plan = PaymentPlan.parse({ ...current, cancelledAt: nowIso(ctx) });
        await db.plans.put(plan);
        await refreshFollowUps(db, [plan.debtorId], ctx.now());
        return plan;
      }),
  };
}
