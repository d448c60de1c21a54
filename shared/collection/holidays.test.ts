import { describe, expect, it } from 'vitest';
import { easterSunday, goodFriday, isNationalHoliday, nationalHolidays } from './holidays';

describe('holidays', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    [2025, '2025-04-18'],
    [2026, '2026-04-03'],
    [2027, '2027-03-26'],
  ])('Good Friday %i is %s', (year, date) => {
    expect(goodFriday(year)).toBe(date);
  });

  it('lists the Spanish national days of a year in order', () => {
    expect(nationalHolidays('spain', 2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-05-01',
      '2026-08-15',
      '2026-10-12',
      '2026-11-01',
      '2026-12-06',
      '2026-12-08',
      '2026-12-25',
    ]);
  });

  it.each([
    ['spain', '2026-04-03', true],
    ['spain', '2026-04-06', false], // Easter Monday is regional in Spain
    ['spain', '2026-08-10', false],
    ['spain', '2027-03-26', true],
    ['ecuador', '2026-08-10', true],
    ['ecuador', '2026-11-03', true],
    ['ecuador', '2026-01-06', false],
    ['ecuador', '2026-04-03', true],
  ] as const)('%s: %s is a holiday: %s', (calendar, date, expected) => {
    expect(isNationalHoliday(calendar, date)).toBe(expected);
  });
});
