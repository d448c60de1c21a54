// The fixed compensation for collection costs (Ley 3/2004, art. 8.1): €40 for each invoice
// paid late, owed without any reminder, on top of the interest. The Tribunal Supremo (4 May
// 2021) reads it per invoice, not per claim. Only between businesses: the law does not cover
// debts of consumers, so the caller says whether the debtor is a business (the ledger cannot
// always tell). The amount is in euros by law; for invoices in another currency nothing
// statutory is added and the claim shows the balance only.
import type { Money } from '../money';

/** €40 in cents. */
export const COMPENSATION_PER_INVOICE: Money = { currency: 'EUR', amount: 4000 };

export interface LateInvoice {
  id: string;
  currency: string;
}

export interface Compensation {
  /** The invoices that carry the €40, in the order given. */
  invoiceIds: string[];
  /** €40 × their count; null when none qualifies. */
  total: Money | null;
}

/** `invoices`: those paid late or still unpaid after their due date. */
export function statutoryCompensation(invoices: readonly LateInvoice[], debtorIsBusiness: boolean): Compensation {
  const invoiceIds = debtorIsBusiness ? invoices.filter((invoice) => invoice.currency === 'EUR').map((invoice) => invoice.id) : [];
  return {
    invoiceIds,
    total: invoiceIds.length === 0 ? null : { currency: 'EUR', amount: COMPENSATION_PER_INVOICE.amount * invoiceIds.length },
  };
}
