// Calendar dates are ISO strings 'YYYY-MM-DD' with no time or zone: a due date is a day,
// not an instant. Instants are ISO strings in UTC ('2026-11-23T09:30:00.000Z'). The day it
// is "today" depends on whose today: always ask with an IANA time zone.
import { addDays as addDaysFns, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { TZDate } from '@date-fns/tz';

export type IsoDate = string;
export type IsoDateTime = string;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
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
