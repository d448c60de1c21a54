import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../ledger/schema';
import { addDays } from '../dates';
import { compensationPerInvoice, lateCostsFor, statutoryInterest, statutoryRateBasisPoints } from './late-payment';

function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: 'i1',
    debtorId: 'd1',
    number: 'F-1',
    currency: 'EUR',
    amount: 100_000,
    paid: 0,
    issueDate: null,
    dueDate: '2026-01-31',
    status: 'open',
    dispute: null,
    pause: null,
    source: { kind: 'manual' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('statutoryInterest', () => {
  // Worked by hand: outstanding × (ECB + 800) bp × days / (10 000 × 365), half-up.
  it.each([
    // 1,000.00 EUR, 30 days at 2.15 % + 8 = 10.15 %: 100000 × 1015 × 30 / 3 650 000 = 834.25 → 834
    ['30 days at ECB 2.15 %', { amount: 100_000 }, '2026-03-02', 215, 834],
    ['due today: nothing yet', { amount: 100_000 }, '2026-01-31', 215, 0],
    ['before the due date', { amount: 100_000 }, '2026-01-10', 215, 0],
    // 100000 × 1015 / 3 650 000 = 27.81 → 28
    ['one day', { amount: 100_000 }, '2026-02-01', 215, 28],
    // a full year is exactly the annual rate
    ['365 days', { amount: 100_000 }, '2027-01-31', 215, 10_150],
    // partly paid: 60000 × 1015 × 30 / 3 650 000 = 500.55 → 501
    ['on the outstanding only', { amount: 100_000, paid: 40_000 }, '2026-03-02', 215, 501],
    // 10 % for 365 days on 0.05 is 0.005 → half-up gives 1, not 0
    ['half rounds up (0.5)', { amount: 5 }, '2027-01-31', 200, 1],
    ['half rounds up (1.5)', { amount: 15 }, '2027-01-31', 200, 2],
    ['half rounds up (2.5), not to even', { amount: 25 }, '2027-01-31', 200, 3],
    ['just under half rounds down', { amount: 4 }, '2027-01-31', 200, 0],
    ['paid invoices accrue nothing', { status: 'paid' as const, paid: 100_000 }, '2026-03-02', 215, 0],
    ['void invoices accrue nothing', { status: 'void' as const }, '2026-03-02', 215, 0],
    ['written-off invoices accrue nothing', { status: 'written_off' as const }, '2026-03-02', 215, 0],
    ['disputed invoices still accrue', { status: 'disputed' as const }, '2026-03-02', 215, 834],
    ['a deeply negative ECB rate never makes interest negative', { amount: 100_000 }, '2026-03-02', -1000, 0],
    // JPY has no minor unit: 100000 yen works the same way
    ['zero-decimal currency', { currency: 'JPY', amount: 100_000 }, '2026-03-02', 215, 834],
    // leap year 2028: 29 Feb counts as a day
    ['across 29 February', { amount: 100_000, dueDate: '2028-02-28' }, '2028-03-01', 215, 56],
  ])('%s', (_name, overrides, onDate, ecb, expected) => {
    expect(statutoryInterest(invoice(overrides), onDate, ecb)).toBe(expected);
  });

  it('is the exact quotient rounded half-up, for any balance, rate and delay', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 1, max: 3650 }),
        fc.integer({ min: -800, max: 5000 }),
        (amount, days, ecb) => {
          const onDate = addDays('2026-01-31', days);
          const result = BigInt(statutoryInterest(invoice({ amount: Math.max(amount, 1) }), onDate, ecb));
          const numerator = BigInt(Math.max(amount, 1)) * BigInt(ecb + 800) * BigInt(days);
          const denominator = 3_650_000n;
          // |result − n/d| ≤ 1/2, and exactly half goes up.
          const diff = 2n * (result * denominator - numerator);
          expect(diff <= denominator && diff > -denominator).toBe(true);
        },
      ),
    );
  });

  it('never decreases as days pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e10 }), fc.integer({ min: 0, max: 2000 }), (amount, days) => {
        const one = statutoryInterest(invoice({ amount }), addDays('2026-01-31', days), 215);
        const next = statutoryInterest(invoice({ amount }), addDays('2026-01-31', days + 1), 215);
        expect(next).toBeGreaterThanOrEqual(one);
      }),
    );
  });

  it('adds 8 points to the ECB rate', () => {
    expect(statutoryRateBasisPoints(215)).toBe(1015);
    expect(statutoryRateBasisPoints(0)).toBe(800);
  });
});

describe('lateCostsFor', () => {
  const onDate = '2026-03-02';

  it('keeps interest per currency and gives €40 only for overdue euro invoices', () => {
    const costs = lateCostsFor(
      [
        invoice({ id: 'a', number: 'E-1' }),
        invoice({ id: 'b', number: 'E-2', amount: 50_000, paid: 10_000 }),
        invoice({ id: 'c', number: 'U-1', currency: 'USD', amount: 200_000 }),
        invoice({ id: 'd', number: 'E-3', dueDate: '2026-04-01' }), // not due yet
        invoice({ id: 'e', number: 'E-4', status: 'paid', paid: 100_000 }),
      ],
      onDate,
      { ecbRateBasisPoints: 215 },
    );
    // E-1 834; E-2: 40000 × 1015 × 30 / 3 650 000 = 333.7 → 334; U-1: 1668.49 → 1668
    expect(costs.interest).toEqual([
      { currency: 'EUR', amount: 834 + 334 },
      { currency: 'USD', amount: 1668 },
    ]);
    expect(costs.compensation).toEqual([{ currency: 'EUR', amount: 8000 }]);
    expect(costs.invoicesWithoutCompensation).toEqual(['U-1']);
    expect(costs.ratePercent).toBe(10.15);
  });

  it('claims nothing when nothing is overdue', () => {
    const costs = lateCostsFor([invoice({ dueDate: '2026-05-01' })], onDate, { ecbRateBasisPoints: 215 });
    expect(costs).toEqual({ interest: [], compensation: [], ratePercent: 10.15, invoicesWithoutCompensation: [] });
  });

  it('€40 is 4000 cents', () => {
    expect(compensationPerInvoice()).toBe(4000);
  });

  it('never adds one currency to another', () => {
    const arbitraryInvoice = fc.record({
      currency: fc.constantFrom('EUR', 'USD', 'GBP', 'JPY'),
      amount: fc.integer({ min: 1, max: 1e9 }),
      dueDate: fc.constantFrom('2025-06-30', '2025-12-31', '2026-02-15', '2026-04-01'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryInvoice, { maxLength: 12 }), (specs) => {
        const invoices = specs.map((s, i) => invoice({ ...s, id: `i${i}`, number: `N-${i}` }));
        const costs = lateCostsFor(invoices, onDate, { ecbRateBasisPoints: 215 });
        for (const { currency, amount } of costs.interest) {
          const own = invoices.filter((i) => i.currency === currency).reduce((sum, i) => sum + statutoryInterest(i, onDate, 215), 0);
          expect(amount).toBe(own);
        }
        const overdueEuro = invoices.filter((i) => i.currency === 'EUR' && i.dueDate < onDate).length;
        expect(costs.compensation).toEqual(overdueEuro > 0 ? [{ currency: 'EUR', amount: 4000 * overdueEuro }] : []);
        expect(costs.invoicesWithoutCompensation).toEqual(
          invoices.filter((i) => i.currency !== 'EUR' && i.dueDate < onDate).map((i) => i.number),
        );
      }),
    );
  });
});
