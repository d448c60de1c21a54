// How a payment settles invoices: oldest due first, within the payment's currency, never
// more than an invoice still owes. Pure, so the rules are tested as tables.
import { formatMoney } from '../money';
import { LedgerError } from './errors';
import type { Invoice } from './schema';

export interface InvoiceAllocation {
  invoiceId: string;
  amount: number;
}

/** What a payment or a promise can be applied to. */
export interface PayableSelection {
  /** Every invoice of the debtor. */
  invoices: readonly Invoice[];
  currency: string;
  /** Only these (each must be open or disputed); otherwise every open invoice. */
  invoiceIds?: readonly string[] | undefined;
}

function owed(invoice: Invoice): number {
  return invoice.amount - invoice.paid;
}

export function oldestDueFirst(a: Invoice, b: Invoice): number {
  return a.dueDate.localeCompare(b.dueDate) || (a.issueDate ?? '').localeCompare(b.issueDate ?? '') || a.number.localeCompare(b.number);
}

function currenciesOwed(invoices: readonly Invoice[]): string[] {
  return [...new Set(invoices.filter((i) => i.status === 'open' && owed(i) > 0).map((i) => i.currency))].sort();
}

/**
 * The invoices a payment or promise in `currency` applies to, oldest due first. Naming an
 * invoice in another currency, or having nothing open in it, is 'currency-mismatch'.
 */
export function payableInvoices({ invoices, currency, invoiceIds }: PayableSelection): Invoice[] {
  let payable: Invoice[];
  if (invoiceIds) {
    const named = invoices.filter((invoice) => invoiceIds.includes(invoice.id));
    const closed = named.filter((invoice) => invoice.status !== 'open' && invoice.status !== 'disputed');
    if (closed.length > 0) {
      throw new LedgerError('conflict', `Nothing is owed on ${closed.map((i) => `${i.number} (${i.status})`).join(', ')}.`);
    }
    const foreign = named.filter((invoice) => invoice.currency !== currency);
    if (foreign.length > 0) {
      throw new LedgerError(
        'currency-mismatch',
        `${foreign.map((i) => `${i.number} is in ${i.currency}`).join(', ')}, not ${currency}.`,
      );
    }
    payable = named.filter((invoice) => owed(invoice) > 0);
  } else {
    payable = invoices.filter((invoice) => invoice.status === 'open' && invoice.currency === currency && owed(invoice) > 0);
  }
  if (payable.length === 0) {
    const owedIn = currenciesOwed(invoices);
    throw new LedgerError(
      'currency-mismatch',
      owedIn.length > 0
        ? `Nothing is owed in ${currency}; this debtor owes in ${owedIn.join(', ')}.`
        : `Nothing is owed in ${currency}; this debtor has no open invoice.`,
    );
  }
  return payable.sort(oldestDueFirst);
}

/** The total these invoices still owe (one currency). */
export function totalOwed(invoices: readonly Invoice[]): number {
  return invoices.reduce((sum, invoice) => sum + owed(invoice), 0);
}

/**
 * Splits `amount` over the payable invoices, oldest due first. More than they owe is
 * 'overpayment': the user decides what the surplus is, Cobro does not guess.
 */
export function allocatePayment(selection: PayableSelection, amount: number): InvoiceAllocation[] {
  const payable = payableInvoices(selection);
  const total = totalOwed(payable);
  const money = (value: number) => formatMoney({ currency: selection.currency, amount: value }, 'en');
  if (amount > total) {
    throw new LedgerError(
      'overpayment',
      `${money(amount)} is more than the ${money(total)} owed on ${payable.map((i) => i.number).join(', ')}.`,
    );
  }
  const allocations: InvoiceAllocation[] = [];
  let left = amount;
  for (const invoice of payable) {
    if (left === 0) break;
    const share = Math.min(left, owed(invoice));
    allocations.push({ invoiceId: invoice.id, amount: share });
    left -= share;
  }
  return allocations;
}
