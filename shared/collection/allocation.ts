// How much of a payment counts toward a promise or a plan about some invoices. A payment that
// was allocated counts only for what went to those invoices; one recorded without allocations
// (the user did not say what it paid) counts in full, in its own currency.
import type { Payment } from '../ledger/schema';

export function amountToward(payment: Payment, invoiceIds: ReadonlySet<string> | null): number {
  if (invoiceIds === null || payment.allocations.length === 0) return payment.amount;
  let total = 0;
  for (const allocation of payment.allocations) {
    if (invoiceIds.has(allocation.invoiceId)) total += allocation.amount;
  }
  return total;
}
