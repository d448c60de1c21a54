// Which invoices are still owed, which of them drive the ladder, and their totals per currency.
import type { Money } from '../money';
import { addTo, totalsList, type Totals } from '../money';
import type { Invoice, Pause } from '../ledger/schema';
import { toDayNumber, type DayNumber } from './days';
import { compareText } from './order';

/** An invoice with money still owed on it, with its due day parsed once. */
export interface OpenInvoice {
  invoice: Invoice;
  id: string;
  due: DayNumber;
  /** amount - paid, in the invoice's minor units; always > 0. */
  balance: number;
  disputed: boolean;
}

/** Open or disputed with something left to pay; void, paid and written-off never count. */
export function isUnpaid(invoice: Invoice): boolean {
  return (invoice.status === 'open' || invoice.status === 'disputed') && invoice.amount > invoice.paid;
}

/** A recorded objection counts even if the status was left 'open'. */
export function isDisputed(invoice: Invoice): boolean {
  return invoice.status === 'disputed' || invoice.dispute !== null;
}

/** A pause is active through its `until` day, or forever when `until` is null. */
export function isPauseActive(pause: Pause | null, day: DayNumber): boolean {
  return pause !== null && (pause.until === null || toDayNumber(pause.until) >= day);
}

export function compareOpenInvoices(a: OpenInvoice, b: OpenInvoice): number {
  return a.due - b.due || compareText(a.id, b.id);
}

/** Unpaid invoices, oldest due date first (ties by id). */
export function openInvoices(invoices: readonly Invoice[]): OpenInvoice[] {
  const open: OpenInvoice[] = [];
  for (const invoice of invoices) {
    if (!isUnpaid(invoice)) continue;
    open.push({
      invoice,
      id: invoice.id,
      due: toDayNumber(invoice.dueDate),
      balance: invoice.amount - invoice.paid,
      disputed: isDisputed(invoice),
    });
  }
  return open.sort(compareOpenInvoices);
}

/** The invoices that move the ladder on `day`: not disputed and not paused on their own. */
export function drivingInvoices(open: readonly OpenInvoice[], day: DayNumber): OpenInvoice[] {
  return open.filter((item) => !item.disputed && !isPauseActive(item.invoice.pause, day));
}

/** Balances per currency, sorted by currency code; never summed across currencies. */
export function balanceTotals(items: readonly OpenInvoice[]): Money[] {
  const totals: Totals = {};
  for (const item of items) addTo(totals, { currency: item.invoice.currency, amount: item.balance });
  return totalsList(totals);
}
