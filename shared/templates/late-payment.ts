// Spanish B2B late-payment costs (Ley 3/2004): statutory interest at the ECB reference rate
// plus 8 points (art. 7.2), and a fixed €40 per unpaid invoice for collection costs (art. 8).
// Templates quote one figure "as of today" at one rate (the ECB rate in settings + 8), on the
// balance owed today; the claim file (shared/claim) works per half-year with each half-year's
// rate and each payment's date. Both use the same formula, day count and rounding, from
// shared/claim/interest.ts.
import { COMPENSATION_PER_INVOICE } from '../claim/compensation';
import { daysLate, simpleInterest } from '../claim/interest';
import type { Invoice, Settings } from '../ledger/schema';
import type { IsoDate } from '../dates';
import { totalsList, type Money, type Totals } from '../money';

/** The points art. 7.2 adds to the ECB rate, in basis points. */
export const STATUTORY_MARGIN_BASIS_POINTS = 800;

/** The fixed compensation per invoice is set in euros; it is never converted. */
export const COMPENSATION_CURRENCY = COMPENSATION_PER_INVOICE.currency;

/** Statuses whose unpaid balance is still claimed (a void or written-off invoice is not). */
const CLAIMABLE_STATUSES: ReadonlySet<Invoice['status']> = new Set(['open', 'disputed']);

export function outstandingOf(invoice: Pick<Invoice, 'amount' | 'paid'>): number {
  return Math.max(0, invoice.amount - invoice.paid);
}

/** Days of interest: from the day after the due date up to and including `onDate`. */
export function daysOverdue(dueDate: IsoDate, onDate: IsoDate): number {
  return daysLate(dueDate, onDate);
}

/** ECB rate + 8 points, never below zero: interest cannot run in the debtor's favour. */
export function statutoryRateBasisPoints(ecbRateBasisPoints: number): number {
  return Math.max(0, ecbRateBasisPoints + STATUTORY_MARGIN_BASIS_POINTS);
}

/**
 * Simple interest on the invoice's current outstanding balance, actual/365, rounded half-up to
 * the currency's minor unit. Partial payments made during the period are not prorated: the
 * balance today is taken for the whole period, which never overstates what the law allows.
 */
export function statutoryInterest(
  invoice: Pick<Invoice, 'amount' | 'paid' | 'dueDate' | 'status'>,
  onDate: IsoDate,
  ecbRateBasisPoints: number,
): number {
  if (!CLAIMABLE_STATUSES.has(invoice.status)) return 0;
  return simpleInterest(outstandingOf(invoice), statutoryRateBasisPoints(ecbRateBasisPoints), daysOverdue(invoice.dueDate, onDate));
}

/** €40 in minor units. */
export function compensationPerInvoice(): number {
  return COMPENSATION_PER_INVOICE.amount;
}

export interface LateCosts {
  /** Accrued interest per currency, each in its own currency. */
  interest: Money[];
  /** The fixed compensation, only for EUR invoices (so at most one entry, in EUR). */
  compensation: Money[];
  /** ECB + 8, as a percentage for display (10.15 for 1015 basis points). */
  ratePercent: number;
  /** Overdue invoices in other currencies: the €40 is not converted, so they are left out. */
  invoicesWithoutCompensation: string[];
}

function isClaimable(invoice: Invoice, onDate: IsoDate): boolean {
  return CLAIMABLE_STATUSES.has(invoice.status) && outstandingOf(invoice) > 0 && invoice.dueDate < onDate;
}

export function lateCostsFor(
  invoices: readonly Invoice[],
  onDate: IsoDate,
  settings: Pick<Settings, 'ecbRateBasisPoints'>,
): LateCosts {
  const interest: Totals = {};
  const compensation: Totals = {};
  const invoicesWithoutCompensation: string[] = [];
  for (const invoice of invoices) {
    if (!isClaimable(invoice, onDate)) continue;
    const accrued = statutoryInterest(invoice, onDate, settings.ecbRateBasisPoints);
    interest[invoice.currency] = (interest[invoice.currency] ?? 0) + accrued;
    if (invoice.currency === COMPENSATION_CURRENCY) {
      compensation[COMPENSATION_CURRENCY] = (compensation[COMPENSATION_CURRENCY] ?? 0) + compensationPerInvoice();
    } else {
      invoicesWithoutCompensation.push(invoice.number);
    }
  }
  return {
    interest: totalsList(interest),
    compensation: totalsList(compensation),
    ratePercent: statutoryRateBasisPoints(settings.ecbRateBasisPoints) / 100,
    invoicesWithoutCompensation,
  };
}
