import { describe, expect, it } from 'vitest';
import { createTestLedger, must, mustFail, type TestLedger } from '../test-ledger';
import { dumpDb } from '../test-support';

async function addDebtor(ledger: TestLedger, name: string, emails: string[] = [], extra: Record<string, unknown> = {}) {
  return must(await ledger.client.send('debtor-create', { name, emails, ...extra })).debtor;
}

describe('debtor-create', () => {
  it('stores addresses trimmed, lower-cased and once; takes locale and zone from settings', async () => {
    const ledger = createTestLedger();
    must(await ledger.client.send('settings-set', { patch: { defaultLocale: 'en-GB', defaultTimeZone: 'Europe/London' } }));
    const debtor = await addDebtor(ledger, 'Acme', [' Billing@ACME.co.uk ', 'billing@acme.co.uk', 'ops@acme.co.uk']);
    expect(debtor).toMatchObject({
      emails: ['billing@acme.co.uk', 'ops@acme.co.uk'],
      locale: 'en-GB',
      timeZone: 'Europe/London',
      pause: null,
      doNotContact: false,
      createdAt: '2026-03-02T10:00:00.000Z',
    });
    expect(await ledger.db.debtors.get(debtor.id)).toMatchObject({ nameKeys: ['acme'] });
  });

  it('creates the first invoice in the same request', async () => {
    const ledger = createTestLedger();
    const { debtor, invoice } = must(
      await ledger.client.send('debtor-create', {
        name: 'Ana',
        firstInvoice: { number: 'F-7', currency: 'usd', amount: 5000, issueDate: '2026-01-01', dueDate: '2026-01-31' },
      }),
    );
    expect(invoice).toMatchObject({ debtorId: debtor.id, number: 'F-7', currency: 'USD', amount: 5000, paid: 0, status: 'open' });
    expect(await ledger.db.invoices.count()).toBe(1);
  });

  it.each([
    ['the same address', ['ana@x.es']],
    ['the same address in other case', ['ANA@X.ES']],
    ['one of several', ['new@x.es', ' ana@x.es']],
  ])('refuses %s owned by another debtor, naming the owner', async (_label, emails) => {
    const ledger = createTestLedger();
    await addDebtor(ledger, 'Ana Pérez', ['ana@x.es']);
    const before = await dumpDb(ledger.db);
    const error = mustFail(await ledger.client.send('debtor-create', { name: 'Otro', emails }));
    expect(error.code).toBe('email-taken');
    expect(error.message).toContain('Ana Pérez');
    expect(error.message).toContain('ana@x.es');
    expect(await dumpDb(ledger.db)).toEqual(before);
  });
});

describe('debtor-update', () => {
  it('changes fields, sets updatedAt and refreshes the search keys', async () => {
    const ledger = createTestLedger();
    const debtor = await addDebtor(ledger, 'Ana', ['ana@x.es']);
    ledger.setNow('2026-03-05T08:00:00.000Z');
    const updated = must(await ledger.client.send('debtor-update', { id: debtor.id, patch: { name: 'Ana Núñez', emails: ['Ana@X.es', 'pagos@x.es'] } }));
    expect(updated).toMatchObject({ name: 'Ana Núñez', emails: ['ana@x.es', 'pagos@x.es'], updatedAt: '2026-03-05T08:00:00.000Z' });
    const hits = must(await ledger.client.send('debtor-search', { query: 'nunez' }));
    expect(hits.map((h) => h.debtor.id)).toEqual([debtor.id]);
  });

  it('refuses an address of another debtor but accepts its own', async () => {
    const ledger = createTestLedger();
    const ana = await addDebtor(ledger, 'Ana', ['ana@x.es']);
    await addDebtor(ledger, 'Bea', ['bea@x.es']);
    expect(mustFail(await ledger.client.send('debtor-update', { id: ana.id, patch: { emails: ['ana@x.es', 'BEA@x.es'] } })).code).toBe('email-taken');
    expect(must(await ledger.client.send('debtor-update', { id: ana.id, patch: { emails: ['ana@x.es'] } })).emails).toEqual(['ana@x.es']);
  });

  it('is not-found for an unknown id', async () => {
    const ledger = createTestLedger();
    expect(mustFail(await ledger.client.send('debtor-update', { id: 'nobody', patch: { notes: 'x' } })).code).toBe('not-found');
  });
});

