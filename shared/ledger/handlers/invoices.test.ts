import { describe, expect, it } from 'vitest';
import { createTestLedger, must, mustFail, type TestLedger } from '../test-ledger';
import { dumpDb } from '../test-support';

async function setup(ledger: TestLedger = createTestLedger()) {
  const { debtor } = must(await ledger.client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }));
  const add = async (number: string, amount = 1000, dueDate = '2026-02-01', currency = 'EUR') =>
    must(await ledger.client.send('invoice-create', { debtorId: debtor.id, number, currency, amount, dueDate }));
  return { ledger, debtor, add };
}

describe('invoice-create', () => {
  it('refuses a number the debtor already uses, but not one another debtor uses', async () => {
    const { ledger, debtor, add } = await setup();
    await add('F-1');
    expect(mustFail(await ledger.client.send('invoice-create', { debtorId: debtor.id, number: 'F-1', currency: 'EUR', amount: 5, dueDate: '2026-01-01' })).code).toBe('conflict');
    const other = must(await ledger.client.send('debtor-create', { name: 'Bea' })).debtor;
    must(await ledger.client.send('invoice-create', { debtorId: other.id, number: 'F-1', currency: 'EUR', amount: 5, dueDate: '2026-01-01' }));
  });

  it('is not-found for an unknown debtor', async () => {
    const ledger = createTestLedger();
    expect(mustFail(await ledger.client.send('invoice-create', { debtorId: 'ghost', number: 'F', currency: 'EUR', amount: 5, dueDate: '2026-01-01' })).code).toBe('not-found');
  });
});

describe('invoice-update', () => {
  it.each([
    ['lowering the amount to what was paid settles it', { amount: 400 }, { amount: 400, status: 'paid' }],
    ['raising it reopens', { amount: 2000 }, { amount: 2000, status: 'open' }],
    ['voiding', { status: 'void' as const }, { status: 'void' }],
    ['a new due date', { dueDate: '2026-02-15' }, { dueDate: '2026-02-15', status: 'open' }],
  ])('%s', async (_label, patch, expected) => {
    const { ledger, debtor, add } = await setup();
    const invoice = await add('F-1', 1000);
    must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 400, date: '2026-02-05' }));
    ledger.setNow('2026-03-03T09:00:00.000Z');
    const updated = must(await ledger.client.send('invoice-update', { id: invoice.id, patch }));
    expect(updated).toMatchObject({ ...expected, paid: 400, updatedAt: '2026-03-03T09:00:00.000Z' });
  });

  it.each([
    ['an amount below what was paid', { amount: 300 }, 'invalid-input'],
    ['the currency of a partly paid invoice', { currency: 'USD' }, 'currency-mismatch'],
    ['a number the debtor already uses', { number: 'F-2' }, 'conflict'],
    ['a due date before the issue date', { issueDate: '2026-03-01' }, 'invalid-input'],
  ])('refuses %s and writes nothing', async (_label, patch, code) => {
    const { ledger, debtor, add } = await setup();
    const invoice = await add('F-1', 1000);
    await add('F-2');
    must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 400, date: '2026-02-05', invoiceIds: [invoice.id] }));
    const before = await dumpDb(ledger.db);
    expect(mustFail(await ledger.client.send('invoice-update', { id: invoice.id, patch })).code).toBe(code);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  describe('write-offs', () => {
    // F-1 (1000, 400 paid) is open; F-2 (500) was written off on 3 March with a reason.
    async function withWriteOff() {
      const { ledger, debtor, add } = await setup();
      const open = await add('F-1', 1000);
      const gone = await add('F-2', 500);
      must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 400, date: '2026-02-05', invoiceIds: [open.id] }));
      ledger.setNow('2026-03-03T09:00:00.000Z');
      must(await ledger.client.send('debtor-write-off', { debtorId: debtor.id, invoiceIds: [gone.id], reason: 'Closed down' }));
      return { ledger, debtor, open, gone };
    }

    it.each([
      ['writing off an open invoice by an edit', 'open', 'written_off', 'write-off-needs-reason'],
      ['voiding a written-off invoice without reopening it', 'gone', 'void', 'reopen-first'],
    ] as const)('refuses %s, pointing to the way, and writes nothing', async (_label, which, status, rule) => {
      const setup = await withWriteOff();
      const before = await dumpDb(setup.ledger.db);
      const error = mustFail(await setup.ledger.client.send('invoice-update', { id: setup[which].id, patch: { status } }));
      expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'patch.status', rule }] });
      expect(await dumpDb(setup.ledger.db)).toEqual(before);
    });

    it('reopens a written-off invoice: the write-off is cleared and the timeline says so, in one write', async () => {
      const { ledger, debtor, gone } = await withWriteOff();
      ledger.setNow('2026-03-10T09:00:00.000Z');
      const reopened = must(await ledger.client.send('invoice-update', { id: gone.id, patch: { status: 'open' } }));
      expect(reopened.status).toBe('open');
      expect(reopened.writeOff).toBeUndefined();
      const events = await ledger.db.events.where('debtorId').equals(debtor.id).sortBy('at');
      expect(events.at(-1)).toMatchObject({ kind: 'reopened', at: '2026-03-10T09:00:00.000Z', invoiceIds: [gone.id] });
      expect(events.find((event) => event.kind === 'write-off')?.note).toBe('Closed down');
      const status = must(await ledger.client.send('status-get', { debtorId: debtor.id }));
      expect(status.outstanding).toEqual([{ currency: 'EUR', amount: 1100 }]);
    });

    it('edits a written-off invoice’s other fields without reopening it', async () => {
      const { ledger, gone } = await withWriteOff();
      const before = (await ledger.db.events.count());
      const edited = must(await ledger.client.send('invoice-update', { id: gone.id, patch: { dueDate: '2026-02-10', status: 'written_off' } }));
      expect(edited).toMatchObject({ status: 'written_off', dueDate: '2026-02-10', writeOff: { reason: 'Closed down', amount: 500 } });
      expect(await ledger.db.events.count()).toBe(before);
    });
  });
});

