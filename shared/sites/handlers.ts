// The ledger as an invoicing tool's page needs it: which of the invoices and addresses the page
// shows Cobro knows ('page-lookup'), and adding an invoice the page showed once the user has
// confirmed it in the capture form ('invoice-capture'). Everything the page gave is untrusted
// text: it is only ever compared exactly with the ledger's own values or checked as a new record.
import { z } from 'zod';
import type { HandlerArgs } from '../ledger/api';
import { fromDebtorRow, toDebtorRow } from '../ledger/db';
import { FOLLOW_UP_TABLES, refreshFollowUps } from '../ledger/follow-up-refresh';
import { CurrencyCode, Debtor, Email, Id, IsoDate, Locale, NonNegativeMinor, PositiveMinor, TimeZone, type Invoice } from '../ledger/schema';
import { debtorRowsByEmail, requireDebtor, type HandlerContext } from '../ledger/handlers/context';
import { assertEmailsFree, debtorMatches, newDebtor, statusReader, wantedEmails, type DebtorMatch } from '../ledger/handlers/debtors';
import { assertNumberFree, newInvoice } from '../ledger/handlers/invoices';
import { readSettings } from '../ledger/handlers/settings';
import { STATUS_TABLES, type CollectionStatus } from '../ledger/handlers/status';

/** How many numbers and addresses one page may ask about at once (a long list page). */
export const PAGE_LOOKUP_LIMIT = 500;

const InvoiceNumber = z.string().trim().min(1).max(60);

export const PageLookupInput = z.strictObject({
  numbers: z.array(InvoiceNumber).max(PAGE_LOOKUP_LIMIT),
  emails: z.array(z.string().max(320)).max(PAGE_LOOKUP_LIMIT),
});

/** An existing customer by id, or a new one as the page named them (with at most one address, or none). */
const CaptureDebtor = z.union([
  z.strictObject({ id: Id }),
  z.strictObject({
    name: Debtor.shape.name,
    emails: z.array(Email).max(1).default([]),
    locale: Locale.optional(),
    timeZone: TimeZone.optional(),
  }),
]);

const CaptureInvoice = z
  .strictObject({
    number: InvoiceNumber,
    currency: CurrencyCode,
    amount: PositiveMinor,
    /** Already paid, in minor units: the amount less the balance the page showed. */
    paid: NonNegativeMinor.default(0),
    issueDate: IsoDate.nullable().optional(),
    dueDate: IsoDate,
    description: z.string().trim().max(500).optional(),
  })
  // The same rules as the Invoice record, checked here so a wrong request reads nothing.
  .refine((invoice) => invoice.paid <= invoice.amount, { message: 'paid cannot exceed the amount', path: ['paid'], params: { rule: 'paid-over-amount' } })
  .refine((invoice) => !invoice.issueDate || invoice.issueDate <= invoice.dueDate, {
    message: 'due date is before the issue date',
    path: ['dueDate'],
    params: { rule: 'due-before-issue' },
  });

export const InvoiceCaptureInput = z.strictObject({
  debtor: CaptureDebtor,
  invoice: CaptureInvoice,
  /** Which reader saw it: a tool's id ('invoice-ninja') or 'page' for the generic scanner. */
  source: z.strictObject({ format: z.string().trim().min(1).max(40) }),
});

export interface PageInvoiceMatch {
  /** The number as asked (trimmed); the invoice's own number is the same. */
  number: string;
  invoice: Invoice;
  debtor: Debtor;
  /** The debtor's status, as the chip shows it. */
  status: CollectionStatus;
}

export interface PageLookup {
  /** Each invoice whose number the page shows, void ones included; one number may name several customers' invoices. */
  invoices: PageInvoiceMatch[];
  /** As 'debtor-lookup' answers for the page's addresses. */
  debtors: DebtorMatch[];
}

export interface InvoiceCaptured {
  debtor: Debtor;
  invoice: Invoice;
  created: { debtor: boolean };
}

export function siteHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    /**
     * Exact matches only, and case-sensitive: numbers are the tool's own text, printed the way
     * the ledger stores them; folding case would need a scan of every invoice and could pair
     * "a-1" with "A-1" of another series.
     */
    'page-lookup': async (input: HandlerArgs<'page-lookup'>): Promise<PageLookup> => {
      const numbers = [...new Set(input.numbers)];
      const wanted = wantedEmails(input.emails);
      if (numbers.length === 0 && wanted.size === 0) return { invoices: [], debtors: [] };
      return db.transaction('r', STATUS_TABLES, async () => {
        const [invoices, rows, settings] = await Promise.all([
          numbers.length === 0 ? [] : db.invoices.where('number').anyOf(numbers).toArray(),
          debtorRowsByEmail(db, wanted),
          readSettings(db),
        ]);
        const statusOfDebtor = statusReader(ctx, settings);
        const ownerIds = [...new Set(invoices.map((invoice) => invoice.debtorId))];
        const owners = new Map<string, Debtor>();
        for (const row of await db.debtors.bulkGet(ownerIds)) if (row) owners.set(row.id, fromDebtorRow(row));
        const order = new Map(numbers.map((number, index) => [number, index]));
        const found = invoices
          .filter((invoice) => owners.has(invoice.debtorId))
          .sort((a, b) => order.get(a.number)! - order.get(b.number)! || a.id.localeCompare(b.id));
        return {
          invoices: await Promise.all(
            found.map(async (invoice) => {
              const debtor = owners.get(invoice.debtorId)!;
              return { number: invoice.number, invoice, debtor, status: await statusOfDebtor(debtor) };
            }),
          ),
          debtors: await debtorMatches(rows, wanted, statusOfDebtor),
        };
      });
    },

    /**
     * The invoice a page showed, confirmed by the user, with its customer when new: one
     * transaction, so a refused invoice leaves no customer behind. Paid money is kept on the
     * invoice as the import keeps it (no Payment record: nobody saw when or how it was paid),
     * and nothing is logged on the timeline, as for imported invoices.
     */
    'invoice-capture': async (input: HandlerArgs<'invoice-capture'>): Promise<InvoiceCaptured> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const { paid, ...fields } = input.invoice;
        let debtor: Debtor;
        const created = !('id' in input.debtor);
        if ('id' in input.debtor) {
          debtor = await requireDebtor(db, input.debtor.id);
          await assertNumberFree(db, debtor.id, fields.number, null, 'invoice.number');
        } else {
          const { name, locale, timeZone } = input.debtor;
          const emails = [...wantedEmails(input.debtor.emails)];
          await assertEmailsFree(db, emails, null, 'debtor.emails');
          // Without an address, like an imported customer without one: the lists say "no email".
          debtor = newDebtor(ctx, await readSettings(db), { name, emails, locale, timeZone });
          await db.debtors.add(toDebtorRow(debtor));
        }
        const invoice = newInvoice(ctx, debtor.id, fields, ['invoice'], { paid, source: { kind: 'page', format: input.source.format } });
        await db.invoices.add(invoice);
        await refreshFollowUps(db, [debtor.id], ctx.now());
        return { debtor, invoice, created: { debtor: created } };
      }),
  };
}