describe('debtor-lookup', () => {
  it('finds every debtor among the addresses, once each, with the addresses that matched', async () => {
    const ledger = createTestLedger();
    const ana = await addDebtor(ledger, 'Ana', ['ana@x.es', 'pagos@x.es']);
    const bea = await addDebtor(ledger, 'Bea', ['bea@y.es']);
    await addDebtor(ledger, 'Carla', ['carla@z.es']);
    const matches = must(await ledger.client.send('debtor-lookup', { emails: [' PAGOS@x.es', 'ana@x.es', 'stranger@q.es', 'bea@y.es', ''] }));
    const summary = matches.map((m) => [m.debtor.name, m.matchedEmails, m.status.debtorId]).sort();
    expect(summary).toEqual([
      ['Ana', ['ana@x.es', 'pagos@x.es'], ana.id],
      ['Bea', ['bea@y.es'], bea.id],
    ]);
  });

  it('returns nothing for unknown or empty address lists', async () => {
    const ledger = createTestLedger();
    await addDebtor(ledger, 'Ana', ['ana@x.es']);
    expect(must(await ledger.client.send('debtor-lookup', { emails: [] }))).toEqual([]);
    expect(must(await ledger.client.send('debtor-lookup', { emails: ['who@else.es'] }))).toEqual([]);
  });
});

describe('debtor-search', () => {
  async function ledgerWithNames() {
    const ledger = createTestLedger();
    await addDebtor(ledger, 'José García Núñez', ['jose@garcia.es']);
    await addDebtor(ledger, 'Garcés Reformas S.L.', ['obra@garces.es']);
    await addDebtor(ledger, 'Acme Ltd', ['billing@acme.co.uk']);
    await addDebtor(ledger, 'Ángela Ruiz', []);
    return ledger;
  }

  it.each([
    ['garcia', ['José García Núñez']],
    ['GARC', ['Garcés Reformas S.L.', 'José García Núñez']],
    ['angela', ['Ángela Ruiz']],
    ['núñez', ['José García Núñez']],
    ['billing@', ['Acme Ltd']],
    ['obra@garces.es', ['Garcés Reformas S.L.']],
    ['zzz', []],
    ['', ['Acme Ltd', 'Ángela Ruiz', 'Garcés Reformas S.L.', 'José García Núñez']],
  ])('%j finds %j', async (query, names) => {
    const ledger = await ledgerWithNames();
    const hits = must(await ledger.client.send('debtor-search', { query }));
    expect(hits.map((h) => h.debtor.name)).toEqual(names);
  });

  it('counts debtors, not search keys, against the limit', async () => {
    const ledger = createTestLedger();
    // 'aa ab' has two keys that sort before 'zz'.
    await addDebtor(ledger, 'aa ab');
    await addDebtor(ledger, 'zz');
    const hits = must(await ledger.client.send('debtor-search', { query: '', limit: 2 }));
    expect(hits.map((h) => h.debtor.name)).toEqual(['aa ab', 'zz']);
  });

  it('respects the limit and reports what each owes', async () => {
    const ledger = await ledgerWithNames();
    const hits = must(await ledger.client.send('debtor-search', { query: '', limit: 2 }));
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatchObject({ outstanding: [], daysLate: null, severity: 0 });
  });
});

describe('debtor-get', () => {
  it('returns the card: invoices by due date, events newest first (at most 200)', async () => {
    const ledger = createTestLedger();
    const debtor = await addDebtor(ledger, 'Ana', ['ana@x.es']);
    for (const [number, dueDate] of [['F-2', '2026-02-10'], ['F-1', '2026-01-10']] as const) {
      must(await ledger.client.send('invoice-create', { debtorId: debtor.id, number, currency: 'EUR', amount: 1000, dueDate }));
    }
    for (let n = 0; n < 205; n++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
      must(await ledger.client.send('event-log', { debtorId: debtor.id, kind: 'note', channel: 'system', direction: 'internal', at, note: `n${n}` }));
    }
    const card = must(await ledger.client.send('debtor-get', { id: debtor.id }));
    expect(card.invoices.map((i) => i.number)).toEqual(['F-1', 'F-2']);
    expect(card.events).toHaveLength(200);
    expect(card.events[0]!.note).toBe('n204');
    expect(card.events[199]!.note).toBe('n5');
    expect(card.status.outstanding).toEqual([{ currency: 'EUR', amount: 2000 }]);
  });

  it('carries the payment methods from the settings, for the card’s call guide', async () => {
    const ledger = createTestLedger();
    const debtor = await addDebtor(ledger, 'Ana', ['ana@x.es']);
    expect(must(await ledger.client.send('debtor-get', { id: debtor.id })).paymentMethods).toEqual([]);
    const iban = { kind: 'iban' as const, label: 'Transferencia', value: 'ES91 2100 0418 4502 0005 1332' };
    must(await ledger.client.send('settings-set', { patch: { paymentMethods: [iban] } }));
    expect(must(await ledger.client.send('debtor-get', { id: debtor.id })).paymentMethods).toEqual([iban]);
  });

  it('is not-found for an unknown id', async () => {
    const ledger = createTestLedger();
    expect(mustFail(await ledger.client.send('debtor-get', { id: 'ghost' })).code).toBe('not-found');
  });
});

