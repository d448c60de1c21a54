import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocatePayment, payableInvoices } from './allocation';
import { LedgerError } from './errors';
import type { Invoice, InvoiceStatus } from './schema';

const AT = '2026-01-01T00:00:00.000Z';

function inv(id: string, dueDate: string, amount: number, paid = 0, currency = 'EUR', status: InvoiceStatus = 'open'): Invoice {
  return {
    id,
    debtorId: 'd',
    number: id.toUpperCase(),
    currency,
    amount,
    paid,
    issueDate: null,
    dueDate,
    status,
    dispute: null,
    pause: null,
    source: { kind: 'manual' },
    createdAt: AT,
    updatedAt: AT,
  };
}

const LEDGER = [
  inv('b', '2026-02-01', 5000),
  inv('a', '2026-01-01', 3000, 1000),
  inv('c', '2026-03-01', 2000),
  inv('u', '2026-01-15', 9900, 0, 'USD'),
  inv('x', '2025-12-01', 7000, 0, 'EUR', 'disputed'),
  inv('p', '2025-11-01', 1000, 1000, 'EUR', 'paid'),
];

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof LedgerError ? error.code : 'not a LedgerError';
  }
}

describe('allocatePayment', () => {
  it.each([
    ['part of the oldest', 1500, undefined, [['a', 1500]]],
    ['exactly the oldest', 2000, undefined, [['a', 2000]]],
    ['spilling into the next', 4500, undefined, [['a', 2000], ['b', 2500]]],
    ['everything owed in EUR', 9000, undefined, [['a', 2000], ['b', 5000], ['c', 2000]]],
    ['only the named invoice', 1000, ['c'], [['c', 1000]]],
    ['named, still oldest first', 6000, ['c', 'b'], [['b', 5000], ['c', 1000]]],
    ['a disputed invoice when named', 7000, ['x'], [['x', 7000]]],
  ] as const)('%s', (_label, amount, ids, expected) => {
    const allocations = allocatePayment({ invoices: LEDGER, currency: 'EUR', invoiceIds: ids }, amount);
    expect(allocations.map((a) => [a.invoiceId, a.amount])).toEqual(expected);
  });

  it.each([
    ['more than is owed in the currency', 'EUR', 9001, undefined, 'overpayment'],
    ['more than the named invoice owes', 'EUR', 2001, ['c'], 'overpayment'],
    ['a currency with nothing owed', 'GBP', 100, undefined, 'currency-mismatch'],
    ['naming an invoice in another currency', 'EUR', 100, ['u'], 'currency-mismatch'],
    ['naming a paid invoice', 'EUR', 100, ['p'], 'conflict'],
  ] as const)('refuses %s', (_label, currency, amount, ids, code) => {
    expect(codeOf(() => allocatePayment({ invoices: LEDGER, currency, invoiceIds: ids }, amount))).toBe(code);
  });

  it('says which currencies are owed when the payment is in another one', () => {
    expect(() => payableInvoices({ invoices: LEDGER, currency: 'GBP' })).toThrow(/owes in EUR, USD/);
  });

  it('allocates exactly the amount, oldest first, never beyond what an invoice owes', () => {
    const invoiceArb = fc.record({
      dueDate: fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`),
      amount: fc.integer({ min: 1, max: 1_000_000 }),
      paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(invoiceArb, { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (specs, share) => {
        const invoices = specs.map((s, i) => inv(`i${i}`, s.dueDate, s.amount, Math.min(s.amount - 1, Math.floor(s.amount * s.paidShare))));
        const owed = invoices.reduce((sum, i) => sum + i.amount - i.paid, 0);
        const amount = Math.max(1, Math.floor(owed * share));
        const allocations = allocatePayment({ invoices, currency: 'EUR' }, amount);
        const byId = new Map(invoices.map((i) => [i.id, i]));
        expect(allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(amount);
        for (const a of allocations) {
          const invoice = byId.get(a.invoiceId)!;
          expect(a.amount).toBeGreaterThan(0);
          expect(a.amount).toBeLessThanOrEqual(invoice.amount - invoice.paid);
        }
        // Only the last allocation may leave its invoice partly unpaid, and none is later than an unpaid earlier one.
        allocations.slice(0, -1).forEach((a) => {
          const invoice = byId.get(a.invoiceId)!;
          expect(a.amount).toBe(invoice.amount - invoice.paid);
        });
        const dues = allocations.map((a) => byId.get(a.invoiceId)!.dueDate);
        expect([...dues].sort()).toEqual(dues);
      }),
    );
  });
});
