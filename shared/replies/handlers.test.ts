import { describe, expect, it } from 'vitest';
import type { HandlerInput } from '../ledger/api';
import { withHash } from '../ledger/event-hash';
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

describe('reply-read says what each decision did, from the record it wrote', () => {
  const PAID = 'Buenos días, ya les hicimos la transferencia ayer.';
  const DISPUTE = 'No estamos de acuerdo con esta factura: el importe no es el acordado.';
  const PLAN = '¿Podríamos pagarlo en 2 plazos?';
  type Action = HandlerInput<'reply-act'>['action'];
  const decide = (debtorId: string, intent: HandlerInput<'reply-act'>['intent'], action: Action) => ({ debtorId, mail: MAIL, sentAt: SENT, intent, quote: 'sus palabras', action });

  it.each([
    ['a promise', PROMISE, 'promise', { kind: 'promise', amount: 48_000, currency: 'EUR', date: '2026-12-11' }, { kind: 'promise', amount: 48_000, currency: 'EUR', date: '2026-12-11', cancelled: false }],
    ['a payment', PAID, 'paid_claim', { kind: 'payment', amount: 20_000, currency: 'EUR', date: '2026-12-01' }, { kind: 'payment', amount: 20_000, currency: 'EUR', date: '2026-12-01' }],
    ['a pause with a last day', PAID, 'paid_claim', { kind: 'pause', reason: 'dice que ha pagado', until: '2026-12-07' }, { kind: 'pause', until: '2026-12-07', current: true }],
    ['an open pause', PAID, 'paid_claim', { kind: 'pause', reason: 'dice que ha pagado', until: null }, { kind: 'pause', until: null, current: true }],
    ['a dispute', DISPUTE, 'dispute', { kind: 'dispute', reason: 'no es el importe acordado' }, { kind: 'dispute' }],
    ['a plan', PLAN, 'plan_request', { kind: 'plan', invoiceIds: ['FIRST'], installments: [{ dueDate: '2026-12-15', amount: 24_000 }, { dueDate: '2027-01-15', amount: 24_000 }] }, { kind: 'plan', installments: 2, cancelled: false }],
  ] as const)('%s', async (_name, text, intent, action, done) => {
    const { send, debtorId, invoiceId } = await seeded();
    const withIds = action.kind === 'plan' ? { ...action, invoiceIds: [invoiceId] } : action;
    must(await send('reply-act', decide(debtorId, intent, withIds as Action)));
    const reading = must(await send('reply-read', { debtorId, mail: MAIL, text, sentAt: SENT }));
    expect(reading.findings.find((finding) => finding.intent === intent)).toMatchObject({ decision: 'accepted', done });
  });

  it.each([
    ['a promise cancelled since', PROMISE, 'promise', { kind: 'promise', amount: 48_000, currency: 'EUR', date: '2026-12-11' }, { kind: 'promise', cancelled: true }],
    ['a pause resumed since', PAID, 'paid_claim', { kind: 'pause', reason: 'dice que ha pagado', until: '2026-12-07' }, { kind: 'pause', until: null, current: false }],
  ] as const)('%s', async (_name, text, intent, action, done) => {
    const { send, debtorId } = await seeded();
    must(await send('reply-act', decide(debtorId, intent, action)));
    const detail = must(await send('debtor-get', { id: debtorId }));
    if (action.kind === 'promise') must(await send('promise-cancel', { id: detail.promises[0]!.id }));
    else must(await send('debtor-resume', { id: debtorId }));
    const reading = must(await send('reply-read', { debtorId, mail: MAIL, text, sentAt: SENT }));
    expect(reading.findings.find((finding) => finding.intent === intent)?.done).toMatchObject(done);
  });

  it('a decision logged before decisions were linked reads as recorded; a dismissal as dismissed', async () => {
    const { ledger, send, debtorId } = await seeded();
    await ledger.db.events.add(
      withHash({
        id: 'old-reading',
        debtorId,
        at: '2026-12-02T09:00:00.000Z',
        kind: 'note',
        channel: 'email',
        direction: 'inbound',
        invoiceIds: [],
        note: 'el viernes 11 de diciembre',
        reading: { intent: 'promise', decision: 'accepted' },
        dedupeKey: `reply:gmail:${MAIL.messageId}:promise`,
      }),
    );
    const reading = must(await send('reply-read', { debtorId, mail: MAIL, text: PROMISE, sentAt: SENT }));
    expect(reading.findings.find((finding) => finding.intent === 'promise')?.done).toEqual({ kind: 'recorded' });

    const other = { ...MAIL, messageId: 'msg-f:2' };
    must(await send('reply-dismiss', { debtorId, mail: other, sentAt: SENT, intent: 'promise', quote: 'el viernes' }));
    const dismissed = must(await send('reply-read', { debtorId, mail: other, text: PROMISE, sentAt: SENT }));
    expect(dismissed.findings.find((finding) => finding.intent === 'promise')).toMatchObject({ decision: 'dismissed', done: { kind: 'dismissed' } });
  });

  it('answers with the debtor’s card, so the lines need no second read', async () => {
    const { send, debtorId } = await seeded();
    const reading = must(await send('reply-read', { debtorId, mail: MAIL, text: PROMISE, sentAt: SENT }));
    expect(reading.detail).toEqual(must(await send('debtor-get', { id: debtorId })));
  });
});