describe('debtor-delete', () => {
  it('removes the debtor and everything of theirs, and nothing of anyone else', async () => {
    const ledger = createTestLedger();
    const build = async (name: string, email: string) => {
      const { debtor, invoice } = must(
        await ledger.client.send('debtor-create', { name, emails: [email], firstInvoice: { number: 'F-1', currency: 'EUR', amount: 3000, dueDate: '2026-02-01' } }),
      );
      must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 500, date: '2026-02-20' }));
      must(await ledger.client.send('promise-record', { debtorId: debtor.id, currency: 'EUR', amount: 1000, date: '2026-03-10' }));
      must(await ledger.client.send('plan-create', { debtorId: debtor.id, invoiceIds: [invoice!.id], installments: [{ dueDate: '2026-04-01', amount: 2500 }] }));
      must(await ledger.client.send('event-log', { debtorId: debtor.id, kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'reached' }));
      return debtor;
    };
    const ana = await build('Ana', 'ana@x.es');
    const bea = await build('Bea', 'bea@x.es');
    const beaBefore = Object.fromEntries(
      Object.entries(await dumpDb(ledger.db)).map(([table, rows]) => [table, rows.filter((r) => JSON.stringify(r).includes(bea.id))]),
    );

    const result = must(await ledger.client.send('debtor-delete', { id: ana.id }));
    expect(result.deleted).toEqual({ invoices: 1, payments: 1, promises: 1, plans: 1, events: 4 });
    const after = await dumpDb(ledger.db);
    for (const rows of Object.values(after)) expect(JSON.stringify(rows)).not.toContain(ana.id);
    const beaAfter = Object.fromEntries(Object.entries(after).map(([table, rows]) => [table, rows.filter((r) => JSON.stringify(r).includes(bea.id))]));
    expect(beaAfter).toEqual(beaBefore);
    // The address is free again.
    await addDebtor(ledger, 'Ana again', ['ana@x.es']);
  });

  it('is not-found for an unknown id', async () => {
    const ledger = createTestLedger();
    expect(mustFail(await ledger.client.send('debtor-delete', { id: 'ghost' })).code).toBe('not-found');
  });
});

describe('pause, resume, override', () => {
  it('pausing and resuming each log an event; resuming twice logs once', async () => {
    const ledger = createTestLedger();
    const debtor = await addDebtor(ledger, 'Ana');
    const paused = must(await ledger.client.send('debtor-pause', { id: debtor.id, reason: 'Vacaciones', until: '2026-03-20' }));
    expect(paused.debtor.pause).toEqual({ reason: 'Vacaciones', until: '2026-03-20', since: '2026-03-02T10:00:00.000Z' });
    expect(paused.event).toMatchObject({ kind: 'pause', note: 'Vacaciones', debtorId: debtor.id });
    const resumed = must(await ledger.client.send('debtor-resume', { id: debtor.id }));
    expect(resumed.debtor.pause).toBeNull();
    expect(resumed.event).toMatchObject({ kind: 'resume' });
    expect(must(await ledger.client.send('debtor-resume', { id: debtor.id })).event).toBeNull();
    const events = must(await ledger.client.send('events-list', { debtorId: debtor.id }));
    expect(events.map((e) => e.kind).sort()).toEqual(['pause', 'resume']);
  });

  it('records and clears the delinquency override', async () => {
    const ledger = createTestLedger();
    const debtor = await addDebtor(ledger, 'Ana');
    const set = must(await ledger.client.send('delinquency-override', { debtorId: debtor.id, kind: 'chronic', reason: 'Always late' }));
    expect(set.delinquencyOverride).toEqual({ kind: 'chronic', reason: 'Always late', at: '2026-03-02T10:00:00.000Z' });
    const cleared = must(await ledger.client.send('delinquency-override', { debtorId: debtor.id, kind: null, reason: '' }));
    expect(cleared.delinquencyOverride).toBeNull();
  });
});
