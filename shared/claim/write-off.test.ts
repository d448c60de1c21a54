import { describe, expect, it } from 'vitest';
import { countHashMismatches } from '../ledger/event-hash';
import { createTestLedger, must, mustFail } from '../ledger/test-ledger';
import { dumpDb } from '../ledger/test-support';

// Ana owes F-1 (1000, 300 paid), F-2 (500, disputed), F-3 (200 USD), and F-0 is paid.
async function setup() {
  const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
  const { debtor } = must(await ledger.client.send('debtor-create', { name: 'Clínica Sonrisa', emails: ['pagos@sonrisa.es'], timeZone: 'Europe/Madrid' }));
  const add = async (number: string, amount: number, currency = 'EUR') =>
    must(await ledger.client.send('invoice-create', { debtorId: debtor.id, number, currency, amount, dueDate: '2026-01-15' }));
  const paid = await add('F-0', 100);
  const f1 = await add('F-1', 1000);
  const f2 = await add('F-2', 500);
  const f3 = await add('F-3', 200, 'USD');
  must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 100, date: '2026-02-01', invoiceIds: [paid.id] }));
  must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 300, date: '2026-02-01', invoiceIds: [f1.id] }));
  must(await ledger.client.send('invoice-dispute', { debtorId: debtor.id, invoiceIds: [f2.id], reason: 'not ordered' }));
  return { ledger, debtor, ids: { paid: paid.id, f1: f1.id, f2: f2.id, f3: f3.id } };
}

type Ids = Awaited<ReturnType<typeof setup>>['ids'];

describe('debtor-write-off', () => {
  it.each([
    ['every invoice with something owed when none is named', () => undefined, { F1: 700, F2: 500, F3: 200 }, [], [{ currency: 'EUR', amount: 1200 }, { currency: 'USD', amount: 200 }]],
    ['only the invoices named', (ids: Ids) => [ids.f1], { F1: 700 }, [{ currency: 'EUR', amount: 500 }, { currency: 'USD', amount: 200 }], [{ currency: 'EUR', amount: 700 }]],
  ])('writes off %s', async (_label, pick, amounts, outstanding, given) => {
    const { ledger, debtor, ids } = await setup();
    ledger.setNow('2026-03-05T09:00:00.000Z');
    const result = must(await ledger.client.send('debtor-write-off', { debtorId: debtor.id, invoiceIds: pick(ids), reason: 'Closed down' }));
    const written = Object.fromEntries(result.invoices.map((invoice) => [invoice.number.replace('-', ''), invoice.writeOff?.amount]));
    expect(written).toEqual(amounts);
    for (const invoice of result.invoices) {
      expect(invoice).toMatchObject({ status: 'written_off', dispute: null, writeOff: { reason: 'Closed down', at: '2026-03-05T09:00:00.000Z' } });
    }
    expect(result.event).toMatchObject({ kind: 'write-off', channel: 'system', direction: 'internal', note: 'Closed down', amounts: given });
    expect(result.event.invoiceIds.sort()).toEqual(result.invoices.map((invoice) => invoice.id).sort());
    // The event is stored with its hash, and the history (payments, the dispute) stays.
    const events = await ledger.db.events.toArray();
    expect(countHashMismatches(events)).toBe(0);
    expect(events.map((event) => event.kind)).toEqual(expect.arrayContaining(['payment', 'dispute', 'write-off']));
    // What is left owed: a written-off invoice no longer counts.
    const status = must(await ledger.client.send('status-get', { debtorId: debtor.id }));
    expect(status.outstanding.filter((money) => money.amount > 0)).toEqual(outstanding);
  });

  it('cancels the promises and plans about what was given up, and leaves a past promise as history', async () => {
    const { ledger, debtor, ids } = await setup();
    const send = ledger.client.send;
    const onF1 = must(await send('promise-record', { debtorId: debtor.id, currency: 'EUR', amount: 700, date: '2026-03-20', invoiceIds: [ids.f1] }));
    const onF3 = must(await send('promise-record', { debtorId: debtor.id, currency: 'USD', amount: 200, date: '2026-03-20', invoiceIds: [ids.f3] }));
    const past = must(await send('promise-record', { debtorId: debtor.id, currency: 'EUR', amount: 700, date: '2026-03-03', invoiceIds: [ids.f1] }));
    const plan = must(await send('plan-create', { debtorId: debtor.id, invoiceIds: [ids.f1], installments: [{ dueDate: '2026-04-01', amount: 700 }] }));
    ledger.setNow('2026-03-05T09:00:00.000Z');
    const result = must(await send('debtor-write-off', { debtorId: debtor.id, invoiceIds: [ids.f1], reason: 'Closed down' }));
    expect(result.cancelledPromises).toEqual([onF1.promise.id]);
    expect(result.cancelledPlans).toEqual([plan.plan.id]);
    const cancelled = async (id: string) => (await ledger.db.promises.get(id))?.cancelledAt ?? null;
    expect(await cancelled(onF1.promise.id)).toBe('2026-03-05T09:00:00.000Z');
    expect(await cancelled(onF3.promise.id)).toBeNull();
    expect(await cancelled(past.promise.id)).toBeNull();
    const rest = must(await send('debtor-write-off', { debtorId: debtor.id, reason: 'Closed down' }));
    expect(rest.cancelledPromises).toEqual([onF3.promise.id]);
  });

  it.each([
    ['a paid invoice', (ids: Ids) => [ids.paid], 'conflict'],
    ['an invoice of another debtor', () => ['ghost'], 'not-found'],
  ])('refuses %s and writes nothing', async (_label, pick, code) => {
    const { ledger, debtor, ids } = await setup();
    const before = await dumpDb(ledger.db);
    expect(mustFail(await ledger.client.send('debtor-write-off', { debtorId: debtor.id, invoiceIds: pick(ids), reason: 'x' })).code).toBe(code);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('refuses a debtor who owes nothing, and an unknown debtor', async () => {
    const { ledger, debtor } = await setup();
    must(await ledger.client.send('debtor-write-off', { debtorId: debtor.id, reason: 'Closed down' }));
    expect(mustFail(await ledger.client.send('debtor-write-off', { debtorId: debtor.id, reason: 'again' })).code).toBe('conflict');
    expect(mustFail(await ledger.client.send('debtor-write-off', { debtorId: 'ghost', reason: 'x' })).code).toBe('not-found');
  });

  it('keeps what it gave up on its event when an invoice is reopened later', async () => {
    const { ledger, debtor, ids } = await setup();
    const result = must(await ledger.client.send('debtor-write-off', { debtorId: debtor.id, invoiceIds: [ids.f1, ids.f2], reason: 'Closed down' }));
    must(await ledger.client.send('invoice-update', { id: ids.f2, patch: { status: 'open' } }));
    const stored = await ledger.db.events.get(result.event.id);
    expect(stored?.amounts).toEqual([{ currency: 'EUR', amount: 1200 }]);
    expect(await ledger.db.invoices.get(ids.f2)).toMatchObject({ status: 'open' });
    expect(countHashMismatches(await ledger.db.events.toArray())).toBe(0);
  });
});