describe('invoice-delete', () => {
  it('deletes an unpaid invoice and drops it from promises', async () => {
    const { ledger, debtor, add } = await setup();
    const a = await add('F-1');
    const b = await add('F-2');
    const { promise } = must(await ledger.client.send('promise-record', { debtorId: debtor.id, currency: 'EUR', amount: 1500, date: '2026-03-10' }));
    expect(promise.invoiceIds).toEqual([a.id, b.id]);
    must(await ledger.client.send('invoice-delete', { id: b.id }));
    expect(await ledger.db.invoices.get(b.id)).toBeUndefined();
    expect((await ledger.db.promises.get(promise.id))!.invoiceIds).toEqual([a.id]);
  });

  it.each([
    ['with payments', 'payment'],
    ['in an active plan', 'plan'],
  ])('refuses an invoice %s', async (_label, kind) => {
    const { ledger, debtor, add } = await setup();
    const invoice = await add('F-1');
    if (kind === 'payment') must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 1, date: '2026-02-05' }));
    else must(await ledger.client.send('plan-create', { debtorId: debtor.id, invoiceIds: [invoice.id], installments: [{ dueDate: '2026-04-01', amount: 1000 }] }));
    expect(mustFail(await ledger.client.send('invoice-delete', { id: invoice.id })).code).toBe('conflict');
    expect(await ledger.db.invoices.get(invoice.id)).toBeDefined();
  });
});

describe('disputes', () => {
  it('disputes every open invoice by default, logs it, and resolving reopens them', async () => {
    const { ledger, debtor, add } = await setup();
    const a = await add('F-1');
    const b = await add('F-2', 500, '2026-02-10', 'USD');
    const disputed = must(await ledger.client.send('invoice-dispute', { debtorId: debtor.id, reason: 'No reconoce el importe' }));
    expect(disputed.invoices.map((i) => [i.id, i.status, i.dispute?.reason])).toEqual([
      [a.id, 'disputed', 'No reconoce el importe'],
      [b.id, 'disputed', 'No reconoce el importe'],
    ]);
    expect(disputed.event).toMatchObject({ kind: 'dispute', direction: 'inbound', invoiceIds: [a.id, b.id] });
    expect(must(await ledger.client.send('status-get', { debtorId: debtor.id })).state).toBe('disputed');

    const resolved = must(await ledger.client.send('dispute-resolve', { debtorId: debtor.id, invoiceIds: [b.id] }));
    expect(resolved.invoices.map((i) => [i.id, i.status, i.dispute])).toEqual([[b.id, 'open', null]]);
    expect(resolved.event).toMatchObject({ kind: 'dispute-resolved', invoiceIds: [b.id] });
    expect((await ledger.db.invoices.get(a.id))!.status).toBe('disputed');
  });

  it.each([
    ['disputing an invoice that is not open', 'dispute-paid', 'conflict'],
    ['disputing with nothing open', 'dispute-none', 'conflict'],
    ['resolving an invoice that is not disputed', 'resolve-open', 'conflict'],
    ['naming an invoice of another debtor', 'dispute-foreign', 'not-found'],
  ])('refuses %s', async (_label, scenario, code) => {
    const { ledger, debtor, add } = await setup();
    const invoice = await add('F-1', 1000);
    const other = must(await ledger.client.send('debtor-create', { name: 'Bea', firstInvoice: { number: 'B-1', currency: 'EUR', amount: 5, dueDate: '2026-01-01' } }));
    if (scenario === 'dispute-paid' || scenario === 'dispute-none') {
      must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 1000, date: '2026-02-05' }));
    }
    const result =
      scenario === 'dispute-paid'
        ? await ledger.client.send('invoice-dispute', { debtorId: debtor.id, invoiceIds: [invoice.id], reason: 'x' })
        : scenario === 'dispute-none'
          ? await ledger.client.send('invoice-dispute', { debtorId: debtor.id, reason: 'x' })
          : scenario === 'resolve-open'
            ? await ledger.client.send('dispute-resolve', { debtorId: debtor.id, invoiceIds: [invoice.id] })
            : await ledger.client.send('invoice-dispute', { debtorId: debtor.id, invoiceIds: [other.invoice!.id], reason: 'x' });
    expect(mustFail(result).code).toBe(code);
  });
});
