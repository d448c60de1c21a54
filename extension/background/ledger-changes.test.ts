import { describe, expect, it } from 'vitest';
import { HANDLER_NAMES, type HandlerName } from '../../shared/ledger/api';
import { createTestLedger, must, type TestLedger } from '../../shared/ledger/test-ledger';
import { dumpDb } from '../../shared/ledger/test-support';
import { handlerRequest } from '../messaging/protocol';
import { HANDLER_CHANGES, isReadOnlyHandler, ledgerChangeOf, type ChangeClass, type LedgerChange } from './ledger-changes';
import { runLedgerRequest } from './ledger-requests';

describe('HANDLER_CHANGES', () => {
  it('classifies exactly the handlers of the API', () => {
    expect(Object.keys(HANDLER_CHANGES).sort()).toEqual([...HANDLER_NAMES].sort());
  });

  it('does not call an unknown name a read', () => {
    expect(isReadOnlyHandler('drop-everything')).toBe(false);
    expect(isReadOnlyHandler('toString')).toBe(false);
  });
});

describe('ledgerChangeOf', () => {
  it.each<[string, string, unknown, unknown, ReturnType<typeof ledgerChangeOf>]>([
    ['a read', 'debtor-lookup', { emails: ['a@b.es'] }, [{ debtor: { id: 'd1' } }], null],
    ['a workspace read that names debtors', 'debtor-list', {}, { total: 1, rows: [{ debtor: { id: 'd1' } }] }, null],
    ['the badge count', 'followups-count', {}, { count: 3 }, null],
    ['a diagnostic', 'diagnostic-record', { code: 'x' }, { diagnostic: { id: 'g1' } }, null],
    ['a payment', 'payment-record', { debtorId: 'd1', amount: 5 }, { payment: { debtorId: 'd1' }, invoices: [{ debtorId: 'd1' }] }, { debtorIds: ['d1'], all: false }],
    ['a debtor edit named by id', 'debtor-update', { id: 'd2', patch: {} }, { id: 'd2', name: 'Ana' }, { debtorIds: ['d2'], all: false }],
    ['a new debtor, known only from the output', 'debtor-create', { name: 'Ana' }, { debtor: { id: 'd3' }, invoice: { debtorId: 'd3' } }, { debtorIds: ['d3'], all: false }],
    ['a send to two debtors', 'mail-sent', { to: ['a@b.es'] }, { logged: [{ debtorId: 'd5' }, { debtorId: 'd4' }], duplicates: 0 }, { debtorIds: ['d4', 'd5'], all: false }],
    ['a send that was a duplicate', 'mail-sent', { to: ['a@b.es'] }, { logged: [], duplicates: 1 }, null],
    ['an invoice edit by id', 'invoice-update', { id: 'i1', patch: {} }, { debtorId: 'd6', id: 'i1' }, { debtorIds: ['d6'], all: false }],
    ['an invoice deleted, whose debtor the answer does not name', 'invoice-delete', { id: 'i1' }, { id: 'i1' }, { debtorIds: [], all: true }],
    ['a merge', 'debtor-merge', { keepId: 'd1', mergeId: 'd2' }, { debtor: { id: 'd1' }, mergedId: 'd2' }, { debtorIds: [], all: true }],
    ['an import', 'import-apply', { format: 'cobro', rows: [] }, { created: 3 }, { debtorIds: [], all: true }],
    ['a restore', 'backup-restore', { text: '{}' }, { restored: true }, { debtorIds: [], all: true }],
    ['settings', 'settings-set', { patch: {} }, {}, { debtorIds: [], all: true }],
    ['the demo ledger', 'demo-load', {}, { loaded: true, debtors: 12 }, { debtorIds: [], all: true }],
    ['a name that is no handler', 'drop-everything', { debtorId: 'd1' }, {}, null],
  ])('%s', (_label, name, input, output, expected) => {
    expect(ledgerChangeOf(name, input, output)).toEqual(expected);
  });
});

// ------------------------------------------------------------------ against a real ledger

interface Seeded {
  ledger: TestLedger;
  ana: string;
  bea: string;
  invoice: string;
}

async function seeded(): Promise<Seeded> {
  const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
  const created = must(
    await ledger.client.send('debtor-create', {
      name: 'Ana',
      emails: ['ana@x.es'],
      firstInvoice: { number: 'F-1', currency: 'EUR', amount: 1000, dueDate: '2026-02-01' },
    }),
  );
  // A second debtor, so a change that named everyone would show.
  const bea = must(
    await ledger.client.send('debtor-create', { name: 'Bea', emails: ['bea@x.es'], firstInvoice: { number: 'B-1', currency: 'EUR', amount: 500, dueDate: '2026-02-10' } }),
  );
  return { ledger, ana: created.debtor.id, bea: bea.debtor.id, invoice: created.invoice!.id };
}

async function changesOf(ledger: TestLedger, name: HandlerName, input: unknown): Promise<{ changes: LedgerChange[]; output: unknown }> {
  const changes: LedgerChange[] = [];
  const result = await runLedgerRequest(handlerRequest(name, input), { handlers: ledger.handlers, onChange: (c) => changes.push(c) });
  return { changes, output: must(result) };
}

