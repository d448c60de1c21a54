import { describe, expect, it } from 'vitest';
import { createClient, createHandlers, inProcessTransport, type HandlerInput } from '../ledger/api';
import { createTestLedger, must, mustFail, type TestLedger } from '../ledger/test-ledger';
import { dumpDb } from '../ledger/test-support';
import { siteHandlers } from './handlers';

/** Every transaction the handlers open on this ledger, and every read request, as Dexie's core sees them. */
async function watchStorage(ledger: TestLedger) {
  const seen = { transactions: [] as string[], reads: 0 };
  ledger.db.use({
    stack: 'dbcore',
    name: 'watch',
    create: (down) => ({
      ...down,
      transaction: (tables, mode, options) => {
        seen.transactions.push(mode);
        return down.transaction(tables, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        const count = <T>(result: T): T => {
          seen.reads++;
          return result;
        };
        return {
          ...table,
          get: (request) => count(table.get(request)),
          getMany: (request) => count(table.getMany(request)),
          query: (request) => count(table.query(request)),
          openCursor: (request) => count(table.openCursor(request)),
          count: (request) => count(table.count(request)),
        };
      },
    }),
  });
  // Dexie builds its stack when the database opens.
  ledger.db.close();
  await ledger.db.open();
  return seen;
}

/** Ana (two invoices), Bruno (F-1 too, void), Carla (no invoices). */
async function seeded() {
  const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
  const send = ledger.client.send;
  const ana = must(
    await send('debtor-create', {
      name: 'Ana Pérez',
      emails: ['ana@perez.example'],
      firstInvoice: { number: 'F-1', currency: 'EUR', amount: 100_000, dueDate: '2026-02-01' },
    }),
  );
  const anaSecond = must(await send('invoice-create', { debtorId: ana.debtor.id, number: 'F-2', currency: 'EUR', amount: 5_000, dueDate: '2026-03-20' }));
  const bruno = must(
    await send('debtor-create', { name: 'Bruno', emails: ['bruno@x.example'], firstInvoice: { number: 'F-1', currency: 'USD', amount: 2_000, dueDate: '2026-02-10' } }),
  );
  must(await send('invoice-update', { id: bruno.invoice!.id, patch: { status: 'void' } }));
  const carla = must(await send('debtor-create', { name: 'Carla', emails: ['carla@x.example'] }));
  return { ledger, ana: ana.debtor.id, anaFirst: ana.invoice!.id, anaSecond: anaSecond.id, bruno: bruno.debtor.id, brunoFirst: bruno.invoice!.id, carla: carla.debtor.id };
}

describe('page-lookup', () => {
  it.each([
    ['a known number', { numbers: ['F-2'], emails: [] }, [['F-2', 'anaSecond', 'ana']], []],
    ['an unknown number, and one written in other case (exact matches only)', { numbers: ['F-9', 'f-2'], emails: [] }, [], []],
    ['one number of two customers, the void one too', { numbers: [' F-1 '], emails: [] }, [['F-1', 'anaFirst', 'ana'], ['F-1', 'brunoFirst', 'bruno']], []],
    ['addresses, as debtor-lookup answers them', { numbers: [], emails: ['CARLA@x.example', 'nadie@x.example', ''] }, [], [['carla', ['carla@x.example']]]],
    ['numbers and addresses together', { numbers: ['F-2', 'F-2'], emails: ['ana@perez.example'] }, [['F-2', 'anaSecond', 'ana']], [['ana', ['ana@perez.example']]]],
    ['nothing', { numbers: [], emails: [] }, [], []],
  ] as const)('answers %s', async (_label, input, invoices, debtors) => {
    const s = await seeded();
    const found = must(await s.ledger.client.send('page-lookup', { numbers: [...input.numbers], emails: [...input.emails] }));
    expect(found.invoices.map((match) => [match.number, match.invoice.id, match.debtor.id])).toEqual(
      invoices.map(([number, invoice, debtor]) => [number, s[invoice], s[debtor]]),
    );
    expect(found.debtors.map((match) => [match.debtor.id, match.matchedEmails])).toEqual(debtors.map(([debtor, emails]) => [s[debtor], emails]));
  });

  it('gives each debtor the status debtor-lookup gives, reading in one read-only transaction', async () => {
    const s = await seeded();
    const seen = await watchStorage(s.ledger);
    const found = must(await s.ledger.client.send('page-lookup', { numbers: ['F-1', 'F-2'], emails: ['ana@perez.example'] }));
    expect(seen.transactions).toEqual(['readonly']);
    expect(seen.reads).toBeGreaterThan(0);
    const [viaAddress] = must(await s.ledger.client.send('debtor-lookup', { emails: ['ana@perez.example'] }));
    for (const match of found.invoices.filter((m) => m.debtor.id === s.ana)) expect(match.status).toEqual(viaAddress!.status);
    expect(found.debtors[0]).toEqual(viaAddress);
    expect(viaAddress!.status.daysLate).toBe(29);
    const bruno = found.invoices.find((m) => m.debtor.id === s.bruno);
    expect(bruno?.invoice.status).toBe('void');
    expect(bruno?.status.outstanding).toEqual([]);
  });

  it.each([
    ['501 numbers', { numbers: Array.from({ length: 501 }, (_, i) => `F-${i}`), emails: [] }, 'too-many'],
    ['501 addresses', { numbers: [], emails: Array.from({ length: 501 }, (_, i) => `a${i}@x.example`) }, 'too-many'],
    ['a number of 61 characters', { numbers: ['F'.repeat(61)], emails: [] }, 'too-long'],
    ['a blank number', { numbers: ['  '], emails: [] }, 'required'],
  ] as const)('refuses %s as invalid input, reading nothing', async (_label, input, rule) => {
    const s = await seeded();
    const seen = await watchStorage(s.ledger);
    const error = mustFail(await s.ledger.client.send('page-lookup', { numbers: [...input.numbers], emails: [...input.emails] }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]?.rule).toBe(rule);
    expect(seen).toEqual({ transactions: [], reads: 0 });
  });

  it('takes 500 numbers', async () => {
    const s = await seeded();
    const numbers = [...Array.from({ length: 499 }, (_, i) => `X-${i}`), 'F-2'];
    expect(must(await s.ledger.client.send('page-lookup', { numbers, emails: [] })).invoices.map((m) => m.invoice.id)).toEqual([s.anaSecond]);
  });
});

type Capture = HandlerInput<'invoice-capture'>;
const INVOICE = { number: 'N-7', currency: 'EUR', amount: 120_000, issueDate: '2026-02-01', dueDate: '2026-03-01' };
const SOURCE = { format: 'invoice-ninja' };

describe('invoice-capture', () => {
  it.each<[string, (s: Awaited<ReturnType<typeof seeded>>) => Capture, { created: boolean; emails: string[]; paid: number; status: string }]>([
    ['a new customer with an address', () => ({ debtor: { name: 'Luz SL', emails: [' Pagos@Luz.example '] }, invoice: INVOICE, source: SOURCE }), { created: true, emails: ['pagos@luz.example'], paid: 0, status: 'open' }],
    ['a new customer without an address', () => ({ debtor: { name: 'Luz SL', emails: [] }, invoice: INVOICE, source: SOURCE }), { created: true, emails: [], paid: 0, status: 'open' }],
    ['an existing customer, by id', (s) => ({ debtor: { id: s.ana }, invoice: INVOICE, source: SOURCE }), { created: false, emails: ['ana@perez.example'], paid: 0, status: 'open' }],
    ['an invoice already paid in full', (s) => ({ debtor: { id: s.carla }, invoice: { ...INVOICE, paid: 120_000 }, source: SOURCE }), { created: false, emails: ['carla@x.example'], paid: 120_000, status: 'paid' }],
    ['a partly paid invoice', (s) => ({ debtor: { id: s.carla }, invoice: { ...INVOICE, paid: 20_000 }, source: SOURCE }), { created: false, emails: ['carla@x.example'], paid: 20_000, status: 'open' }],
    ['a number another customer has', (s) => ({ debtor: { id: s.carla }, invoice: { ...INVOICE, number: 'F-1' }, source: SOURCE }), { created: false, emails: ['carla@x.example'], paid: 0, status: 'open' }],
  ])('adds %s', async (_label, make, expected) => {
    const s = await seeded();
    const before = await s.ledger.db.debtors.count();
    const input = make(s);
    const { debtor, invoice, created } = must(await s.ledger.client.send('invoice-capture', input));
    expect(created).toEqual({ debtor: expected.created });
    expect(await s.ledger.db.debtors.count()).toBe(before + (expected.created ? 1 : 0));
    expect(debtor.emails).toEqual(expected.emails);
    expect(invoice).toMatchObject({
      debtorId: debtor.id,
      number: input.invoice.number,
      amount: 120_000,
      paid: expected.paid,
      status: expected.status,
      source: { kind: 'page', format: 'invoice-ninja' },
    });
    expect(await s.ledger.db.invoices.get(invoice.id)).toEqual(invoice);
    // No Payment record and nothing on the timeline, as for an imported invoice.
    const card = must(await s.ledger.client.send('debtor-get', { id: debtor.id }));
    expect(card.payments).toEqual([]);
    expect(card.events).toEqual([]);
    const owed = 120_000 - expected.paid;
    expect(card.status.outstanding.find((money) => money.currency === 'EUR')?.amount ?? 0).toBe(
      owed + (debtor.id === s.ana ? 105_000 : 0),
    );
  });

  it('gives a new customer the default language and place, and shows one without an address as the lists do', async () => {
    const s = await seeded();
    must(await s.ledger.client.send('settings-set', { patch: { defaultLocale: 'es-MX', defaultTimeZone: 'America/Mexico_City' } }));
    const { debtor } = must(await s.ledger.client.send('invoice-capture', { debtor: { name: 'Luz SL' }, invoice: INVOICE, source: { format: 'page' } }));
    expect(debtor).toMatchObject({ locale: 'es-MX', timeZone: 'America/Mexico_City', emails: [] });
    const list = must(await s.ledger.client.send('debtor-list', { query: 'luz' }));
    expect(list.rows.map((row) => [row.name, row.emails])).toEqual([['Luz SL', []]]);
    // The overlay finds it by number from then on.
    const found = must(await s.ledger.client.send('page-lookup', { numbers: ['N-7'], emails: [] }));
    expect(found.invoices.map((m) => m.debtor.name)).toEqual(['Luz SL']);
  });

  it.each<[string, (s: Awaited<ReturnType<typeof seeded>>) => Capture, { code: string; path?: string; rule?: string; names?: string }]>([
    ['a number this customer already has', (s) => ({ debtor: { id: s.ana }, invoice: { ...INVOICE, number: 'F-2' }, source: SOURCE }), { code: 'conflict', path: 'invoice.number', rule: 'number-taken' }],
    ['an address another customer has', () => ({ debtor: { name: 'Otra', emails: ['ANA@perez.example'] }, invoice: INVOICE, source: SOURCE }), { code: 'email-taken', path: 'debtor.emails.0', names: 'Ana Pérez' }],
    ['a customer that is gone', () => ({ debtor: { id: 'nobody' }, invoice: INVOICE, source: SOURCE }), { code: 'not-found' }],
    ['an amount of 0', (s) => ({ debtor: { id: s.ana }, invoice: { ...INVOICE, amount: 0 }, source: SOURCE }), { code: 'invalid-input', path: 'invoice.amount', rule: 'too-small' }],
    ['more paid than the amount', (s) => ({ debtor: { id: s.ana }, invoice: { ...INVOICE, paid: 120_001 }, source: SOURCE }), { code: 'invalid-input', path: 'invoice.paid', rule: 'paid-over-amount' }],
    ['a due date before the issue date', (s) => ({ debtor: { id: s.ana }, invoice: { ...INVOICE, dueDate: '2026-01-31' }, source: SOURCE }), { code: 'invalid-input', path: 'invoice.dueDate', rule: 'due-before-issue' }],
    ['no due date', (s) => ({ debtor: { id: s.ana }, invoice: { ...INVOICE, dueDate: undefined as unknown as string }, source: SOURCE }), { code: 'invalid-input', path: 'invoice.dueDate', rule: 'required' }],
    ['two addresses', () => ({ debtor: { name: 'Luz', emails: ['a@luz.example', 'b@luz.example'] }, invoice: INVOICE, source: SOURCE }), { code: 'invalid-input' }],
    ['a source format of 41 characters', (s) => ({ debtor: { id: s.ana }, invoice: INVOICE, source: { format: 'x'.repeat(41) } }), { code: 'invalid-input', path: 'source.format', rule: 'too-long' }],
  ])('refuses %s and writes nothing', async (_label, make, expected) => {
    const s = await seeded();
    const before = await dumpDb(s.ledger.db);
    const error = mustFail(await s.ledger.client.send('invoice-capture', make(s)));
    expect(error.code).toBe(expected.code);
    if (expected.path) expect(error.issues?.[0]).toMatchObject({ path: expected.path, ...(expected.rule ? { rule: expected.rule } : {}) });
    if (expected.names) expect(error.message).toContain(expected.names);
    expect(await dumpDb(s.ledger.db)).toEqual(before);
  });

  it('leaves no new customer behind when the invoice cannot be written', async () => {
    const s = await seeded();
    const before = await dumpDb(s.ledger.db);
    // The new invoice gets the id of an invoice already stored, so the ledger refuses to write it
    // after the new customer was: one transaction means the customer goes too.
    const ids = ['d-new', s.anaFirst];
    const handlers = { ...createHandlers(s.ledger.ctx), ...siteHandlers({ ...s.ledger.ctx, newId: () => ids.shift()! }) };
    const client = createClient(inProcessTransport(handlers));
    const error = mustFail(await client.send('invoice-capture', { debtor: { name: 'Luz SL', emails: ['pagos@luz.example'] }, invoice: INVOICE, source: SOURCE }));
    expect(error.code).toBe('conflict');
    expect(ids).toEqual([]);
    expect(await s.ledger.db.debtors.get('d-new')).toBeUndefined();
    expect(await dumpDb(s.ledger.db)).toEqual(before);
  });

  it('survives a backup and its restore', async () => {
    const s = await seeded();
    must(await s.ledger.client.send('invoice-capture', { debtor: { name: 'Luz SL' }, invoice: { ...INVOICE, paid: 1_000 }, source: { format: 'page' } }));
    const before = await dumpDb(s.ledger.db);
    const { text } = must(await s.ledger.client.send('backup-export', {}));
    must(await s.ledger.client.send('backup-restore', { text }));
    expect(await dumpDb(s.ledger.db)).toEqual(before);
  });
});
