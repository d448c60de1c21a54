import { describe, expect, it } from 'vitest';
import { dateIn } from './dates';
import { localDateOf, zonedDateOf } from './local-date';

describe('localDateOf', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 0), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
    [new Date(987, 1, 3, 12, 0), '0987-02-03'],
  ])('%s → %s', (date, day) => {
    expect(localDateOf(date)).toBe(day);
  });
});

describe('zonedDateOf', () => {
  it.each([
    // Just after midnight in Madrid, still the day before in UTC and in Mexico City.
    ['Europe/Madrid', '2026-12-05T23:30:00Z', '2026-12-06'],
    ['UTC', '2026-12-05T23:30:00Z', '2026-12-05'],
    ['America/Mexico_City', '2026-12-06T05:59:00Z', '2026-12-05'],
    ['America/Mexico_City', '2026-12-06T06:00:00Z', '2026-12-06'],
    ['Pacific/Kiritimati', '2026-12-31T10:00:00Z', '2027-01-01'],
  ])('%s at %s → %s, as dateIn says', (zone, at, day) => {
    expect(zonedDateOf(zone, new Date(at))).toBe(day);
    expect(dateIn(zone, new Date(at))).toBe(day);
  });
});
