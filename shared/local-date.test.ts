import { describe, expect, it } from 'vitest';
import { localDateOf } from './local-date';

describe('localDateOf', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 0), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
    [new Date(987, 1, 3, 12, 0), '0987-02-03'],
  ])('%s → %s', (date, day) => {
    expect(localDateOf(date)).toBe(day);
  });
});
