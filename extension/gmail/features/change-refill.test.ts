import { describe, expect, it } from 'vitest';
import type { LedgerClient } from '../../../shared/ledger/client';
import { createTestLedger, must } from '../../../shared/ledger/test-ledger';
import { refillForgotten } from './change-refill';
import { LOOKUP_BATCH_LIMIT, LookupCache, lookUpDebtors } from './lookup-cache';

const NOW = '2026-03-02T10:00:00.000Z';

async function setup() {
  const ledger = createTestLedger(NOW);
  const asked: string[][] = [];
  const client: LedgerClient = {
    send: (name, input) => {
      if (name === 'debtor-lookup') asked.push([...(input as { emails: string[] }).emails]);
      return ledger.client.send(name, input);
    },
  };
  const cache = new LookupCache({ now: () => Date.parse(NOW) });
  const ruiz = must(
    await ledger.client.send('debtor-create', {
      name: 'Talleres Ruiz',
      emails: ['pagos@ruiz.example'],
      firstInvoice: { number: 'F-1', currency: 'EUR', amount: 125000, dueDate: '2026-02-01' },
    }),
  ).debtor;
  // What the tab knew before the notice: Ruiz, and an address nobody had.
  await lookUpDebtors(client, cache, ['pagos@ruiz.example', 'hola@sur.example']);
  asked.length = 0;
  return { ledger, client, cache, asked, ruiz };
}

const known = (cache: LookupCache, address: string) => {
  const value = cache.get(address);
  return value === undefined ? 'miss' : value === null ? 'nobody' : value.status.outstanding.map((m) => `${m.amount} ${m.currency}`).join();
};

describe('refillForgotten', () => {
  it('asks again, in one batch, about what a change notice made the tab forget, and keeps the new answers', async () => {
    const { ledger, client, cache, asked, ruiz } = await setup();
    must(await ledger.client.send('payment-record', { debtorId: ruiz.id, currency: 'EUR', amount: 25000, date: '2026-03-01' }));
    const forgotten = cache.forget({ debtorIds: [ruiz.id], all: false });
    expect(known(cache, 'pagos@ruiz.example')).toBe('miss');

    await refillForgotten({ client, cache }, forgotten);
    expect(asked).toEqual([['hola@sur.example', 'pagos@ruiz.example']]);
    expect([known(cache, 'pagos@ruiz.example'), known(cache, 'hola@sur.example')]).toEqual(['100000 EUR', 'nobody']);
  });

  it.each<[string, (cache: LookupCache) => void, string[][]]>([
    ['nothing else asks about them', () => undefined, [['hola@sur.example', 'pagos@ruiz.example']]],
    ['the thread on screen already asks about one', (cache) => void cache.asking(['pagos@ruiz.example']), [['hola@sur.example']]],
    ['both are being asked about', (cache) => void cache.asking(['pagos@ruiz.example', 'hola@sur.example']), []],
    ['one is known again already', (cache) => cache.record(['hola@sur.example'], [], cache.mark()), [['pagos@ruiz.example']]],
  ])('leaves out what is known or on its way: %s', async (_label, meanwhile, expected) => {
    const { client, cache, asked, ruiz } = await setup();
    const forgotten = cache.forget({ debtorIds: [ruiz.id], all: false });
    meanwhile(cache);
    await refillForgotten({ client, cache }, forgotten);
    expect(asked).toEqual(expected);
  });

  it('asks about one batch at most, the most recently used first', async () => {
    const { client, cache, asked } = await setup();
    const many = Array.from({ length: LOOKUP_BATCH_LIMIT + 50 }, (_, i) => `u${i}@x.example`);
    cache.record(many, [], cache.mark());
    const forgotten = cache.forget({ debtorIds: [], all: true });
    await refillForgotten({ client, cache }, forgotten);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(LOOKUP_BATCH_LIMIT);
    expect(asked[0]![0]).toBe(`u${LOOKUP_BATCH_LIMIT + 49}@x.example`);
  });

  it('keeps nothing from an answer overtaken by another notice', async () => {
    const { client, cache, ruiz } = await setup();
    const forgotten = cache.forget({ debtorIds: [ruiz.id], all: false });
    const refill = refillForgotten({ client, cache }, forgotten);
    const again = cache.forget({ debtorIds: [ruiz.id], all: false });
    await refill;
    expect(known(cache, 'pagos@ruiz.example')).toBe('miss');
    expect(again).toEqual([]);
  });
});
