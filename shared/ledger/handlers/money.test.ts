import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestLedger, must, mustFail, type TestLedger } from '../test-ledger';
import { dumpDb } from '../test-support';

/** A debtor with F-1 (EUR 1000, oldest), F-2 (EUR 3000), F-3 (USD 500). */
async function setup(ledger: TestLedger = createTestLedger()) {
  const { debtor } = must(await ledger.client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }));
  const add = async (number: string, currency: string, amount: number, dueDate: string) =>
    must(await ledger.client.send('invoice-create', { debtorId: debtor.id, number, currency, amount, dueDate }));
  const f2 = await add('F-2', 'EUR', 3000, '2026-02-01');
  const f1 = await add('F-1', 'EUR', 1000, '2026-01-01');
  const f3 = await add('F-3', 'USD', 500, '2026-01-15');
  return { ledger, debtor, ids: { 'F-1': f1.id, 'F-2': f2.id, 'F-3': f3.id } as Record<string, string> };
}

describe('payment-record', () => {
  it.each([
    ['EUR 500: part of the oldest', 'EUR', 500, undefined, { 'F-1': [500, 'open'], 'F-2': [0, 'open'] }],
    ['EUR 1000: the oldest settled', 'EUR', 1000, undefined, { 'F-1': [1000, 'paid'], 'F-2': [0, 'open'] }],
    ['EUR 2500: oldest settled, rest to the next', 'EUR', 2500, undefined, { 'F-1': [1000, 'paid'], 'F-2': [1500, 'open'] }],
    ['EUR 4000: everything in EUR', 'EUR', 4000, undefined, { 'F-1': [1000, 'paid'], 'F-2': [3000, 'paid'] }],
    ['EUR 200 named to F-2', 'EUR', 200, ['F-2'], { 'F-1': [0, 'open'], 'F-2': [200, 'open'] }],
    ['USD 500', 'USD', 500, undefined, { 'F-1': [0, 'open'], 'F-3': [500, 'paid'] }],
  ])('%s', async (_label, currency, amount, named, expected) => {
    const { ledger, debtor, ids } = await setup();
    const { payment, event } = must(
      await ledger.client.send('payment-record', {
        debtorId: debtor.id,
        currency,
        amount,
        date: '2026-03-01',
        method: 'transferencia',
        ...(named ? { invoiceIds: named.map((n) => ids[n]!) } : {}),
      }),
    );
    expect(payment.allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(amount);
    expect(event).toMatchObject({ kind: 'payment', debtorId: debtor.id, dedupeKey: `payment:${payment.id}` });
    for (const [number, [paid, status]] of Object.entries(expected)) {
      expect(await ledger.db.invoices.get(ids[number]!)).toMatchObject({ paid, status });
    }
  });

  it.each([
    ['more than owed in EUR', 'EUR', 4001, undefined, 'overpayment'],
    ['more than the named invoice owes', 'EUR', 1001, ['F-1'], 'overpayment'],
    ['a currency with nothing open', 'GBP', 100, undefined, 'currency-mismatch'],
    ['EUR naming the USD invoice', 'EUR', 100, ['F-3'], 'currency-mismatch'],
    ['naming an unknown invoice', 'EUR', 100, ['ghost'], 'not-found'],
  ])('refuses %s and writes nothing', async (_label, currency, amount, named, code) => {
    const { ledger, debtor, ids } = await setup();
    const before = await dumpDb(ledger.db);
    const error = mustFail(
      await ledger.client.send('payment-record', {
        debtorId: debtor.id,
        currency,
        amount,
        date: '2026-03-01',
        ...(named ? { invoiceIds: named.map((n) => ids[n] ?? n) } : {}),
      }),
    );
    expect(error.code).toBe(code);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('settles a disputed invoice paid in full and ends its dispute', async () => {
    const { ledger, debtor, ids } = await setup();
    must(await ledger.client.send('invoice-dispute', { debtorId: debtor.id, invoiceIds: [ids['F-1']!], reason: 'x' }));
    must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 1000, date: '2026-03-01', invoiceIds: [ids['F-1']!] }));
    expect(await ledger.db.invoices.get(ids['F-1']!)).toMatchObject({ status: 'paid', dispute: null, paid: 1000 });
  });

  it('after any sequence of payments, nothing is overpaid and per-currency sums match', async () => {
    const payment = fc.record({ currency: fc.constantFrom('EUR', 'USD', 'GBP'), amount: fc.integer({ min: 1, max: 2500 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(payment, { minLength: 1, maxLength: 8 }), async (payments) => {
        const { ledger, debtor } = await setup();
        const accepted: Record<string, number> = {};
        for (const p of payments) {
          const result = await ledger.client.send('payment-record', { debtorId: debtor.id, date: '2026-03-01', ...p });
          if (result.ok) accepted[p.currency] = (accepted[p.currency] ?? 0) + p.amount;
          else expect(['overpayment', 'currency-mismatch']).toContain(result.error.code);
        }
        const invoices = await ledger.db.invoices.toArray();
        const stored = await ledger.db.payments.toArray();
        const paidByCurrency: Record<string, number> = {};
        for (const invoice of invoices) {
          expect(invoice.amount - invoice.paid).toBeGreaterThanOrEqual(0);
          expect(invoice.status).toBe(invoice.paid === invoice.amount ? 'paid' : 'open');
          paidByCurrency[invoice.currency] = (paidByCurrency[invoice.currency] ?? 0) + invoice.paid;
        }
        for (const [currency, amount] of Object.entries(accepted)) expect(paidByCurrency[currency]).toBe(amount);
        for (const p of stored) expect(p.allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(p.amount);
        expect(Object.values(paidByCurrency).reduce((a, b) => a + b, 0)).toBe(Object.values(accepted).reduce((a, b) => a + b, 0));
        const status = must(await ledger.client.send('status-get', { debtorId: debtor.id }));
        for (const money of status.outstanding) expect(money.amount).toBeGreaterThan(0);
        ledger.db.close();
      }),
      { numRuns: 25 },
    );
  });
});

describe('promises', () => {
  it('records a promise over the open invoices of its currency, logs it, and can be cancelled once', async () => {
    const { ledger, debtor, ids } = await setup();
    const { promise, event } = must(await ledger.client.send('promise-record', { debtorId: debtor.id, currency: 'EUR', amount: 4000, date: '2026-03-10' }));
    expect(promise).toMatchObject({ invoiceIds: [ids['F-1'], ids['F-2']], amount: 4000, cancelledAt: null });
    expect(event).toMatchObject({ kind: 'promise', dedupeKey: `promise:${promise.id}` });
    expect(must(await ledger.client.send('status-get', { debtorId: debtor.id })).state).toBe('promised');
    ledger.setNow('2026-03-03T10:00:00.000Z');
    const cancelled = must(await ledger.client.send('promise-cancel', { id: promise.id }));
    expect(cancelled.cancelledAt).toBe('2026-03-03T10:00:00.000Z');
    ledger.setNow('2026-03-04T10:00:00.000Z');
    expect(must(await ledger.client.send('promise-cancel', { id: promise.id })).cancelledAt).toBe('2026-03-03T10:00:00.000Z');
  });

  it.each([
    ['more than is owed', 'EUR', 4001, 'overpayment'],
    ['a currency with nothing owed', 'MXN', 10, 'currency-mismatch'],
  ])('refuses a promise of %s', async (_label, currency, amount, code) => {
    const { ledger, debtor } = await setup();
    expect(mustFail(await ledger.client.send('promise-record', { debtorId: debtor.id, currency, amount, date: '2026-03-10' })).code).toBe(code);
    expect(await ledger.db.promises.count()).toBe(0);
  });

  it('promise-cancel is not-found for an unknown id', async () => {
    const { ledger } = await setup();
    expect(mustFail(await ledger.client.send('promise-cancel', { id: 'ghost' })).code).toBe('not-found');
  });
});

describe('plans', () => {
  const installments = [
    { dueDate: '2026-03-15', amount: 2000 },
    { dueDate: '2026-04-15', amount: 2000 },
  ];

  it('creates a plan whose installments add up to what the invoices owe', async () => {
    const { ledger, debtor, ids } = await setup();
    const { plan, event } = must(await ledger.client.send('plan-create', { debtorId: debtor.id, invoiceIds: [ids['F-1']!, ids['F-2']!], installments }));
    expect(plan).toMatchObject({ currency: 'EUR', installments, cancelledAt: null });
    expect(event).toMatchObject({ kind: 'plan', dedupeKey: `plan:${plan.id}` });
    expect(must(await ledger.client.send('status-get', { debtorId: debtor.id })).state).toBe('on-plan');
    expect(must(await ledger.client.send('plan-cancel', { id: plan.id })).cancelledAt).toBe('2026-03-02T10:00:00.000Z');
  });

  it.each([
    ['installments short of what is owed', ['F-1', 'F-2'], [{ dueDate: '2026-03-15', amount: 3999 }], 'invalid-input'],
    ['installments out of date order', ['F-1', 'F-2'], [{ dueDate: '2026-04-15', amount: 2000 }, { dueDate: '2026-03-15', amount: 2000 }], 'invalid-input'],
    ['invoices in two currencies', ['F-1', 'F-3'], [{ dueDate: '2026-03-15', amount: 1500 }], 'currency-mismatch'],
    ['an invoice already in a plan', ['F-1'], [{ dueDate: '2026-03-15', amount: 1000 }], 'conflict'],
  ])('refuses %s', async (_label, numbers, plan, code) => {
    const { ledger, debtor, ids } = await setup();
    if (code === 'conflict') must(await ledger.client.send('plan-create', { debtorId: debtor.id, invoiceIds: [ids['F-1']!], installments: [{ dueDate: '2026-05-01', amount: 1000 }] }));
    const before = await dumpDb(ledger.db);
    expect(mustFail(await ledger.client.send('plan-create', { debtorId: debtor.id, invoiceIds: numbers.map((n) => ids[n]!), installments: plan })).code).toBe(code);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });
});
