// Spanish B2B late-payment costs (Ley 3/2004): statutory interest at the ECB reference rate
// plus 8 points (art. 7.2), and a fixed €40 per unpaid invoice for collection costs (art. 8).
// All arithmetic is on integers (BigInt for the products) so no amount ever touches a float.
import type { Invoice, Settings } from '../ledger/schema';
import { daysBetween, type IsoDate } from '../dates';
import { minorDigits, totalsList, type Money, type Totals } from '../money';

/** The points art. 7.2 adds to the ECB rate, in basis points. */
export const STATUTORY_MARGIN_BASIS_POINTS = 800;

/** The fixed compensation per invoice is set in euros; it is never converted. */
export const COMPENSATION_CURRENCY = 'EUR';
export const COMPENSATION_PER_INVOICE_MAJOR = 40;

const DAYS_PER_YEAR = 365n;
const BASIS_POINTS_PER_UNIT = 10_000n;

/** Statuses whose unpaid balance is still claimed (a void or written-off invoice is not). */
const CLAIMABLE_STATUSES: ReadonlySet<Invoice['status']> = new Set(['open', 'disputed']);

export function outstandingOf(invoice: Pick<Invoice, 'amount' | 'paid'>): number {
  return Math.max(0, invoice.amount - invoice.paid);
}

/** Days of interest: from the day after the due date up to and including `onDate`. */
export function daysOverdue(dueDate: IsoDate, onDate: IsoDate): number {
  return Math.max(0, daysBetween(dueDate, onDate));
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
  const principal = BigInt(outstandingOf(invoice));
  const days = BigInt(daysOverdue(invoice.dueDate, onDate));
  const rate = BigInt(statutoryRateBasisPoints(ecbRateBasisPoints));
  const numerator = principal * rate * days;
  const denominator = BASIS_POINTS_PER_UNIT * DAYS_PER_YEAR;
  // Half-up on a non-negative quotient: floor((2n + d) / 2d).
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** €40 in minor units. */
export function compensationPerInvoice(): number {
  return COMPENSATION_PER_INVOICE_MAJOR * 10 ** minorDigits(COMPENSATION_CURRENCY);
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
