// National non-contact days of the policy presets. Fixed-date holidays plus Good Friday, which
// moves with Easter. Regional holidays differ too much to ship; users add them per policy.
import type { IsoDate } from '../dates';
import { fromDayNumber, toDayNumber, type DayNumber } from './days';

export type HolidayCalendar = 'spain' | 'ecuador';

/** Month-day of each fixed national holiday. */
const FIXED_HOLIDAYS: Record<HolidayCalendar, readonly string[]> = {
  spain: ['01-01', '01-06', '05-01', '08-15', '10-12', '11-01', '12-06', '12-08', '12-25'],
  ecuador: ['01-01', '05-01', '08-10', '10-09', '11-02', '11-03', '12-25'],
};

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function pad4(value: number): string {
  return String(value).padStart(4, '0');
}

/** Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus. */
export function easterSunday(year: number): IsoDate {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  const lunarCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - lunarCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const leapYears = Math.floor(yearOfCentury / 4);
  const yearRest = yearOfCentury % 4;
  const weekdayShift = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
  const late = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const offset = epact + weekdayShift - 7 * late + 114;
  const month = Math.floor(offset / 31);
  const day = (offset % 31) + 1;
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function goodFriday(year: number): IsoDate {
  return fromDayNumber(toDayNumber(easterSunday(year)) - 2);
}

const cache = new Map<string, ReadonlySet<DayNumber>>();

/** The calendar's national holidays in a year, as day numbers (cached: asked for on every status). */
export function nationalHolidayDays(calendar: HolidayCalendar, year: number): ReadonlySet<DayNumber> {
  const key = `${calendar}|${year}`;
  let days = cache.get(key);
  if (!days) {
    const set = new Set<DayNumber>(FIXED_HOLIDAYS[calendar].map((monthDay) => toDayNumber(`${pad4(year)}-${monthDay}`)));
    set.add(toDayNumber(goodFriday(year)));
    days = set;
    cache.set(key, days);
  }
  return days;
}

/** The calendar's national holidays in a year, sorted. */
export function nationalHolidays(calendar: HolidayCalendar, year: number): IsoDate[] {
  const fixed = FIXED_HOLIDAYS[calendar].map((monthDay) => `${pad4(year)}-${monthDay}`);
  return [...fixed, goodFriday(year)].sort();
}

export function isNationalHoliday(calendar: HolidayCalendar, date: IsoDate): boolean {
  return nationalHolidayDays(calendar, Number(date.slice(0, 4))).has(toDayNumber(date));
}
