// Calendar dates are ISO strings 'YYYY-MM-DD' with no time or zone: a due date is a day,
// not an instant. Instants are ISO strings in UTC ('2026-11-23T09:30:00.000Z'). The day it
// is "today" depends on whose today: always ask with an IANA time zone.
import { addDays as addDaysFns, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { TZDate } from '@date-fns/tz';

export type IsoDate = string;
export type IsoDateTime = string;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

// By arithmetic, not date-fns: every stored invoice checks two dates, and an import checks 100,000.
export function isIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

// Building a DateTimeFormat costs ~0.1 ms; debtors share a handful of zones.
const timeZoneChecks = new Map<string, boolean>();

export function isTimeZone(value: string): boolean {
  let valid = timeZoneChecks.get(value);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      valid = value.length > 0;
    } catch {
      valid = false;
    }
    if (timeZoneChecks.size < 1000) timeZoneChecks.set(value, valid);
  }
  return valid;
}

/** The calendar date at `now` in `timeZone`. */
export function dateIn(timeZone: string, now: Date): IsoDate {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(addDaysFns(parseISO(date), days), 'yyyy-MM-dd');
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
