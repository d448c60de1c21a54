import { describe, expect, it } from 'vitest';
import type { HandlerInput } from '../ledger/api';
import { createTestLedger, must, mustFail } from '../ledger/test-ledger';
import { dumpDb } from '../ledger/test-support';

const MAIL = { host: 'gmail', threadId: 'thread-f:1', messageId: 'msg-f:1' } as const;
const SENT = '2026-12-02T10:00:00+01:00';
const PROMISE = 'Buenos días, le confirmo que el viernes 11 de diciembre le hacemos la transferencia de los 480 €.\nUn saludo,\nMarta';

/** Clínica Sonrisa (Madrid) owes 480,00 € on F-2026-031, due a month before the reply. */
async function seeded() {
  const ledger = createTestLedger('2026-12-02T09:30:00.000Z');
  const created = must(
    await ledger.client.send('debtor-create', {
      name: 'Clínica Sonrisa',
      emails: ['marta@clinicasonrisa.example'],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      firstInvoice: { number: 'F-2026-031', currency: 'EUR', amount: 48_000, dueDate: '2026-11-02' },
    }),
  );
  return { ledger, send: ledger.client.send, debtorId: created.debtor.id, invoiceId: created.invoice!.id };
}

describe('reply-read', () => {
  it('reads a promise with its day and amount, undecided', async () => {
    const { send, debtorId } = await seeded();
    const reading = must(await send('reply-read', { debtorId, mail: MAIL, text: PROMISE, sentAt: SENT }));
    expect(reading.language).toBe('es');
    const promise = reading.findings.find((finding) => finding.intent === 'promise');
    expect(promise).toMatchObject({ date: '2026-12-11', amount: { minor: 48_000, currency: 'EUR' }, decision: null });
    expect(reading.body.slice(promise!.evidence.start, promise!.evidence.end)).toBe(promise!.evidence.text);
  });

  it('finds nothing in a negated promise', async () => {
    const { send, debtorId } = await seeded();
    const text = 'No le he dicho que vayamos a pagar esta semana. Lo estamos revisando con contabilidad.';
    const reading = must(await send('reply-read', { debtorId, mail: MAIL, text, sentAt: SENT }));
    expect(reading.findings.map((finding) => finding.intent)).not.toContain('promise');
  });

  it('refuses an unknown debtor and an over-long text, reading nothing', async () => {
    const { send } = await seeded();
    expect(mustFail(await send('reply-read', { debtorId: 'nobody', mail: MAIL, text: PROMISE, sentAt: SENT })).code).toBe('not-found');
    const { send: send2, debtorId } = await seeded();
    expect(mustFail(await send2('reply-read', { debtorId, mail: MAIL, text: 'x'.repeat(100_001), sentAt: SENT })).code).toBe('invalid-input');
  });
});

describe('reply-act', () => {
  const act = (debtorId: string, action: HandlerInput<'reply-act'>['action'], intent: HandlerInput<'reply-act'>['intent'] = 'promise') => ({
    debtorId,
    mail: MAIL,
    sentAt: SENT,
    intent,
    quote: 'el viernes 11 de diciembre le hacemos la transferencia de los 480 €',
    action,
  });

  it('records the promise and the debtor’s words in one write; the finding then reads as accepted', async () => {
    const { send, debtorId } = await seeded();
    const { event } = must(await send('reply-act', act(debtorId, { kind: 'promise', amount: 48_000, currency: 'EUR', date: '2026-12-11' })));
    expect(event).toMatchObject({
      kind: 'note',
      channel: 'email',
      direction: 'inbound',
      at: '2026-12-02T09:00:00.000Z',
      note: 'el viernes 11 de diciembre le hacemos la transferencia de los 480 €',
      reading: { intent: 'promise', decision: 'accepted' },
      mail: MAIL,
    });
    const detail = must(await send('debtor-get', { id: debtorId }));
    expect(detail.status.state).toBe('promised');
    const reading = must(await send('reply-read', { debtorId, mail: MAIL, text: PROMISE, sentAt: SENT }));
    expect(reading.findings.find((finding) => finding.intent === 'promise')?.decision).toBe('accepted');
  });

  it('does nothing twice: the same finding of the same message is decided once', async () => {
    const { ledger, send, debtorId } = await seeded();
    must(await send('reply-act', act(debtorId, { kind: 'promise', amount: 48_000, currency: 'EUR', date: '2026-12-11' })));
    const before = await dumpDb(ledger.db);
    expect(mustFail(await send('reply-act', act(debtorId, { kind: 'promise', amount: 48_000, currency: 'EUR', date: '2026-12-11' }))).code).toBe('conflict');
    expect(mustFail(await send('reply-dismiss', { debtorId, mail: MAIL, sentAt: SENT, intent: 'promise', quote: 'x' })).code).toBe('conflict');
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('writes nothing when the action fails (a promise over what is owed)', async () => {
    const { ledger, send, debtorId } = await seeded();
    const before = await dumpDb(ledger.db);
    const failed = mustFail(await send('reply-act', act(debtorId, { kind: 'promise', amount: 99_000, currency: 'EUR', date: '2026-12-11' })));
    expect(failed.code).toBe('overpayment');
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it.each([
    ['payment', { kind: 'payment', amount: 48_000, currency: 'EUR', date: '2026-12-01' }, 'paid_claim', 'clear'],
    ['pause', { kind: 'pause', reason: '«ya lo pagamos ayer»', until: '2026-12-07' }, 'paid_claim', 'paused'],
    ['dispute', { kind: 'dispute', reason: 'no reconocemos esta factura' }, 'dispute', 'disputed'],
    ['plan', { kind: 'plan', invoiceIds: ['FIRST'], installments: [{ dueDate: '2026-12-15', amount: 24_000 }, { dueDate: '2027-01-15', amount: 24_000 }] }, 'plan_request', 'on-plan'],
  ] as const)('%s: the card’s own action, with the inbound event', async (_name, action, intent, state) => {
    const { send, debtorId, invoiceId } = await seeded();
    const withIds = action.kind === 'plan' ? { ...action, invoiceIds: [invoiceId] } : action;
    must(await send('reply-act', act(debtorId, withIds as HandlerInput<'reply-act'>['action'], intent)));
    const detail = must(await send('debtor-get', { id: debtorId }));
    expect(detail.status.state).toBe(state);
    const events = must(await send('events-list', { debtorId }));
    expect(events.filter((event) => event.reading?.intent === intent && event.reading.decision === 'accepted')).toHaveLength(1);
  });
});

describe('reply-dismiss', () => {
  it('logs the words as read and dismissed, and changes nothing else', async () => {
    const { send, debtorId } = await seeded();
    const { event } = must(await send('reply-dismiss', { debtorId, mail: MAIL, sentAt: SENT, intent: 'promise', quote: 'el viernes 11' }));
    expect(event.reading).toEqual({ intent: 'promise', decision: 'dismissed' });
    expect(must(await send('debtor-get', { id: debtorId })).status.state).not.toBe('promised');
    const reading = must(await send('reply-read', { debtorId, mail: MAIL, text: PROMISE, sentAt: SENT }));
    expect(reading.findings.find((finding) => finding.intent === 'promise')?.decision).toBe('dismissed');
  });
});
