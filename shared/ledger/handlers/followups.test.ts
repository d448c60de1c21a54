import { describe, expect, it } from 'vitest';
import { createTestLedger, must, mustFail, type TestLedger } from '../test-ledger';

async function debtor(ledger: TestLedger, name: string, amount: number, dueDate: string, extra: Record<string, unknown> = {}) {
  return must(
    await ledger.client.send('debtor-create', { name, ...extra, firstInvoice: { number: 'F-1', currency: 'EUR', amount, dueDate } }),
  ).debtor;
}

describe('followups-today', () => {
  it('lists debtors due today in their own zone: by date, then severity, then amount owed', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    await debtor(ledger, 'A 29 days late, small', 1000, '2026-02-01');
    await debtor(ledger, 'B 60 days late', 1000, '2026-01-01');
    await debtor(ledger, 'C 10 days late, large', 5000, '2026-02-20');
    await debtor(ledger, 'D not due yet', 9000, '2026-03-20');
    const e = await debtor(ledger, 'E do not contact', 9000, '2026-01-01');
    must(await ledger.client.send('debtor-update', { id: e.id, patch: { doNotContact: true } }));
    // 10:00 UTC is still 1 March in Pago Pago and already 3 March in Kiritimati.
    await debtor(ledger, 'F Pago Pago', 100, '2026-02-01', { timeZone: 'Pacific/Pago_Pago' });
    await debtor(ledger, 'G Kiritimati', 100, '2026-02-01', { timeZone: 'Pacific/Kiritimati' });
    await debtor(ledger, 'H nothing owed', 100, '2026-02-01');
    const h = (await ledger.db.debtors.toArray()).find((d) => d.name.startsWith('H'))!;
    must(await ledger.client.send('payment-record', { debtorId: h.id, currency: 'EUR', amount: 100, date: '2026-01-15' }));

    const list = must(await ledger.client.send('followups-today', {}));
    expect(list.map((f) => [f.debtor.name, f.status.nextAction!.date, f.status.severity])).toEqual([
      ['F Pago Pago', '2026-03-01', 2],
      ['B 60 days late', '2026-03-02', 3],
      ['C 10 days late, large', '2026-03-02', 2],
      ['A 29 days late, small', '2026-03-02', 2],
      ['G Kiritimati', '2026-03-03', 2],
    ]);
    expect(must(await ledger.client.send('followups-today', { limit: 2 })).map((f) => f.debtor.name)).toEqual(['F Pago Pago', 'B 60 days late']);
  });

  it('leaves out a debtor once today’s step has been done', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    const a = await debtor(ledger, 'Ana', 1000, '2026-02-20', { emails: ['ana@x.es'] });
    const before = must(await ledger.client.send('followups-today', {}));
    expect(before.map((f) => f.debtor.id)).toEqual([a.id]);
    const step = before[0]!.status.nextAction!.purpose;
    must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['ana@x.es'], messageId: 'm1', templateId: `builtin:${step}:es` }));
    expect(must(await ledger.client.send('followups-today', {}))).toEqual([]);
  });
});

describe('followups-count', () => {
  /** The ledger of the ordering test above, without the debtor who paid. */
  async function mixedLedger(at: string): Promise<TestLedger> {
    const ledger = createTestLedger(at);
    await debtor(ledger, 'A', 1000, '2026-02-01');
    await debtor(ledger, 'B', 1000, '2026-01-01');
    await debtor(ledger, 'C', 5000, '2026-02-20');
    await debtor(ledger, 'D not due yet', 9000, '2026-03-20');
    const e = await debtor(ledger, 'E do not contact', 9000, '2026-01-01');
    must(await ledger.client.send('debtor-update', { id: e.id, patch: { doNotContact: true } }));
    await debtor(ledger, 'F Pago Pago', 100, '2026-02-01', { timeZone: 'Pacific/Pago_Pago' });
    await debtor(ledger, 'G Kiritimati', 100, '2026-02-01', { timeZone: 'Pacific/Kiritimati' });
    return ledger;
  }

  /** The mixed ledger, asked at a later (or earlier) instant. */
  const mixedAt = (later: string) => async () => {
    const ledger = await mixedLedger('2026-03-02T10:00:00.000Z');
    ledger.setNow(later);
    return ledger;
  };

  it.each<[string, () => Promise<TestLedger>, number]>([
    ['an empty ledger', async () => createTestLedger(), 0],
    [
      'a debtor owing nothing',
      async () => {
        const ledger = createTestLedger();
        must(await ledger.client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }));
        return ledger;
      },
      0,
    ],
    ['debtors due in several zones, one not due, one not to be contacted', () => mixedLedger('2026-03-02T10:00:00.000Z'), 5],
    ['the day before everywhere', mixedAt('2026-03-01T10:00:00.000Z'), 0],
    // Half past midnight in Madrid, midday in Pago Pago; Kiritimati’s step is a day further on.
    ['just past midnight in Madrid', mixedAt('2026-03-01T23:30:00.000Z'), 4],
    ['six weeks later, when D is late too', mixedAt('2026-04-15T10:00:00.000Z'), 6],
  ])('%s → %i, as many as followups-today lists', async (_label, make, expected) => {
    const ledger = await make();
    const listed = must(await ledger.client.send('followups-today', {}));
    expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: expected });
    expect(listed).toHaveLength(expected);
  });

  it('counts a debtor out once today’s step has been done', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    await debtor(ledger, 'Ana', 1000, '2026-02-20', { emails: ['ana@x.es'] });
    expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: 1 });
    const [item] = must(await ledger.client.send('followups-today', {}));
    const step = item!.status.nextAction!.purpose;
    must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['ana@x.es'], messageId: 'm1', templateId: `builtin:${step}:es` }));
    expect(must(await ledger.client.send('followups-count', {}))).toEqual({ count: 0 });
  });

  it('writes nothing and takes no input', async () => {
    const ledger = createTestLedger();
    expect(mustFail(await ledger.client.send('followups-count', { limit: 1 } as never)).code).toBe('invalid-input');
  });
});

describe('status-get', () => {
  it('computes the status from the stored records', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    const a = await debtor(ledger, 'Ana', 1000, '2026-02-01');
    const status = must(await ledger.client.send('status-get', { debtorId: a.id }));
    expect(status).toMatchObject({ debtorId: a.id, outstanding: [{ currency: 'EUR', amount: 1000 }], daysLate: 29, state: 'overdue' });
  });
});
