import { describe, expect, it } from 'vitest';
import { createHandlers, createClient, inProcessTransport } from '../api';
import { openCobroDb } from '../db';
import { createTestLedger, must, mustFail, type TestLedger } from '../test-ledger';
import { sequentialIds } from '../test-support';
import { eventHash } from '../event-hash';

async function debtorWith(ledger: TestLedger, name: string, emails: string[]) {
  return must(
    await ledger.client.send('debtor-create', { name, emails, firstInvoice: { number: 'F-1', currency: 'EUR', amount: 1000, dueDate: '2026-02-01' } }),
  );
}

const CALL = { kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'voicemail' } as const;

describe('event-log', () => {
  it('logs once per dedupe key: a repeat returns the first event with created false', async () => {
    const ledger = createTestLedger();
    const { debtor } = await debtorWith(ledger, 'Ana', ['ana@x.es']);
    const first = must(await ledger.client.send('event-log', { debtorId: debtor.id, ...CALL, dedupeKey: 'call-1' }));
    ledger.setNow('2026-03-02T11:00:00.000Z');
    const again = must(await ledger.client.send('event-log', { debtorId: debtor.id, ...CALL, outcome: 'reached', dedupeKey: 'call-1' }));
    expect(first.created).toBe(true);
    expect(again).toEqual({ event: first.event, created: false });
    expect(await ledger.db.events.count()).toBe(1);
  });

  it('logs once under concurrent calls with the same key', async () => {
    const ledger = createTestLedger();
    const { debtor } = await debtorWith(ledger, 'Ana', ['ana@x.es']);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => ledger.client.send('event-log', { debtorId: debtor.id, ...CALL, dedupeKey: 'same' })),
    );
    const values = results.map(must);
    expect(values.filter((v) => v.created)).toHaveLength(1);
    expect(new Set(values.map((v) => v.event.id)).size).toBe(1);
    expect(await ledger.db.events.where('dedupeKey').equals('same').count()).toBe(1);
  });

  it('logs once when two connections to the same database race', async () => {
    const ledger = createTestLedger();
    const { debtor } = await debtorWith(ledger, 'Ana', ['ana@x.es']);
    const second = createClient(
      inProcessTransport(createHandlers({ db: openCobroDb(ledger.db.name), now: ledger.ctx.now, newId: sequentialIds('other') })),
    );
    const [a, b] = await Promise.all([
      ledger.client.send('event-log', { debtorId: debtor.id, ...CALL, dedupeKey: 'race' }),
      second.send('event-log', { debtorId: debtor.id, ...CALL, dedupeKey: 'race' }),
    ]);
    expect([must(a).created, must(b).created].sort()).toEqual([false, true]);
    expect(must(a).event.id).toBe(must(b).event.id);
  });

  it('generates a distinct key when none is given, and stores times as UTC', async () => {
    const ledger = createTestLedger();
    const { debtor } = await debtorWith(ledger, 'Ana', ['ana@x.es']);
    const a = must(await ledger.client.send('event-log', { debtorId: debtor.id, ...CALL, at: '2026-03-01T09:00:00+01:00' }));
    const b = must(await ledger.client.send('event-log', { debtorId: debtor.id, ...CALL }));
    expect(a.event.dedupeKey).not.toBe(b.event.dedupeKey);
    expect(a.event.at).toBe('2026-03-01T08:00:00.000Z');
    expect(b.event.at).toBe('2026-03-02T10:00:00.000Z');
  });

  it.each([
    ['an unknown debtor', 'ghost', []],
    ['an invoice of another debtor', 'self', ['foreign']],
  ])('is not-found for %s', async (_label, who, invoices) => {
    const ledger = createTestLedger();
    const { debtor } = await debtorWith(ledger, 'Ana', ['ana@x.es']);
    const other = await debtorWith(ledger, 'Bea', ['bea@x.es']);
    const invoiceIds = invoices.map(() => other.invoice!.id);
    const error = mustFail(await ledger.client.send('event-log', { debtorId: who === 'self' ? debtor.id : who, ...CALL, invoiceIds }));
    expect(error.code).toBe('not-found');
    expect(await ledger.db.events.count()).toBe(0);
  });
});

