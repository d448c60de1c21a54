// The calendar date where this code runs, apart from dates.ts so code that needs only this (the
// Gmail content script, the background's daily work) does not load the time-zone library.
import type { IsoDate } from './dates';

/** The calendar date at `now` in the zone this code runs in (the browser's or the machine's). */
export function localDateOf(now: Date): IsoDate {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The calendar date at `now` in `timeZone`, from the platform's Intl (no time-zone library). */
export function zonedDateOf(timeZone: string, now: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
