import { describe, expect, it } from 'vitest';
import { addDays, dateIn, daysBetween, isIsoDate, isTimeZone } from './dates';

describe('dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['2026-1-01', false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    // 23:30 UTC on 31 Dec is already New Year in Madrid, still 31 Dec in New York.
    ['2026-12-31T23:30:00Z', 'Europe/Madrid', '2027-01-01'],
    ['2026-12-31T23:30:00Z', 'America/New_York', '2026-12-31'],
    ['2026-03-29T00:30:00Z', 'Europe/Madrid', '2026-03-29'],
    ['2026-11-23T04:00:00Z', 'America/Guayaquil', '2026-11-22'],
  ])('dateIn at %s in %s is %s', (instant, zone, expected) => {
    expect(dateIn(zone, new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-10-01', '2026-11-05', 35],
    ['2026-03-28', '2026-03-30', 2], // across the spring DST change
    ['2026-11-05', '2026-10-01', -35],
  ])('daysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it.each([
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['Europe/Madrid', true],
    ['America/Guayaquil', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('isTimeZone(%s) = %s', (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});
