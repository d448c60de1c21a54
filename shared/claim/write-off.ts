// Write-off, the ladder's last step ("learn to give up"): the user decides an invoice is not
// worth chasing any more. The invoices keep their history and say why and how much was given up;
// the balance leaves the active totals because status() counts only open and disputed invoices.
//
// It lives here, beside the claim file, rather than in shared/collection: collection is pure
// (no Dexie), and the claim file and the write-off are the two ends the ladder can come to.
import { z } from 'zod';
import { dateIn } from '../dates';
import type { HandlerArgs } from '../ledger/api';
import { fromDebtorRow } from '../ledger/db';
import { LedgerError } from '../ledger/errors';
import { FOLLOW_UP_TABLES, refreshFollowUps } from '../ledger/follow-up-refresh';
import { invoicesOf, nowIso, requireDebtorRow, requireInvoicesOf, type HandlerContext } from '../ledger/handlers/context';
import { withHash } from '../ledger/event-hash';
import { Id, Invoice, PaymentPlan, PromiseToPay, type HashedEvent } from '../ledger/schema';

export const WriteOffInput = z.strictObject({
  debtorId: Id,
  /** Every open or disputed invoice with something owed when absent. */
  invoiceIds: z.array(Id).min(1).max(500).optional(),
  reason: z.string().trim().min(1, 'say why').max(500),
});

/** Only money still owed can be given up: open or disputed, not yet paid in full. */
export function canWriteOff(invoice: Pick<Invoice, 'status' | 'amount' | 'paid'>): boolean {
  return (invoice.status === 'open' || invoice.status === 'disputed') && invoice.paid < invoice.amount;
}

export interface WriteOffResult {
  invoices: Invoice[];
  event: HashedEvent;
  cancelledPromises: string[];
  cancelledPlans: string[];
}

export function writeOffHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'debtor-write-off': async (input: HandlerArgs<'debtor-write-off'>): Promise<WriteOffResult> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const debtor = fromDebtorRow(await requireDebtorRow(db, input.debtorId));
        const all = await invoicesOf(db, debtor.id);
        const targets = input.invoiceIds ? await requireInvoicesOf(db, debtor.id, input.invoiceIds) : all.filter(canWriteOff);
        const refused = targets.filter((invoice) => !canWriteOff(invoice));
        if (refused.length > 0) {
          throw new LedgerError(
            'conflict',
            `Only open or disputed invoices with something owed can be written off: ${refused.map((i) => `${i.number} (${i.status})`).join(', ')}.`,
          );
        }
        if (targets.length === 0) throw new LedgerError('conflict', 'This debtor owes nothing that could be written off.');

        const at = nowIso(ctx);
        const invoices = targets.map((invoice) =>
          Invoice.parse({
            ...invoice,
            status: 'written_off',
            dispute: null,
            writeOff: { reason: input.reason, at, amount: invoice.amount - invoice.paid },
            updatedAt: at,
          }),
        );
        const gone = new Set(invoices.map((invoice) => invoice.id));
        const stillOwed = all.some((invoice) => !gone.has(invoice.id) && canWriteOff(invoice));

        // A promise or plan about money given up has nothing left to keep. A promise that names no
        // invoice is about the whole balance, so it goes only when nothing is owed any more. A
        // promise whose day has passed stays as it is: kept or broken, it is part of the history.
        const today = dateIn(debtor.timeZone, ctx.now());
        const promises = (await db.promises.where('debtorId').equals(debtor.id).toArray()).filter(
          (promise) =>
            promise.cancelledAt === null &&
            promise.date >= today &&
            (promise.invoiceIds.length === 0 ? !stillOwed : promise.invoiceIds.some((id) => gone.has(id))),
        );
        const plans = (await db.plans.where('debtorId').equals(debtor.id).toArray()).filter(
          (plan) => plan.cancelledAt === null && plan.invoiceIds.some((id) => gone.has(id)),
        );

        // The event carries what was given up per currency: a later reopen clears the invoices' own
        // `writeOff`, and the history must still say what this decision was.
        const given = new Map<string, number>();
        for (const invoice of invoices) given.set(invoice.currency, (given.get(invoice.currency) ?? 0) + (invoice.writeOff?.amount ?? 0));
        const amounts = [...given]
          .filter(([, amount]) => amount > 0)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([currency, amount]) => ({ currency, amount }));
        const id = ctx.newId();
        const event = withHash({
          id,
          debtorId: debtor.id,
          at,
          kind: 'write-off',
          channel: 'system',
          direction: 'internal',
          invoiceIds: [...gone],
          note: input.reason,
          ...(amounts.length > 0 ? { amounts } : {}),
          dedupeKey: `write-off:${id}`,
        });
        await db.invoices.bulkPut(invoices);
        await db.promises.bulkPut(promises.map((promise) => PromiseToPay.parse({ ...promise, cancelledAt: at })));
        await db.plans.bulkPut(plans.map((plan) => PaymentPlan.parse({ ...plan, cancelledAt: at })));
        await db.events.add(event);
        await refreshFollowUps(db, [debtor.id], ctx.now());
        return {
          invoices,
          event,
          cancelledPromises: promises.map((promise) => promise.id),
          cancelledPlans: plans.map((plan) => plan.id),
        };
      }),
  };
}
