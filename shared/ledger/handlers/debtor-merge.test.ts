import { describe, expect, it } from 'vitest';
import { createTestLedger, must, mustFail, type TestLedger } from '../test-ledger';
import { dumpDb } from '../test-support';

const NOW = '2026-03-02T10:00:00.000Z';

/** Two records of one customer: invoices, a payment, a promise, a plan and events on the second. */
async function twins(secondInvoice = 'B-1'): Promise<{ ledger: TestLedger; keepId: string; mergeId: string }> {
  const ledger = createTestLedger(NOW);
  const { client } = ledger;
  const keep = must(
    await client.send('debtor-create', {
      name: 'Talleres Ruiz',
      emails: ['pagos@ruiz.es'],
      tags: ['taller'],
      firstInvoice: { number: 'A-1', currency: 'EUR', amount: 10_000, dueDate: '2026-01-10' },
    }),
  ).debtor;
  const merge = must(
    await client.send('debtor-create', {
      name: 'Talleres Ruiz SL',
      emails: ['admin@ruiz.es'],
      phone: '+34 600 000 000',
      notes: 'Llamar por la mañana',
      tags: ['vip'],
      firstInvoice: { number: secondInvoice, currency: 'EUR', amount: 20_000, dueDate: '2026-01-20' },
    }),
  ).debtor;
  must(await client.send('invoice-create', { debtorId: merge.id, number: 'B-2', currency: 'EUR', amount: 30_000, dueDate: '2026-02-01' }));
  must(await client.send('payment-record', { debtorId: merge.id, currency: 'EUR', amount: 5_000, date: '2026-02-10' }));
  must(await client.send('promise-record', { debtorId: merge.id, currency: 'EUR', amount: 5_000, date: '2026-03-10' }));
  must(await client.send('event-log', { debtorId: merge.id, kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'reached' }));
  return { ledger, keepId: keep.id, mergeId: merge.id };
}

describe('debtor-merge', () => {
  it('moves every record and address to the kept debtor and deletes the other, in one go', async () => {
    const { ledger, keepId, mergeId } = await twins();
    const result = must(await ledger.client.send('debtor-merge', { keepId, mergeId }));
    expect(result.moved).toEqual({ invoices: 2, payments: 1, promises: 1, plans: 0, events: 3 });
    expect(result.debtor).toMatchObject({
      id: keepId,
      name: 'Talleres Ruiz',
      emails: ['pagos@ruiz.es', 'admin@ruiz.es'],
      phone: '+34 600 000 000',
      notes: 'Llamar por la mañana',
      tags: ['taller', 'vip'],
    });
    expect(await ledger.db.debtors.get(mergeId)).toBeUndefined();
    for (const table of ['invoices', 'payments', 'promises', 'events'] as const) {
      expect(await ledger.db.table(table).where('debtorId').equals(mergeId).count().catch(() => 0)).toBe(0);
    }
    const card = must(await ledger.client.send('debtor-get', { id: keepId }));
    expect(card.invoices.map((invoice) => invoice.number)).toEqual(['A-1', 'B-1', 'B-2']);
    expect(card.payments).toHaveLength(1);
    expect(card.status.outstanding).toEqual([{ currency: 'EUR', amount: 55_000 }]);
    // The merged address now finds the kept debtor.
    const found = must(await ledger.client.send('debtor-lookup', { emails: ['admin@ruiz.es'] }));
    expect(found.map((match) => match.debtor.id)).toEqual([keepId]);
    expect(card.events.some((event) => event.kind === 'note' && event.note?.includes('Talleres Ruiz SL'))).toBe(true);
  });

  it('reports invoice numbers both debtors use and changes nothing', async () => {
    const { ledger, keepId, mergeId } = await twins('A-1');
    const before = await dumpDb(ledger.db);
    const error = mustFail(await ledger.client.send('debtor-merge', { keepId, mergeId }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('A-1');
    expect(error.issues).toEqual([{ path: 'invoices', message: 'A-1' }]);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it.each([
    ['an unknown debtor to keep', (ids: { keepId: string; mergeId: string }) => ({ keepId: 'nobody', mergeId: ids.mergeId }), 'not-found'],
    ['an unknown debtor to merge', (ids: { keepId: string; mergeId: string }) => ({ keepId: ids.keepId, mergeId: 'nobody' }), 'not-found'],
    ['a debtor into itself', (ids: { keepId: string; mergeId: string }) => ({ keepId: ids.keepId, mergeId: ids.keepId }), 'invalid-input'],
  ])('refuses %s, changing nothing', async (_what, input, code) => {
    const { ledger, keepId, mergeId } = await twins();
    const before = await dumpDb(ledger.db);
    expect(mustFail(await ledger.client.send('debtor-merge', input({ keepId, mergeId }))).code).toBe(code);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('keeps nothing half-done when a write fails midway', async () => {
    const { ledger, keepId, mergeId } = await twins();
    const before = await dumpDb(ledger.db);
    ledger.db.events.hook('creating', () => {
      throw new Error('disk full');
    });
    expect(mustFail(await ledger.client.send('debtor-merge', { keepId, mergeId })).code).toBe('storage');
    expect(await dumpDb(ledger.db)).toEqual(before);
  });
});
