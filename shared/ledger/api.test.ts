import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createClient, createHandlers, dispatch, HANDLER_NAMES, type HandlerName } from './api';
import { openCobroDb } from './db';
import { createTestLedger } from './test-ledger';
import { dumpDb } from './test-support';

/** For every handler, requests that must be refused before anything is written. */
const BAD_INPUTS: Record<HandlerName, unknown[]> = {
  'debtor-lookup': [undefined, {}, { emails: 'a@b.es' }, { emails: [42] }],
  'debtor-get': [{}, { id: '' }, { id: 7 }],
  'debtor-search': [{ query: 5 }, { query: 'a', limit: 0 }, { query: 'a', limit: 1.5 }],
  'debtor-create': [
    {},
    { name: '' },
    { name: 'Ana', emails: ['not an address'] },
    { name: 'Ana', locale: 'xx_not-a-tag!' },
    { name: 'Ana', timeZone: 'Mars/Olympus' },
    { name: 'Ana', firstInvoice: { number: 'F-1', currency: 'EUR', amount: 10.5, dueDate: '2026-01-01' } },
    { name: 'Ana', firstInvoice: { number: 'F-1', currency: 'EUR', amount: 100, dueDate: '2026-02-30' } },
    { name: 'Ana', firstInvoice: { number: 'F-1', currency: 'EUR', amount: 100, issueDate: '2026-03-01', dueDate: '2026-01-01' } },
    { name: 'Ana', surprise: true },
  ],
  'debtor-update': [{ id: 'd' }, { id: 'd', patch: { name: '' } }, { id: 'd', patch: { pause: null } }, { id: 'd', patch: { emails: ['x'] } }],
  'debtor-delete': [{}, { id: null }],
  'debtor-pause': [{ id: 'd', reason: '', until: null }, { id: 'd', reason: 'x' }, { id: 'd', reason: 'x', until: 'tomorrow' }],
  'debtor-resume': [{}, { id: 1 }],
  'delinquency-override': [{ debtorId: 'd', kind: 'lazy', reason: '' }, { debtorId: 'd', reason: 'x' }],
  'invoice-create': [
    { debtorId: 'd', number: 'F', currency: 'EUR', amount: 0, dueDate: '2026-01-01' },
    { debtorId: 'd', number: 'F', currency: 'EURO', amount: 1, dueDate: '2026-01-01' },
    { debtorId: 'd', number: '', currency: 'EUR', amount: 1, dueDate: '2026-01-01' },
    { debtorId: 'd', number: 'F', currency: 'EUR', amount: -5, dueDate: '2026-01-01' },
  ],
  'invoice-update': [{ id: 'i', patch: { amount: 0 } }, { id: 'i', patch: { status: 'paid' } }, { id: 'i', patch: { paid: 5 } }],
  'invoice-delete': [{}],
  'debtor-write-off': [{ debtorId: 'd', reason: '' }, { debtorId: 'd', reason: 'x', invoiceIds: [] }, { debtorId: 'd', reason: 'x'.repeat(501) }],
  'invoice-dispute': [{ debtorId: 'd', reason: '' }, { debtorId: 'd', reason: 'x', invoiceIds: [] }],
  'dispute-resolve': [{}, { debtorId: 'd', invoiceIds: [] }],
  'payment-record': [
    { debtorId: 'd', currency: 'EUR', amount: 0, date: '2026-01-01' },
    { debtorId: 'd', currency: 'EUR', amount: 1.01, date: '2026-01-01' },
    { debtorId: 'd', currency: 'EUR', amount: 100, date: '01/02/2026' },
    { debtorId: 'd', currency: 'ZZZ', amount: 100, date: '2026-01-01' },
  ],
  'promise-record': [{ debtorId: 'd', amount: 100, currency: 'EUR' }, { debtorId: 'd', amount: -1, currency: 'EUR', date: '2026-01-01' }],
  'promise-cancel': [{ id: '' }],
  'plan-create': [
    { debtorId: 'd', invoiceIds: [], installments: [{ dueDate: '2026-01-01', amount: 1 }] },
    { debtorId: 'd', invoiceIds: ['i'], installments: [] },
    { debtorId: 'd', invoiceIds: ['i'], installments: [{ dueDate: '2026-01-01', amount: 0 }] },
  ],
  'plan-cancel': [{ id: 3 }],
  'event-log': [
    { debtorId: 'd', kind: 'shout', channel: 'email', direction: 'outbound' },
    { debtorId: 'd', kind: 'call', channel: 'phone', direction: 'sideways' },
    { debtorId: 'd', kind: 'call', channel: 'phone', direction: 'outbound', at: 'yesterday' },
    { debtorId: 'd', kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'shouted' },
    { debtorId: 'd', kind: 'call', channel: 'phone', direction: 'outbound', dedupeKey: '' },
  ],
  'mail-sent': [
    { host: 'yahoo', to: ['a@b.es'], messageId: 'm' },
    { host: 'gmail', to: [], messageId: 'm' },
    { host: 'gmail', to: ['a@b.es'] },
    { host: 'gmail', to: ['a@b.es'], messageId: 'm', step: 'nagging' },
    { host: 'gmail', to: ['a@b.es'], messageId: 'm', sentText: 'x'.repeat(20_001) },
    { host: 'gmail', to: ['a@b.es'], messageId: 'm', sentText: { html: '<p>Hola</p>' } },
  ],
  'events-list': [{ debtorId: 'd', limit: 0 }, { debtorId: 'd', before: 'last week' }],
  'followups-today': [{ limit: -1 }, { limit: 'all' }],
  'followups-count': [{ limit: 5 }, 'count'],
  'status-get': [{ id: 'd' }],
  'templates-list': [{ locale: 'fr' }, { purpose: 'nagging' }],
  'template-create': [
    { name: 'x', purpose: 'due', locale: 'es', subject: 's', body: '' },
    { name: '', purpose: 'due', locale: 'es', subject: 's', body: 'b' },
    { name: 'x', purpose: 'due', locale: 'es', subject: 's', body: 'Hola {debtorName' },
    { name: 'x', purpose: 'due', locale: 'es', subject: 's', body: 'Hola {nobodyKnowsMe}' },
  ],
  'template-update': [{ id: 't', patch: { body: '' } }, { id: 't', patch: { locale: 'de' } }],
  'template-delete': [{ id: '' }],
  'template-render': [{ templateId: 't' }, { templateId: 't', debtorId: 'd', deadline: 'soon' }],
  'templates-for-debtor': [{ debtorId: 'd', locale: 'pt' }],
  'settings-get': [{ extra: 1 }, 'settings'],
  'settings-set': [
    { patch: { nope: 1 } },
    { patch: { defaultCurrency: 'EURO' } },
    { patch: { ladderDays: { courtesy: 20 } } },
    { patch: { business: { email: 'not-an-email' } } },
    { patch: [] },
  ],
  'diagnostic-record': [{ code: '', detail: 'x', dedupeKey: 'k' }, { code: 'c', detail: 'x' }],
  'diagnostics-list': [{ limit: 10_000 }],
  'demo-load': [undefined, { size: 5 }],
  'summaries-refresh': [{ all: true }, 'now'],
  'debtor-list': [{ limit: 0 }, { sort: { by: 'mood', direction: 'asc' } }, { filters: { steps: ['nagging'] } }, { filters: { currency: 'EURO' } }, { offset: -1 }],
  'debtor-merge': [{ keepId: 'd' }, { keepId: 'd', mergeId: 'd' }, { keepId: '', mergeId: 'e' }],
  'overview-get': [undefined, { month: '2026-03' }],
  'template-preview': [{ purpose: 'due', locale: 'fr', subject: '', body: 'x' }, { purpose: 'nagging', locale: 'es', subject: '', body: 'x' }],
  'import-preview': [{}, { text: 5 }, { text: 'a', format: 'excel' }, { text: 'a', dateOrder: 'ymd' }, { text: 'a', dollarCurrency: 'EUR' }, { text: 'a', dollarCurrency: 'usd' }],
  'import-apply': [
    {},
    { format: 'cobro', rows: [{ line: 1 }] },
    { format: 'sage', rows: [] },
    {
      format: 'cobro',
      rows: [
        {
          line: 2,
          lines: [2],
          debtor: { name: 'Ana', emails: [] },
          invoice: { number: 'F-1', currency: 'EUR', amount: 10.5, paid: 0, issueDate: null, dueDate: '2026-01-01', status: 'open' },
        },
      ],
    },
  ],
  'invoices-export': [undefined, { format: 'xlsx' }],
  'backup-export': [undefined, { tables: ['debtors'] }],
  'backup-restore': [{}, { text: 42 }],
  'claim-file': [{}, { debtorId: 'd1' }, { debtorId: 'd1', language: 'fr' }, { debtorId: 'd1', language: 'es', asOf: '2026-13-01' }],
  'page-lookup': [{}, { numbers: ['F-1'] }, { numbers: [''], emails: [] }, { numbers: Array.from({ length: 501 }, (_, i) => `F-${i}`), emails: [] }],
  'invoice-capture': [
    {},
    { debtor: { name: 'Luz' }, invoice: { number: 'L-1', currency: 'EUR', amount: 0, dueDate: '2026-02-01' }, source: { format: 'page' } },
    { debtor: { name: 'Luz', emails: ['a@x.es', 'b@x.es'] }, invoice: { number: 'L-1', currency: 'EUR', amount: 100, dueDate: '2026-02-01' }, source: { format: 'page' } },
    { debtor: { id: 'x' }, invoice: { number: 'L-1', currency: 'EUR', amount: 100, paid: 101, dueDate: '2026-02-01' }, source: { format: 'page' } },
  ],
  'reply-read': [
    {},
    { debtorId: 'd', mail: { host: 'gmail', messageId: 'm' }, text: 'hola', sentAt: '2026-12-02' },
    { debtorId: 'd', mail: { host: 'yahoo', messageId: 'm' }, text: 'hola', sentAt: '2026-12-02T10:00:00+01:00' },
    { debtorId: 'd', mail: { host: 'gmail', messageId: 'm' }, text: 'x'.repeat(100_001), sentAt: '2026-12-02T10:00:00+01:00' },
  ],
  'reply-act': [
    {},
    { debtorId: 'd', mail: { host: 'gmail', messageId: 'm' }, sentAt: '2026-12-02T10:00:00+01:00', intent: 'promise', quote: 'x', action: { kind: 'promise', amount: 0, currency: 'EUR', date: '2026-12-11' } },
    { debtorId: 'd', mail: { host: 'gmail', messageId: 'm' }, sentAt: '2026-12-02T10:00:00+01:00', intent: 'gossip', quote: 'x', action: { kind: 'pause', reason: 'r', until: null } },
    { debtorId: 'd', mail: { host: 'gmail', messageId: 'm' }, sentAt: '2026-12-02T10:00:00+01:00', intent: 'promise', quote: '', action: { kind: 'pause', reason: 'r', until: null } },
    { debtorId: 'd', mail: { host: 'gmail', messageId: 'm' }, sentAt: '2026-12-02T10:00:00+01:00', intent: 'promise', quote: 'x', action: { kind: 'refund' } },
  ],
  'reply-dismiss': [{}, { debtorId: 'd', mail: { host: 'gmail', messageId: '' }, sentAt: '2026-12-02T10:00:00+01:00', intent: 'promise', quote: 'x' }],
};

