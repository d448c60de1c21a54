import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../dates';
import { fromDayNumber, toDayNumber, weekdayOf, yearOf } from './days';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['1970-01-02', 1, 5],
    ['2026-03-29', 20541, 0],
    ['2024-02-29', 19782, 4],
  ])('%s is day %i, weekday %i', (date, day, weekday) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('weekday agrees with Date.getUTCDay before and after the epoch', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => {
        expect(weekdayOf(day)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
    );
  });

  it('round-trips and agrees with dates.ts on differences and additions', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: -800, max: 800 }), (a, b, shift) => {
        expect(fromDayNumber(toDayNumber(a))).toBe(a);
        expect(toDayNumber(b) - toDayNumber(a)).toBe(daysBetween(a, b));
        expect(fromDayNumber(toDayNumber(a) + shift)).toBe(addDays(a, shift));
        expect(yearOf(toDayNumber(a))).toBe(Number(a.slice(0, 4)));
      }),
    );
  });
});