/** A valid call of every 'debtors' handler that touches Ana (prerequisites made first). */
const DEBTOR_WRITES: Record<string, (s: Seeded) => Promise<unknown>> = {
  'debtor-update': async (s) => ({ id: s.ana, patch: { notes: 'calls after 10' } }),
  'debtor-delete': async (s) => ({ id: s.ana }),
  'debtor-pause': async (s) => ({ id: s.ana, reason: 'on holiday', until: null }),
  'debtor-resume': async (s) => ({ id: s.ana }),
  'delinquency-override': async (s) => ({ debtorId: s.ana, kind: null, reason: '' }),
  'invoice-create': async (s) => ({ debtorId: s.ana, number: 'F-2', currency: 'EUR', amount: 500, dueDate: '2026-02-15' }),
  'invoice-update': async (s) => ({ id: s.invoice, patch: { amount: 2000 } }),
  'invoice-dispute': async (s) => ({ debtorId: s.ana, reason: 'not ordered' }),
  'debtor-write-off': async (s) => ({ debtorId: s.ana, reason: 'closed down' }),
  'dispute-resolve': async (s) => {
    must(await s.ledger.client.send('invoice-dispute', { debtorId: s.ana, reason: 'not ordered' }));
    return { debtorId: s.ana };
  },
  'payment-record': async (s) => ({ debtorId: s.ana, currency: 'EUR', amount: 100, date: '2026-02-20' }),
  'promise-record': async (s) => ({ debtorId: s.ana, currency: 'EUR', amount: 1000, date: '2026-03-10' }),
  'promise-cancel': async (s) => {
    const made = must(await s.ledger.client.send('promise-record', { debtorId: s.ana, currency: 'EUR', amount: 1000, date: '2026-03-10' }));
    return { id: made.promise.id };
  },
  'plan-create': async (s) => ({
    debtorId: s.ana,
    invoiceIds: [s.invoice],
    installments: [
      { dueDate: '2026-03-10', amount: 500 },
      { dueDate: '2026-04-10', amount: 500 },
    ],
  }),
  'plan-cancel': async (s) => {
    const made = must(
      await s.ledger.client.send('plan-create', { debtorId: s.ana, invoiceIds: [s.invoice], installments: [{ dueDate: '2026-03-10', amount: 1000 }] }),
    );
    return { id: made.plan.id };
  },
  'event-log': async (s) => ({ debtorId: s.ana, kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'reached' }),
  'mail-sent': async () => ({ host: 'gmail', to: ['ana@x.es'], messageId: 'msg-1', subject: 'Factura F-1' }),
  'invoice-capture': async (s) => ({ debtor: { id: s.ana }, invoice: { number: 'F-3', currency: 'EUR', amount: 700, dueDate: '2026-02-15' }, source: { format: 'page' } }),
  'reply-act': async (s) => ({ ...REPLY, debtorId: s.ana, intent: 'dispute', quote: 'no reconocemos la factura', action: { kind: 'dispute', reason: 'no reconocemos la factura' } }),
  'reply-dismiss': async (s) => ({ ...REPLY, debtorId: s.ana, intent: 'promise', quote: 'le pagamos el viernes' }),
};

/** A reply from Ana, as Gmail names it. */
const REPLY = { mail: { host: 'gmail', messageId: 'msg-f:9' }, sentAt: '2026-03-02T10:00:00+01:00' } as const;

/** A Cobro export of one new debtor's invoice. */
const COBRO_FILE = {
  text: 'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status\nCasa Luz,luz@x.es,L-1,EUR,100.00,0,2026-01-01,2026-01-10,open\n',
  fileName: 'cobro.csv',
};

/** A valid call of every read handler. */
const READS: Record<string, (s: Seeded) => unknown> = {
  'debtor-lookup': () => ({ emails: ['ana@x.es', 'nobody@x.es'] }),
  'debtor-get': (s) => ({ id: s.ana }),
  'debtor-search': () => ({ query: 'an' }),
  'events-list': (s) => ({ debtorId: s.ana }),
  'followups-today': () => ({}),
  'followups-count': () => ({}),
  'status-get': (s) => ({ debtorId: s.ana }),
  'templates-list': () => ({}),
  'template-render': (s) => ({ templateId: 'builtin:overdue:es', debtorId: s.ana }),
  'templates-for-debtor': (s) => ({ debtorId: s.ana }),
  'settings-get': () => ({}),
  'diagnostics-list': () => ({}),
  'debtor-list': () => ({}),
  'summaries-refresh': () => ({}),
  'overview-get': () => ({}),
  'template-preview': (s) => ({ debtorId: s.ana, purpose: 'overdue', locale: 'es', subject: 'Factura', body: 'Hola {debtorName}' }),
  'import-preview': () => COBRO_FILE,
  'invoices-export': () => ({}),
  'backup-export': () => ({}),
  'page-lookup': () => ({ numbers: ['F-1', 'Z-9'], emails: ['ana@x.es'] }),
  'claim-file': (s) => ({ debtorId: s.ana, language: 'es' }),
  'reply-read': (s) => ({ ...REPLY, debtorId: s.ana, text: 'Le pagamos el viernes sin falta.' }),
};