const CASES = Object.entries(BAD_INPUTS).flatMap(([name, inputs]) => inputs.map((input) => [name, input] as const));

describe('dispatch', () => {
  it('has bad-input cases for every handler', () => {
    expect(Object.keys(BAD_INPUTS).sort()).toEqual([...HANDLER_NAMES].sort());
  });

  it.each(CASES)('%s refuses %j with invalid-input and writes nothing', async (name, input) => {
    const ledger = createTestLedger();
    // Something to protect: a debtor, an invoice, an event, settings, a template edit.
    const created = await ledger.client.send('debtor-create', {
      name: 'Ana',
      emails: ['ana@x.es'],
      firstInvoice: { number: 'F-1', currency: 'EUR', amount: 1000, dueDate: '2026-02-01' },
    });
    expect(created.ok).toBe(true);
    await ledger.client.send('settings-set', { patch: { signature: 'Ana' } });
    const before = await dumpDb(ledger.db);

    const result = await dispatch(ledger.handlers, name, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message.length).toBeGreaterThan(0);
      expect(result.error.issues?.length).toBeGreaterThan(0);
    }
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it.each([['debtor-explode'], [42], [null], ['__proto__'], ['toString']])('refuses unknown handler %j', async (name) => {
    const ledger = createTestLedger();
    const result = await dispatch(ledger.handlers, name, {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown-handler', message: expect.stringContaining('no ledger handler') } });
  });

  it('reports issues with their path in the request', async () => {
    const ledger = createTestLedger();
    const result = await dispatch(ledger.handlers, 'debtor-create', { name: 'Ana', emails: ['ok@x.es', 'bad'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toEqual([{ path: 'emails.1', message: 'expected an e-mail address', rule: 'email' }]);
  });

  it('turns a storage failure into a storage error', async () => {
    const ledger = createTestLedger();
    ledger.db.close({ disableAutoOpen: true });
    const result = await ledger.client.send('settings-get', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('storage');
  });
});

describe('transactions', () => {
  it('debtor-create with a first invoice: when the invoice write fails, the debtor does not land', async () => {
    const ledger = createTestLedger();
    ledger.db.invoices.hook('creating', () => {
      throw new Error('disk full');
    });
    const result = await ledger.client.send('debtor-create', {
      name: 'Ana',
      emails: ['ana@x.es'],
      firstInvoice: { number: 'F-1', currency: 'EUR', amount: 1000, dueDate: '2026-02-01' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'storage', message: expect.stringContaining('disk full') });
    expect(await ledger.db.debtors.count()).toBe(0);
  });

  it('payment-record: when the event write fails, no invoice or payment changes', async () => {
    const ledger = createTestLedger();
    const created = await ledger.client.send('debtor-create', {
      name: 'Ana',
      firstInvoice: { number: 'F-1', currency: 'EUR', amount: 1000, dueDate: '2026-02-01' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const before = await dumpDb(ledger.db);
    ledger.db.events.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    const result = await ledger.client.send('payment-record', { debtorId: created.value.debtor.id, currency: 'EUR', amount: 400, date: '2026-03-01' });
    expect(result.ok).toBe(false);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });
});

describe('createClient', () => {
  it('works the same over a messaging transport that clones requests and replies', async () => {
    const ledger = createTestLedger();
    const sent: string[] = [];
    // As runtime messaging does: only structured-cloneable data crosses.
    const client = createClient(async (name, input) => {
      sent.push(name);
      return structuredClone(await dispatch(ledger.handlers, structuredClone(name), structuredClone(input)));
    });
    const created = await client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] });
    expect(created.ok).toBe(true);
    const lookup = await client.send('debtor-lookup', { emails: ['ANA@x.es'] });
    expect(lookup.ok && lookup.value.map((m) => m.debtor.name)).toEqual(['Ana']);
    const bad = await client.send('debtor-get', { id: '' });
    expect(bad.ok).toBe(false);
    expect(sent).toEqual(['debtor-create', 'debtor-lookup', 'debtor-get']);
  });
});

describe('a database written by a newer Cobro', () => {
  it('answers every request with a storage error that says so', async () => {
    const ledger = createTestLedger();
    await ledger.db.open();
    const name = ledger.db.name;
    ledger.db.close();
    const newer = new Dexie(name);
    newer.version(9).stores({ debtors: 'id' });
    await newer.open();
    newer.close();
    const stale = createTestLedger();
    const handlers = createHandlers({ ...stale.ctx, db: openCobroDb(name) });
    const result = await dispatch(handlers, 'settings-get', {});
    expect(result).toEqual({ ok: false, error: { code: 'storage', message: expect.stringMatching(/newer than this copy of Cobro/) } });
  });
});