describe('one decision for several findings of a message (hardship beside a plan request)', () => {
  const PLAN = 'Estamos con problemas de liquidez. ¿Podríamos pagarlo en 2 plazos?';
  const together = [{ intent: 'hardship' as const, quote: 'Estamos con problemas de liquidez' }];

  it('a plan answers both: each finding is logged with its own words and reads as the plan', async () => {
    const { send, debtorId, invoiceId } = await seeded();
    const installments = [{ dueDate: '2026-12-15', amount: 24_000 }, { dueDate: '2027-01-15', amount: 24_000 }];
    must(await send('reply-act', { debtorId, mail: MAIL, sentAt: SENT, intent: 'plan_request', quote: '¿podríamos pagarlo en 2 plazos?', together, action: { kind: 'plan', invoiceIds: [invoiceId], installments } }));
    const events = must(await send('events-list', { debtorId })).filter((event) => event.reading);
    expect(events.map((event) => [event.reading?.intent, event.note]).sort()).toEqual([
      ['hardship', 'Estamos con problemas de liquidez'],
      ['plan_request', '¿podríamos pagarlo en 2 plazos?'],
    ]);
    expect(must(await send('debtor-get', { id: debtorId })).plans).toHaveLength(1);
    const reading = must(await send('reply-read', { debtorId, mail: MAIL, text: PLAN, sentAt: SENT }));
    expect(reading.findings.map((finding) => [finding.intent, finding.done?.kind]).sort()).toEqual([
      ['hardship', 'plan'],
      ['plan_request', 'plan'],
    ]);
  });

  it.each([
    ['an intent named twice', [{ intent: 'plan_request' as const, quote: 'otra vez' }], 'invalid-input', false],
    ['a finding already dismissed', together, 'conflict', true],
  ])('refuses %s and writes nothing', async (_name, also, code, dismissFirst) => {
    const { ledger, send, debtorId } = await seeded();
    if (dismissFirst) must(await send('reply-dismiss', { debtorId, mail: MAIL, sentAt: SENT, intent: 'hardship', quote: 'no podemos' }));
    const before = await dumpDb(ledger.db);
    expect(mustFail(await send('reply-dismiss', { debtorId, mail: MAIL, sentAt: SENT, intent: 'plan_request', quote: 'en 2 plazos', together: also })).code).toBe(code);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });
});

describe('a decided reply answers the contacts before it', () => {
  const unanswered = (detail: { status: { delinquency: { evidence: Array<{ code: string }> } } }) =>
    detail.status.delinquency.evidence.some((evidence) => evidence.code === 'unanswered-contacts');

  it.each([
    ['dismissed, sent after our reminder', 'dismiss', '2026-12-01T09:00:00.000Z', false],
    ['accepted (a pause), sent after our reminder', 'act', '2026-12-01T09:00:00.000Z', false],
    ['dismissed, but sent before our reminder', 'dismiss', '2026-12-02T09:30:00.000Z', true],
  ] as const)('%s', async (_name, how, remindedAt, stillUnanswered) => {
    const { send, debtorId } = await seeded();
    must(await send('event-log', { debtorId, kind: 'email', channel: 'email', direction: 'outbound', at: remindedAt, invoiceIds: [], subject: 'Factura F-2026-031 pendiente' }));
    expect(unanswered(must(await send('debtor-get', { id: debtorId })))).toBe(true);
    const decided = { debtorId, mail: MAIL, sentAt: SENT, intent: 'paid_claim' as const, quote: 'ya lo pagamos' };
    if (how === 'dismiss') must(await send('reply-dismiss', decided));
    else must(await send('reply-act', { ...decided, action: { kind: 'pause', reason: 'dice que ha pagado', until: '2026-12-07' } }));
    expect(unanswered(must(await send('debtor-get', { id: debtorId })))).toBe(stillUnanswered);
  });
});