describe('mail-sent', () => {
  it('logs one outbound email per known debtor among all recipients', async () => {
    const ledger = createTestLedger();
    const ana = await debtorWith(ledger, 'Ana', ['ana@x.es', 'pagos@x.es']);
    const bea = await debtorWith(ledger, 'Bea', ['bea@y.es']);
    const result = must(
      await ledger.client.send('mail-sent', {
        host: 'gmail',
        to: ['Ana@X.es', 'pagos@x.es', 'bea@y.es', 'stranger@z.es'],
        subject: 'Factura F-1',
        threadId: 't-1',
        messageId: 'm-1',
        templateId: 'builtin:overdue:es',
        invoiceIds: [ana.invoice!.id, bea.invoice!.id],
      }),
    );
    expect(result.duplicates).toBe(0);
    const byDebtor = Object.fromEntries(result.logged.map((e) => [e.debtorId, e]));
    expect(Object.keys(byDebtor).sort()).toEqual([ana.debtor.id, bea.debtor.id].sort());
    expect(byDebtor[ana.debtor.id]).toMatchObject({
      kind: 'email',
      channel: 'email',
      direction: 'outbound',
      templateId: 'builtin:overdue:es',
      step: 'overdue',
      invoiceIds: [ana.invoice!.id],
      subject: 'Factura F-1',
      mail: { host: 'gmail', threadId: 't-1', messageId: 'm-1' },
      dedupeKey: `gmail:m-1:${ana.debtor.id}`,
    });
    expect(byDebtor[bea.debtor.id]!.invoiceIds).toEqual([bea.invoice!.id]);
  });

  it('counts a repeated send as duplicates and logs nothing new', async () => {
    const ledger = createTestLedger();
    await debtorWith(ledger, 'Ana', ['ana@x.es']);
    await debtorWith(ledger, 'Bea', ['bea@y.es']);
    const send = { host: 'outlook' as const, to: ['ana@x.es', 'bea@y.es'], messageId: 'AAMk-1' };
    expect(must(await ledger.client.send('mail-sent', send)).logged).toHaveLength(2);
    const [again, concurrent] = await Promise.all([ledger.client.send('mail-sent', send), ledger.client.send('mail-sent', send)]);
    expect(must(again)).toEqual({ logged: [], duplicates: 2 });
    expect(must(concurrent)).toEqual({ logged: [], duplicates: 2 });
    expect(await ledger.db.events.count()).toBe(2);
  });

  it.each<[string, { templateId?: string; step?: 'firm' | 'formal' }, { templateId?: string; step?: string }]>([
    ['without a template: a plain contact, no step even if one is sent', { step: 'firm' }, { templateId: undefined, step: undefined }],
    ['with a template: its purpose is the step', { templateId: 'builtin:firm:en' }, { templateId: 'builtin:firm:en', step: 'firm' }],
    ['with a template and an explicit step', { templateId: 'builtin:firm:en', step: 'formal' }, { step: 'formal' }],
    ['with a custom template id', { templateId: 'CUSTOM' }, { templateId: 'id-000003', step: 'reconnect' }],
  ])('%s', async (_label, extra, expected) => {
    const ledger = createTestLedger();
    await debtorWith(ledger, 'Ana', ['ana@x.es']);
    const custom = must(await ledger.client.send('template-create', { name: 'Mine', purpose: 'reconnect', locale: 'es', subject: 'Hola', body: 'Hola {debtorName}' }));
    const templateId = extra.templateId === 'CUSTOM' ? custom.id : extra.templateId;
    const { logged } = must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['ana@x.es'], messageId: 'm', ...extra, ...(templateId ? { templateId } : {}) }));
    expect(logged).toHaveLength(1);
    expect({ templateId: logged[0]!.templateId, step: logged[0]!.step }).toMatchObject(expected);
    if (expected.step === undefined) expect(logged[0]).not.toHaveProperty('step');
  });

  it('keeps the sent text in the event and its hash, and leaves it out of the card', async () => {
    const ledger = createTestLedger();
    const { debtor } = await debtorWith(ledger, 'Ana', ['ana@x.es']);
    const sentText = 'Hola Ana,\n\nLe recordamos la factura F-1.\n\n[quoted text left out]';
    const [event] = must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['ana@x.es'], messageId: 'm', sentText })).logged;
    expect(event!.sentText).toBe(sentText);
    expect(eventHash(event!)).toBe(event!.hash);
    expect(eventHash({ ...event!, sentText: sentText.replace('F-1', 'F-2') })).not.toBe(event!.hash);
    expect(must(await ledger.client.send('events-list', { debtorId: debtor.id }))[0]!.sentText).toBe(sentText);
    expect(must(await ledger.client.send('debtor-get', { id: debtor.id })).events[0]).not.toHaveProperty('sentText');
  });

  it('logs nothing when no recipient is a debtor', async () => {
    const ledger = createTestLedger();
    await debtorWith(ledger, 'Ana', ['ana@x.es']);
    expect(must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['who@else.es'], messageId: 'm' }))).toEqual({ logged: [], duplicates: 0 });
  });
});

describe('events-list', () => {
  it('pages a timeline newest first', async () => {
    const ledger = createTestLedger();
    const { debtor } = await debtorWith(ledger, 'Ana', ['ana@x.es']);
    const other = await debtorWith(ledger, 'Bea', ['bea@x.es']);
    for (let day = 1; day <= 5; day++) {
      const at = `2026-02-0${day}T10:00:00.000Z`;
      must(await ledger.client.send('event-log', { debtorId: debtor.id, kind: 'note', channel: 'system', direction: 'internal', at, note: `d${day}` }));
      must(await ledger.client.send('event-log', { debtorId: other.debtor.id, kind: 'note', channel: 'system', direction: 'internal', at, note: `other${day}` }));
    }
    const page1 = must(await ledger.client.send('events-list', { debtorId: debtor.id, limit: 2 }));
    expect(page1.map((e) => e.note)).toEqual(['d5', 'd4']);
    const page2 = must(await ledger.client.send('events-list', { debtorId: debtor.id, limit: 2, before: page1[1]!.at }));
    expect(page2.map((e) => e.note)).toEqual(['d3', 'd2']);
    const page3 = must(await ledger.client.send('events-list', { debtorId: debtor.id, limit: 2, before: page2[1]!.at }));
    expect(page3.map((e) => e.note)).toEqual(['d1']);
  });
});
