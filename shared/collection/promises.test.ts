import { describe, expect, it } from 'vitest';
import type { Payment, PromiseToPay } from '../ledger/schema';
import { toDayNumber } from './days';
import { evaluatePromises } from './promises';
import { makePayment, makePromise } from './test-factories';

const MADRID = 'Europe/Madrid';
// Made on 1 March (Madrid), for 1,000.00 EUR by 15 March.
const promise = makePromise({ id: 'p', amount: 100_000, date: '2026-03-15', createdAt: '2026-03-01T10:00:00.000Z' });

function listOf(promises: PromiseToPay[], payments: Payment[], today: string) {
  const summary = evaluatePromises(promises, payments, toDayNumber(today), MADRID);
  return {
    open: summary.open.map((view) => view.promiseId),
    kept: summary.kept.map((view) => view.promiseId),
    broken: summary.broken.map((view) => view.promiseId),
    paid: [...summary.open, ...summary.kept, ...summary.broken].map((view) => view.paidToward),
  };
}

describe('promises to pay', () => {
  it.each([
    ['no payment yet, date ahead', [], '2026-03-10', 'open', 0],
    ['no payment, promised day itself', [], '2026-03-15', 'open', 0],
    ['no payment, the day after', [], '2026-03-16', 'broken', 0],
    ['paid in full on the day', [makePayment({ amount: 100_000, date: '2026-03-15' })], '2026-03-16', 'kept', 100_000],
    ['paid in two parts', [makePayment({ amount: 60_000, date: '2026-03-05' }), makePayment({ amount: 40_000, date: '2026-03-12' })], '2026-03-20', 'kept', 100_000],
    ['kept early, before the date', [makePayment({ amount: 150_000, date: '2026-03-02' })], '2026-03-03', 'kept', 100_000],
    ['partly paid and the date passed', [makePayment({ amount: 60_000, date: '2026-03-05' })], '2026-03-16', 'broken', 60_000],
    ['paid a day late: still broken', [makePayment({ amount: 100_000, date: '2026-03-16' })], '2026-03-17', 'broken', 0],
    ['a payment from before the promise does not count', [makePayment({ amount: 100_000, date: '2026-02-28' })], '2026-03-16', 'broken', 0],
    ['another currency does not count', [makePayment({ amount: 100_000, currency: 'USD', date: '2026-03-10' })], '2026-03-16', 'broken', 0],
  ] as [string, Payment[], string, 'open' | 'kept' | 'broken', number][])('%s: %s', (_name, payments, today, where, paid) => {
    const result = listOf([promise], payments, today);
    expect(result[where]).toEqual(['p']);
    expect(result.paid).toEqual([paid]);
  });

  it('judges the creation day on the debtor calendar', () => {
    // 23:30 UTC on 28 Feb is already 1 March in Madrid: a payment dated 1 March counts.
    const lateNight = makePromise({ id: 'p', amount: 100_000, date: '2026-03-15', createdAt: '2026-02-28T23:30:00.000Z' });
    expect(listOf([lateNight], [makePayment({ date: '2026-03-01' })], '2026-03-16').kept).toEqual(['p']);
  });

  it('counts only allocations to its invoices when it names them; unallocated payments count in full', () => {
    const forA = makePromise({ id: 'p', invoiceIds: ['a'], amount: 100_000, date: '2026-03-15', createdAt: '2026-03-01T10:00:00.000Z' });
    const toB = makePayment({ amount: 100_000, date: '2026-03-10', allocations: [{ invoiceId: 'b', amount: 100_000 }] });
    const split = makePayment({
      amount: 100_000,
      date: '2026-03-10',
      allocations: [
        { invoiceId: 'a', amount: 30_000 },
        { invoiceId: 'b', amount: 70_000 },
      ],
    });
    const unallocated = makePayment({ amount: 100_000, date: '2026-03-10' });
    expect(listOf([forA], [toB], '2026-03-16')).toMatchObject({ broken: ['p'], paid: [0] });
    expect(listOf([forA], [split], '2026-03-16')).toMatchObject({ broken: ['p'], paid: [30_000] });
    expect(listOf([forA], [unallocated], '2026-03-16')).toMatchObject({ kept: ['p'] });
  });

  it('leaves cancelled promises out and sorts each list by date, then id', () => {
    const promises = [
      makePromise({ id: 'z', date: '2026-03-20', createdAt: '2026-03-01T10:00:00.000Z' }),
      makePromise({ id: 'y', date: '2026-03-20', createdAt: '2026-03-01T10:00:00.000Z' }),
      makePromise({ id: 'x', date: '2026-03-18', createdAt: '2026-03-01T10:00:00.000Z' }),
      makePromise({ id: 'gone', date: '2026-03-05', cancelledAt: '2026-03-02T10:00:00.000Z', createdAt: '2026-03-01T10:00:00.000Z' }),
    ];
    expect(listOf(promises, [], '2026-03-10')).toEqual({ open: ['x', 'y', 'z'], kept: [], broken: [], paid: [0, 0, 0] });
  });
});
