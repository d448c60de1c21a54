// Instants seen from a time zone: which local day and clock time an instant falls on, and
// which instant a local wall-clock time is. Built on @date-fns/tz's offset lookup (one cached
// Intl formatter per zone) because constructing a TZDate per event is ten times slower, and
// status runs for thousands of debtors. zoned.test.ts checks these against TZDate.
import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY, weekdayOf, type DayNumber } from './days';
import { CollectionError } from './errors';

const MS_PER_MINUTE = 60_000;

export interface LocalMoment {
  day: DayNumber;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
}

/** UTC offset in minutes (Madrid in summer: 120) at an instant. */
export function offsetMinutes(timeZone: string, ms: number): number {
  const offset = tzOffset(timeZone, new Date(ms));
  if (Number.isNaN(offset)) {
    throw new CollectionError('invalid-time-zone', `"${timeZone}" is not an IANA time zone`);
  }
  return offset;
}

export function localMoment(ms: number, timeZone: string): LocalMoment {
  const wall = ms + offsetMinutes(timeZone, ms) * MS_PER_MINUTE;
  const day = Math.floor(wall / MS_PER_DAY);
  return { day, minutes: Math.floor((wall - day * MS_PER_DAY) / MS_PER_MINUTE), weekday: weekdayOf(day) };
}

export function localDayOf(ms: number, timeZone: string): DayNumber {
  return Math.floor((ms + offsetMinutes(timeZone, ms) * MS_PER_MINUTE) / MS_PER_DAY);
}

/**
 * The earliest instant at which the local clock reads `minutes` past midnight on `day`.
 * When that wall time falls in a spring-forward gap it does not exist, and the answer is the
 * transition itself (the first instant the clock shows a later time); when it occurs twice
 * (autumn fold) the first occurrence wins. `minutes` may be 1440 for the next midnight.
 */
export function zonedInstant(day: DayNumber, minutes: number, timeZone: string): number {
  const wall = day * MS_PER_DAY + minutes * MS_PER_MINUTE;
  // Offsets a day either side bracket any transition near this wall time (zones change
  // offset at most a few times a year, and no zone is more than 14 hours from UTC).
  const offsetBefore = offsetMinutes(timeZone, wall - MS_PER_DAY);
  const offsetAfter = offsetMinutes(timeZone, wall + MS_PER_DAY);
  const early = wall - offsetBefore * MS_PER_MINUTE;
  if (offsetBefore === offsetAfter) return early;
  const late = wall - offsetAfter * MS_PER_MINUTE;
  const earlyValid = offsetMinutes(timeZone, early) === offsetBefore;
  const lateValid = offsetMinutes(timeZone, late) === offsetAfter;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return transitionBetween(Math.min(early, late), Math.max(early, late), timeZone);
}

/** First instant in (from, to] whose offset differs from the offset at `from`, to the minute. */
function transitionBetween(from: number, to: number, timeZone: string): number {
  const before = offsetMinutes(timeZone, from);
  let low = from;
  let high = to;
  while (high - low > MS_PER_MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (offsetMinutes(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

/** The local day's first instant. */
export function startOfLocalDay(day: DayNumber, timeZone: string): number {
  return zonedInstant(day, 0, timeZone);
}
