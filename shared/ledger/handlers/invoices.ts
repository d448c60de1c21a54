// Invoices: create, correct, void, and the dispute side track (which pauses escalation).
import type { HandlerArgs } from '../api';
import type { CobroDb } from '../db';
import type { IsoDate } from '../../dates';
import { LedgerError, notFound, parseOrThrow } from '../errors';
import { FOLLOW_UP_TABLES, refreshFollowUps } from '../follow-up-refresh';
import { Invoice, type Event, type InvoiceSource, type InvoiceStatus } from '../schema';
import { invoicesOf, nowIso, requireDebtorRow, requireInvoicesOf, type HandlerContext } from './context';
import { recordEvent } from './events';

export interface NewInvoiceFields {
  number: string;
  currency: string;
  amount: number;
  issueDate?: IsoDate | null;
  dueDate: IsoDate;
  description?: string;
}

/**
 * A new invoice, parsed; `prefix` locates its fields in the request for error paths. Entered by
 * hand unless `from` says otherwise; money already paid makes it paid when it covers the amount.
 */
export function newInvoice(
  ctx: HandlerContext,
  debtorId: string,
  fields: NewInvoiceFields,
  prefix: PropertyKey[] = [],
  from: { paid?: number; source?: InvoiceSource } = {},
): Invoice {
  const at = nowIso(ctx);
  const paid = from.paid ?? 0;
  return parseOrThrow(
    Invoice,
    {
      ...fields,
      id: ctx.newId(),
      debtorId,
      issueDate: fields.issueDate ?? null,
      paid,
      status: settledStatus({ amount: fields.amount, paid, status: 'open' }),
      dispute: null,
      pause: null,
      source: from.source ?? { kind: 'manual' },
      createdAt: at,
      updatedAt: at,
    },
    prefix,
  );
}

/** Open and paid follow the money; void, written off and disputed are the user's call. */
export function settledStatus(invoice: Pick<Invoice, 'amount' | 'paid' | 'status'>): InvoiceStatus {
  if (invoice.status !== 'open' && invoice.status !== 'paid') return invoice.status;
  return invoice.paid >= invoice.amount ? 'paid' : 'open';
}

/** An invoice number is unique per debtor; `path` locates the number in the request. */
export async function assertNumberFree(db: CobroDb, debtorId: string, number: string, selfId: string | null, path = 'number'): Promise<void> {
  const existing = await db.invoices.where('[debtorId+number]').equals([debtorId, number]).first();
  if (existing && existing.id !== selfId) {
    throw new LedgerError('conflict', `This debtor already has an invoice numbered ${number}.`, [
      { path, message: 'already used for this debtor', rule: 'number-taken', value: number },
    ]);
  }
}

async function requireInvoice(db: CobroDb, id: string): Promise<Invoice> {
  const invoice = await db.invoices.get(id);
  if (!invoice) throw notFound('invoice', id);
  return invoice;
}

function describe(invoice: Invoice): string {
  return `${invoice.number} (${invoice.status})`;
}

