// Splitting an amount into monthly installments: exact integer minor units, the cents that do
// not divide evenly go to the last installments, and dates step by calendar month from the
// first one (31 Jan, 28 Feb, 31 Mar: each month from the first date, never chained).
import type { IsoDate } from '../dates';

export interface PlannedInstallment {
  dueDate: IsoDate;
  /** Integer minor units. */
  amount: number;
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** The same day `months` later, or the month's last day when it is shorter. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/** Amounts differ by at most one minor unit and always add up to `total`. */
export function splitAmount(total: number, count: number): number[] {
  if (!Number.isSafeInteger(total) || !Number.isInteger(count) || count < 1) return [];
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, index) => base + (index >= count - extra ? 1 : 0));
}

export function splitInstallments(total: number, count: number, firstDate: IsoDate): PlannedInstallment[] {
  return splitAmount(total, count).map((amount, index) => ({ dueDate: addMonths(firstDate, index), amount }));
}
