import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, splitAmount, splitInstallments } from './plan-split';

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-01', 0, '2026-12-01'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('splitAmount', () => {
  it.each([
    [222_000, 3, [74_000, 74_000, 74_000]],
    [10_000, 3, [3_333, 3_333, 3_334]],
    [10_001, 3, [3_333, 3_334, 3_334]],
    [5, 1, [5]],
    [100, 0, []],
  ])('%i in %i → %j', (total, count, expected) => {
    expect(splitAmount(total, count)).toEqual(expected);
  });

  it('always adds up exactly, and no two installments differ by more than one minor unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 120 }), (total, count) => {
        const parts = splitAmount(total, count);
        expect(parts).toHaveLength(count);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        expect(parts.every(Number.isSafeInteger)).toBe(true);
      }),
    );
  });
});

describe('splitInstallments', () => {
  it('steps by calendar month from the first date', () => {
    expect(splitInstallments(30_000, 3, '2026-01-31')).toEqual([
      { dueDate: '2026-01-31', amount: 10_000 },
      { dueDate: '2026-02-28', amount: 10_000 },
      { dueDate: '2026-03-31', amount: 10_000 },
    ]);
  });

  it('gives dates in strictly increasing order, as a plan requires', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (first, count) => {
        const dates = splitInstallments(count * 100, count, first).map((item) => item.dueDate);
        expect(dates[0]).toBe(first);
        for (let i = 1; i < dates.length; i++) expect(dates[i]! > dates[i - 1]!).toBe(true);
      }),
    );
  });
});
