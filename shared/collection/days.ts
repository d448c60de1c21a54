// Calendar days as integers (days since 1970-01-01) so the status computation compares and
// adds numbers instead of parsing strings for every invoice and event. IsoDate remains the
// format at every boundary; these numbers never leave the collection core.
import type { IsoDate } from '../dates';

export type DayNumber = number;

export const MS_PER_DAY = 86_400_000;

/** 'YYYY-MM-DD' (already validated by the ledger schemas) to its day number. */
export function toDayNumber(date: IsoDate): DayNumber {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(day: DayNumber): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, the same numbering as Date.getDay() and the ContactPolicy schema. */
export function weekdayOf(day: DayNumber): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
