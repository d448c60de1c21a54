import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countHashMismatches, eventHash, sha256Hex, withHash } from './event-hash';
import type { Event } from './schema';
import { createTestLedger, must } from './test-ledger';

const AT = '2026-03-02T10:00:00.000Z';
const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const EVENT: Event = {
  id: 'e1',
  debtorId: 'd1',
  at: AT,
  kind: 'email',
  channel: 'email',
  direction: 'outbound',
  step: 'overdue',
  invoiceIds: ['i2', 'i1'],
  subject: 'Factura vencida — Núñez',
  mail: { host: 'gmail', threadId: 't1', messageId: 'm1' },
  dedupeKey: 'gmail:m1:d1',
};
// RFC 8785 by hand: keys sorted by UTF-16 code units at every level, no white space, arrays
// in their own order, non-ASCII text as is.
const EVENT_JSON =
  '{"at":"2026-03-02T10:00:00.000Z","channel":"email","debtorId":"d1","dedupeKey":"gmail:m1:d1","direction":"outbound","id":"e1","invoiceIds":["i2","i1"],' +
  '"kind":"email","mail":{"host":"gmail","messageId":"m1","threadId":"t1"},"step":"overdue","subject":"Factura vencida — Núñez"}';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['Clínica €', nodeSha256('Clínica €')],
  ])('%j', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });
});

describe('event hashes', () => {
  it('are the SHA-256 of the event’s canonical JSON without the hash', () => {
    const hashed = withHash(EVENT);
    expect(hashed.hash).toBe(nodeSha256(EVENT_JSON));
    expect(eventHash(hashed)).toBe(hashed.hash);
    expect(eventHash(EVENT)).toBe(hashed.hash);
  });

  it('do not depend on the order fields were written in', () => {
    const reversed = Object.fromEntries(Object.entries(EVENT).reverse()) as Event;
    expect(withHash(reversed).hash).toBe(withHash(EVENT).hash);
  });

  it.each<[string, Partial<Event>]>([
    ['the time', { at: '2026-03-02T10:00:01.000Z' }],
    ['the subject', { subject: 'Factura vencida — Nuñez' }],
    ['the order of the invoices', { invoiceIds: ['i1', 'i2'] }],
    ['the debtor', { debtorId: 'd2' }],
    ['a nested field', { mail: { host: 'outlook', threadId: 't1', messageId: 'm1' } }],
  ])('change when %s changes', (_what, change) => {
    expect(withHash({ ...EVENT, ...change }).hash).not.toBe(withHash(EVENT).hash);
  });

  it('replace a stale hash on the way in', () => {
    const hashed = withHash(EVENT);
    const moved = withHash({ ...hashed, debtorId: 'd2' });
    expect(moved.hash).toBe(withHash({ ...EVENT, debtorId: 'd2' }).hash);
    expect(countHashMismatches([hashed, moved, { ...hashed, debtorId: 'd2' }])).toBe(1);
  });

  it('store a lone half of a surrogate pair as U+FFFD, so the text has a UTF-8 form', () => {
    const cut = 'Hola 😀'.slice(0, -1);
    const hashed = withHash({ ...EVENT, subject: cut });
    expect(hashed.subject).toBe('Hola \uFFFD');
    expect(hashed.hash).toBe(eventHash(hashed));
  });

  it('refuse an event the schema refuses', () => {
    expect(() => withHash({ ...EVENT, kind: 'telegram' as Event['kind'] })).toThrow();
  });
});

describe('every write of an event stores its hash', () => {
  it('logging, sending, money, disputes, pauses, the demo and merges', async () => {
    const ledger = createTestLedger(AT);
    must(await ledger.client.send('demo-load', {}));
    const { debtor: a } = must(await ledger.client.send('debtor-create', { name: 'Ana Núñez', emails: ['ana@x.es'] }));
    const { debtor: b } = must(await ledger.client.send('debtor-create', { name: 'Ana Nunez', emails: ['ana@y.es'] }));
    const invoice = must(await ledger.client.send('invoice-create', { debtorId: b.id, number: 'F-1', currency: 'EUR', amount: 10000, dueDate: '2026-02-01' }));
    must(await ledger.client.send('event-log', { debtorId: b.id, kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'voicemail', invoiceIds: [] }));
    must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['ana@y.es'], subject: 'Recordatorio', messageId: 'm-1' }));
    must(await ledger.client.send('payment-record', { debtorId: b.id, currency: 'EUR', amount: 2000, date: '2026-03-01' }));
    must(await ledger.client.send('promise-record', { debtorId: b.id, currency: 'EUR', amount: 8000, date: '2026-03-20' }));
    must(await ledger.client.send('invoice-dispute', { debtorId: b.id, invoiceIds: [invoice.id], reason: 'Wrong amount' }));
    must(await ledger.client.send('dispute-resolve', { debtorId: b.id }));
    must(await ledger.client.send('debtor-pause', { id: b.id, reason: 'Holidays', until: null }));
    must(await ledger.client.send('debtor-resume', { id: b.id }));
    const before = await ledger.db.events.filter((event) => event.debtorId === b.id).count();
    expect(before).toBe(8);
    must(await ledger.client.send('debtor-merge', { keepId: a.id, mergeId: b.id }));

    const events = await ledger.db.events.toArray();
    expect(events.length).toBeGreaterThan(20);
    expect(events.filter((event) => event.debtorId === a.id)).toHaveLength(before + 1);
    for (const event of events) expect(event.hash).toBe(eventHash(event));
  });
});
