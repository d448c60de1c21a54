// Statutory late-payment interest on one invoice (Spain, Ley 3/2004), worked out per stretch
// of days over which both the rate and the amount owed stay the same.
//
// Rules, and where they come from:
// - Interest runs from the day after the agreed payment date (art. 5: "a partir del día
//   siguiente"); the invoice's due date is taken as the agreed one. Where nothing was agreed the
//   law's default (30 days after receipt) is the caller's to put in the due date.
// - The rate is the half-year's rate (art. 7.2; ecb-rates.ts): a debt spanning half-years uses
//   each half-year's rate for its own days.
// - Simple interest on what is still owed: a payment lowers the base from the day after it was
//   paid (the day it arrives still counts as a day late for the whole amount before it), and a
//   payment made on or before the due date lowers the base from the start.
// - Day count: actual calendar days over a 365-day year, leap years included (29 February is a
//   day late like any other and the divisor stays 365). This is how Spanish practice states the
//   formula — interest = principal × rate × days / 365 (e.g. iurisnow.com, "Calcular intereses de
//   demora"; emprendepyme.net) — and the Tribunal Supremo (STS 25 July 2000) holds that the
//   divisor is the 365 natural days of the year, not a 360-day commercial year. A stricter
//   actual/actual reading (366 in leap years) exists for tax interest (TEAC, 23 February 2010);
//   it is not applied here, so a claim over a leap year is 1/365 higher for those days.
// - Rounding: each stretch's interest is rounded once, half up, to the currency's minor unit;
//   the total is the sum of the rounded stretches (what the claim file prints adds up).
// Arithmetic is in integers: amounts in minor units, rates in basis points, products in BigInt.
import { fromDayNumber, MS_PER_DAY, toDayNumber, type DayNumber } from '../collection/days';
import { isIsoDate, type IsoDate } from '../dates';
import type { CurrencyCode, Money } from '../money';
import type { HalfYear, HalfYearRate } from './ecb-rates';

export interface PaidPart {
  date: IsoDate;
  /** Minor units, positive. */
  amount: number;
}

export interface LateInterestInput {
  /** The invoice's amount in minor units. */
  amount: number;
  currency: CurrencyCode;
  /** The agreed payment date; interest starts the day after. */
  dueDate: IsoDate;
  /** Payments allocated to this invoice, in any order. */
  paidParts: readonly PaidPart[];
  /** The last day counted (inclusive): the claim's date. */
  until: IsoDate;
  /**
   * Rates per half-year. A half-year listed twice takes the later entry, so the user's
   * corrections can simply follow the published table: [...PUBLISHED_RATES, ...fromSettings].
   */
  rates: readonly HalfYearRate[];
}

export interface InterestLine {
  half: HalfYear;
  /** First and last day of the stretch, both counted. */
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** What was owed over the stretch, in minor units. */
  base: number;
  /** The half-year's rate in basis points (10.15% = 1015); null when the table has none. */
  rateBasisPoints: number | null;
  /** Minor units; 0 when the rate is unknown. */
  interest: number;
}

export interface LateInterest {
  lines: InterestLine[];
  total: Money;
  /** Half-years the stretches fall in for which no rate was given: the total leaves them out. */
  missingRates: HalfYear[];
}

/** 100 (percent) × 100 (basis points) × 365 (days in the year of the rate). */
const DIVISOR = 3_650_000n;

function dayNumber(date: IsoDate): DayNumber {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return toDayNumber(date);
}

function halfOf(day: DayNumber): HalfYear {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCFullYear()}-H${date.getUTCMonth() < 6 ? 1 : 2}`;
}

/** The first day of the half-year after the one `day` falls in. */
function nextHalfStart(day: DayNumber): DayNumber {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  return (date.getUTCMonth() < 6 ? Date.UTC(year, 6, 1) : Date.UTC(year + 1, 0, 1)) / MS_PER_DAY;
}

/** '10.15' → 1015 basis points; at most two decimals, never through floating point. */
export function basisPoints(percent: string): number {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(percent.trim());
  if (!match) throw new RangeError(`not a rate in percent: ${percent}`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * Simple interest in minor units: base × rate × days / 365, rounded half up. The one formula
 * for statutory interest in Cobro: the claim file's stretches and the templates' figure both
 * come from here. All three inputs are non-negative integers.
 */
export function simpleInterest(base: number, rateBasisPoints: number, days: number): number {
  const product = BigInt(base) * BigInt(rateBasisPoints) * BigInt(days);
  return Number((product * 2n + DIVISOR) / (2n * DIVISOR));
}

/** Days of interest: from the day after the due date up to and including `until` (0 if not late). */
export function daysLate(dueDate: IsoDate, until: IsoDate): number {
  return Math.max(0, dayNumber(until) - dayNumber(dueDate));
}

function requireMinor(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`${what} must be a whole number of minor units: ${amount}`);
}

export function lateInterest(input: LateInterestInput): LateInterest {
  requireMinor(input.amount, 'amount');
  const rates = new Map<string, number>();
  for (const rate of input.rates) rates.set(rate.half, basisPoints(rate.percent));
  const parts = input.paidParts.map((part) => {
    requireMinor(part.amount, 'a payment');
    return { day: dayNumber(part.date), amount: part.amount };
  });
  const start = dayNumber(input.dueDate) + 1;
  const end = dayNumber(input.until);
  const lines: InterestLine[] = [];
  const missing = new Set<HalfYear>();

  // Owed on `day`: the amount less every payment made before that day.
  const owedOn = (day: number) => Math.max(0, parts.reduce((owed, part) => (part.day < day ? owed - part.amount : owed), input.amount));
  // The base changes the day after each payment.
  const changes = [...new Set(parts.map((part) => part.day + 1))].sort((a, b) => a - b);

  let from = start;
  while (from <= end) {
    const base = owedOn(from);
    if (base === 0) {
      // Paid off; a later payment cannot raise it again, so nothing more accrues.
      break;
    }
    const nextChange = changes.find((day) => day > from) ?? Infinity;
    const to = Math.min(end, nextHalfStart(from) - 1, nextChange - 1);
    const half = halfOf(from);
    const rate = rates.get(half) ?? null;
    if (rate === null) missing.add(half);
    const days = to - from + 1;
    lines.push({
      half,
      from: fromDayNumber(from),
      to: fromDayNumber(to),
      days,
      base,
      rateBasisPoints: rate,
      interest: rate === null ? 0 : simpleInterest(base, rate, days),
    });
    from = to + 1;
  }

  return {
    lines,
    total: { currency: input.currency, amount: lines.reduce((sum, line) => sum + line.interest, 0) },
    missingRates: [...missing],
  };
}