export function invoiceHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'invoice-create': async (input: HandlerArgs<'invoice-create'>): Promise<Invoice> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const { debtorId, ...fields } = input;
        await requireDebtorRow(db, debtorId);
        await assertNumberFree(db, debtorId, fields.number, null);
        const invoice = newInvoice(ctx, debtorId, fields);
        await db.invoices.add(invoice);
        await refreshFollowUps(db, [debtorId], ctx.now());
        return invoice;
      }),

    'invoice-update': async (input: HandlerArgs<'invoice-update'>): Promise<Invoice> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const current = await requireInvoice(db, input.id);
        const { patch } = input;
        if (patch.number !== undefined && patch.number !== current.number) {
          await assertNumberFree(db, current.debtorId, patch.number, current.id);
        }
        if (patch.currency !== undefined && patch.currency !== current.currency && current.paid > 0) {
          throw new LedgerError('currency-mismatch', `Invoice ${current.number} has payments in ${current.currency}; its currency cannot change.`);
        }
        // A write-off is a decision with a reason, an event and promises and plans ended
        // ('debtor-write-off'); an edit that only flips the status would skip all three. Refused
        // rather than routed there: an edit has no reason to give, and inventing one would put
        // words in the user's mouth in a file a court may read.
        if (patch.status === 'written_off' && current.status !== 'written_off') {
          throw new LedgerError('invalid-input', `Invoice ${current.number} is written off with the write-off action, which asks why.`, [
            { path: 'patch.status', message: 'write off with a reason', rule: 'write-off-needs-reason', value: 'written_off' },
          ]);
        }
        const reopening = current.status === 'written_off' && patch.status !== undefined && patch.status !== 'written_off';
        // Voiding a written-off invoice would lose the write-off without a word: it is reopened first, on the record.
        if (reopening && patch.status !== 'open') {
          throw new LedgerError('invalid-input', `Invoice ${current.number} is written off; reopen it before changing its status.`, [
            { path: 'patch.status', message: 'reopen first', rule: 'reopen-first', value: patch.status },
          ]);
        }
        const next = { ...current, ...patch, updatedAt: nowIso(ctx) };
        // Reopening a disputed invoice by hand ends the dispute.
        if (patch.status === 'open') next.dispute = null;
        // Reopening takes back the write-off: its reason and amount no longer hold, and the
        // timeline says so, since a claim may now ask for it again. The write-off's own event keeps its reason.
        if (reopening) delete next.writeOff;
        next.status = settledStatus(next);
        const invoice = parseOrThrow(Invoice, next, ['patch']);
        await db.invoices.put(invoice);
        if (reopening) await db.events.add(recordEvent(ctx, invoice.debtorId, 'reopened', { invoiceIds: [invoice.id] }));
        await refreshFollowUps(db, [invoice.debtorId], ctx.now());
        return invoice;
      }),

    'invoice-delete': async (input: HandlerArgs<'invoice-delete'>): Promise<{ id: string }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const invoice = await requireInvoice(db, input.id);
        // Payments point at the invoices they settled; deleting one would leave money unaccounted for.
        if (invoice.paid > 0) {
          throw new LedgerError('conflict', `Invoice ${invoice.number} has payments recorded; void it instead of deleting it.`);
        }
        const plans = await db.plans.where('debtorId').equals(invoice.debtorId).toArray();
        if (plans.some((plan) => plan.cancelledAt === null && plan.invoiceIds.includes(invoice.id))) {
          throw new LedgerError('conflict', `Invoice ${invoice.number} is part of an active payment plan; cancel the plan first.`);
        }
        const promises = await db.promises.where('debtorId').equals(invoice.debtorId).toArray();
        for (const promise of promises.filter((p) => p.invoiceIds.includes(invoice.id))) {
          await db.promises.put({ ...promise, invoiceIds: promise.invoiceIds.filter((id) => id !== invoice.id) });
        }
        await db.invoices.delete(invoice.id);
        await refreshFollowUps(db, [invoice.debtorId], ctx.now());
        return { id: invoice.id };
      }),

    'invoice-dispute': async (input: HandlerArgs<'invoice-dispute'>): Promise<{ invoices: Invoice[]; event: Event }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        await requireDebtorRow(db, input.debtorId);
        const targets = input.invoiceIds
          ? await requireInvoicesOf(db, input.debtorId, input.invoiceIds)
          : (await invoicesOf(db, input.debtorId)).filter((invoice) => invoice.status === 'open');
        const notOpen = targets.filter((invoice) => invoice.status !== 'open');
        if (notOpen.length > 0) {
          throw new LedgerError('conflict', `Only open invoices can be disputed: ${notOpen.map(describe).join(', ')}.`);
        }
        if (targets.length === 0) throw new LedgerError('conflict', 'This debtor has no open invoice to dispute.');
        const at = nowIso(ctx);
        const invoices = targets.map((invoice) =>
          Invoice.parse({ ...invoice, status: 'disputed', dispute: { reason: input.reason, since: at }, updatedAt: at }),
        );
        const event = recordEvent(ctx, input.debtorId, 'dispute', {
          direction: 'inbound',
          invoiceIds: invoices.map((invoice) => invoice.id),
          note: input.reason,
        });
        await db.invoices.bulkPut(invoices);
        await db.events.add(event);
        await refreshFollowUps(db, [input.debtorId], ctx.now());
        return { invoices, event };
      }),

    'dispute-resolve': async (input: HandlerArgs<'dispute-resolve'>): Promise<{ invoices: Invoice[]; event: Event }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        await requireDebtorRow(db, input.debtorId);
        const targets = input.invoiceIds
          ? await requireInvoicesOf(db, input.debtorId, input.invoiceIds)
          : (await invoicesOf(db, input.debtorId)).filter((invoice) => invoice.status === 'disputed');
        const notDisputed = targets.filter((invoice) => invoice.status !== 'disputed');
        if (notDisputed.length > 0) {
          throw new LedgerError('conflict', `These invoices are not disputed: ${notDisputed.map(describe).join(', ')}.`);
        }
        if (targets.length === 0) throw new LedgerError('conflict', 'This debtor has no disputed invoice.');
        const at = nowIso(ctx);
        const invoices = targets.map((invoice) => {
          const reopened = { ...invoice, status: 'open' as const, dispute: null, updatedAt: at };
          return Invoice.parse({ ...reopened, status: settledStatus(reopened) });
        });
        const event = recordEvent(ctx, input.debtorId, 'dispute-resolved', { invoiceIds: invoices.map((invoice) => invoice.id) });
        await db.invoices.bulkPut(invoices);
        await db.events.add(event);
        await refreshFollowUps(db, [input.debtorId], ctx.now());
        return { invoices, event };
      }),
  };
}