async function ownTemplate(s: Seeded): Promise<string> {
  const made = must(await s.ledger.client.send('template-create', { name: 'Mía', purpose: 'overdue', locale: 'es', subject: 'Hola', body: 'Hola {debtorName}' }));
  return made.id;
}

/** A valid call of every write that may change any debtor, on the seeded ledger. */
const WIDE_WRITES: Record<string, (s: Seeded) => Promise<unknown>> = {
  'invoice-delete': async (s) => ({ id: s.invoice }),
  'template-create': async () => ({ name: 'Mía', purpose: 'overdue', locale: 'es', subject: 'Hola', body: 'Hola {debtorName}' }),
  'template-update': async (s) => ({ id: await ownTemplate(s), patch: { subject: 'Hola otra vez' } }),
  'template-delete': async (s) => ({ id: await ownTemplate(s) }),
  'settings-set': async () => ({ patch: { signature: 'Ana' } }),
  'debtor-merge': async (s) => ({ keepId: s.ana, mergeId: s.bea }),
  'import-apply': async (s) => {
    const read = must(await s.ledger.client.send('import-preview', COBRO_FILE));
    if (read.stage !== 'ready') throw new Error(`expected a ready preview, got ${read.stage}`);
    return { format: read.format, rows: read.rows, mentioned: read.mentioned, acceptProposedPaid: false, expected: read.plan.summary };
  },
  'backup-restore': async (s) => ({ text: must(await s.ledger.client.send('backup-export', {})).text }),
};

const namesOf = (kind: ChangeClass) => HANDLER_NAMES.filter((name) => HANDLER_CHANGES[name] === kind);

describe('the classes hold for real calls', () => {
  it('has a real call for every handler, so every class below is shown by one', () => {
    expect(Object.keys(READS).sort()).toEqual(namesOf('read').sort());
    expect([...Object.keys(DEBTOR_WRITES), 'debtor-create'].sort()).toEqual(namesOf('debtors').sort());
    expect([...Object.keys(WIDE_WRITES), 'demo-load'].sort()).toEqual(namesOf('all').sort());
    expect(namesOf('no-debtor')).toEqual(['diagnostic-record']);
  });

  it.each(namesOf('read'))('%s writes nothing and reports no change', async (name) => {
    const s = await seeded();
    const before = await dumpDb(s.ledger.db);
    const { changes } = await changesOf(s.ledger, name, READS[name]!(s));
    expect(changes).toEqual([]);
    expect(await dumpDb(s.ledger.db)).toEqual(before);
    expect(isReadOnlyHandler(name)).toBe(true);
  });

  it.each(Object.keys(WIDE_WRITES) as HandlerName[])('%s reports that any debtor may have changed', async (name) => {
    const s = await seeded();
    const input = await WIDE_WRITES[name]!(s);
    const { changes } = await changesOf(s.ledger, name, input);
    expect(changes).toEqual([{ debtorIds: [], all: true }]);
    expect(isReadOnlyHandler(name)).toBe(false);
  });

  it('demo-load, on an empty ledger, reports that any debtor may have changed', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    const { changes } = await changesOf(ledger, 'demo-load', {});
    expect(changes).toEqual([{ debtorIds: [], all: true }]);
  });

  it('diagnostic-record writes only the diagnostics, and reports no debtor change', async () => {
    const s = await seeded();
    const before = await dumpDb(s.ledger.db);
    const { changes } = await changesOf(s.ledger, 'diagnostic-record', { code: 'gmail-layout', detail: 'no thread id', dedupeKey: 'gmail-layout:1' });
    expect(changes).toEqual([]);
    const after = await dumpDb(s.ledger.db);
    expect(after.diagnostics).toHaveLength(before.diagnostics.length + 1);
    expect({ ...after, diagnostics: [] }).toEqual({ ...before, diagnostics: [] });
    expect(isReadOnlyHandler('diagnostic-record')).toBe(false);
  });

  it.each(Object.keys(DEBTOR_WRITES) as HandlerName[])('%s reports the debtor it touched, and only them', async (name) => {
    const s = await seeded();
    const input = await DEBTOR_WRITES[name]!(s);
    const { changes } = await changesOf(s.ledger, name, input);
    expect(changes).toEqual([{ debtorIds: [s.ana], all: false }]);
    expect(isReadOnlyHandler(name)).toBe(false);
  });

  it('debtor-create reports the new debtor', async () => {
    const s = await seeded();
    const { changes, output } = await changesOf(s.ledger, 'debtor-create', { name: 'Carla', emails: ['carla@x.es'] });
    expect(changes).toEqual([{ debtorIds: [(output as { debtor: { id: string } }).debtor.id], all: false }]);
  });
});
