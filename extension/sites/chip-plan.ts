// What Cobro shows beside one invoice on a tool's page, from what the page says and what the
// ledger answered. The page is matched exactly (its number, its customer's address); when a
// number belongs to more than one customer, the page's customer decides, and when it cannot,
// nothing is shown rather than the wrong customer. A page that shows the invoice paid, or owing
// less than the ledger says, is an offer to record the difference: never a change by itself.
import type { CollectionStatus } from '../../shared/collection/status';
import type { DebtorMatch } from '../../shared/ledger/handlers/debtors';
import type { Debtor, Invoice } from '../../shared/ledger/schema';
import { currencyMarkOf, symbolFits } from '../../shared/import/amount-cells';
import { parseAmount } from '../../shared/money';
import { sameName } from '../../shared/import/names';
import type { PageInvoice } from './page-invoice';

/** One invoice the ledger has for an asked number, with its customer. */
export interface KnownInvoice {
  number: string;
  invoice: Invoice;
  debtor: Debtor;
  status: CollectionStatus;
}

export interface PageLookup {
  invoices: KnownInvoice[];
  debtors: DebtorMatch[];
}

/** The page shows less owed than the ledger: record the difference as a payment? */
export interface PageUpdate {
  kind: 'paid' | 'lower';
  currency: string;
  /** What the ledger still has owed on this invoice, and what the page shows, in minor units. */
  ledgerBalance: number;
  pageBalance: number;
}

export type PageChipPlan =
  | { kind: 'known'; known: KnownInvoice; update: PageUpdate | null }
  /** The invoice is not in the ledger but its customer is: their chip, and an offer to add the invoice. */
  | { kind: 'customer'; match: DebtorMatch }
  /** Neither: an offer to add it. */
  | { kind: 'unknown' }
  /** Nothing to show (no number, or a number two customers share and the page does not say whose). */
  | { kind: 'none' };

/** The one ledger invoice this page row is, if exactly one fits. */
function whichInvoice(row: PageInvoice, candidates: KnownInvoice[]): KnownInvoice | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const byEmail = row.email === null ? [] : candidates.filter((known) => known.debtor.emails.includes(row.email!));
  if (byEmail.length === 1) return byEmail[0]!;
  const byName = row.customer === null ? [] : candidates.filter((known) => sameName(known.debtor.name, row.customer!));
  return byName.length === 1 ? byName[0]! : null;
}

/** What the page says is still owed, in the ledger's currency; null when the page cannot be read so or names another currency. */
export function pageBalanceIn(row: Pick<PageInvoice, 'balanceText' | 'currency' | 'status'>, currency: string): number | null {
  if (row.currency !== null && row.currency !== currency) return null;
  if (row.balanceText === null) return row.status === 'paid' ? 0 : null;
  const mark = currencyMarkOf(row.balanceText);
  if (mark.kind === 'unknown') return null;
  if (mark.kind === 'currency' && mark.currency !== currency) return null;
  if (mark.kind === 'ambiguous' && !symbolFits(mark.symbol, currency)) return null;
  try {
    const value = parseAmount(row.balanceText, currency);
    return value >= 0 ? value : null;
  } catch {
    return null;
  }
}

export function updateFor(row: PageInvoice, invoice: Invoice): PageUpdate | null {
  if (invoice.status !== 'open' && invoice.status !== 'disputed') return null;
  const ledgerBalance = invoice.amount - invoice.paid;
  if (ledgerBalance <= 0) return null;
  const pageBalance = pageBalanceIn(row, invoice.currency);
  if (pageBalance === null || pageBalance >= ledgerBalance) return null;
  return { kind: pageBalance === 0 ? 'paid' : 'lower', currency: invoice.currency, ledgerBalance, pageBalance };
}

export function planChip(row: PageInvoice, lookup: PageLookup): PageChipPlan {
  const match = row.email === null ? undefined : lookup.debtors.find((candidate) => candidate.matchedEmails.includes(row.email!));
  // An address alone (the scanner found it in the page's text): its customer's chip.
  if (row.number === null) return match ? { kind: 'customer', match } : { kind: 'none' };
  const number = row.number.trim();
  const candidates = lookup.invoices.filter((known) => known.number === number || known.invoice.number === number);
  if (candidates.length > 0) {
    const known = whichInvoice(row, candidates);
    return known ? { kind: 'known', known, update: updateFor(row, known.invoice) } : { kind: 'none' };
  }
  // Drafts are not owed yet, and a voided invoice never will be: nothing to add.
  if (row.status === 'draft' || row.status === 'void') return { kind: 'none' };
  return match ? { kind: 'customer', match } : { kind: 'unknown' };
}
