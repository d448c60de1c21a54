import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDebtor, makeEvent, makeInvoice, makePayment, makePlan, makePromise, makeSettings, resetFactoryIds } from '../collection/test-factories';
import { createTestLedger, must, mustFail } from '../ledger/test-ledger';
import type { Event } from '../ledger/schema';
import { chainOf, inTimeOrder } from './chain';
import { buildClaimData, evidenceOf, letterDedupeKey, letterOf, spanishLateCostsApply, type ClaimRecords, type InterestCalculator } from './claim-data';

beforeEach(() => resetFactoryIds());

function records(overrides: Partial<ClaimRecords> = {}): ClaimRecords {
  return {
    debtor: makeDebtor(),
    invoices: [],
    payments: [],
    promises: [],
    plans: [],
    events: [],
    settings: makeSettings(),
    templates: new Map(),
    ...overrides,
  };
}

const OPTIONS = { asOf: '2026-06-01', language: 'es' as const, madeAt: new Date('2026-06-01T10:00:00Z') };

describe('spanishLateCostsApply', () => {
  it.each([
    ['es-ES', true, true],
    ['es', true, true], // "es" maximises to Spain
    ['es-MX', true, false],
    ['en-GB', true, false],
    ['es-ES', false, false],
  ])('%s with the setting %s → %s', (locale, setting, expected) => {
    expect(spanishLateCostsApply({ locale }, { claimSpanishLatePaymentCosts: setting })).toBe(expected);
  });
});

describe('letters and evidence', () => {
  it('reads back how a letter went and its reference, whatever characters it has', () => {
    const key = letterDedupeKey('d-1', 'burofax', ' BF:2026/001 ñ ');
    expect(letterOf({ kind: 'letter', dedupeKey: key })).toEqual({ method: 'burofax', reference: 'BF:2026/001 ñ' });
    expect(letterOf({ kind: 'email', dedupeKey: key })).toBeNull();
    expect(letterOf({ kind: 'letter', dedupeKey: 'event:abc' })).toBeNull();
    expect(letterOf({ kind: 'letter', dedupeKey: 'letter:fax:1:d' })).toBeNull();
  });

  it.each<[string, Partial<Event>, ReturnType<typeof evidenceOf>]>([
    ['a burofax with a reference', { kind: 'letter', dedupeKey: letterDedupeKey('debtor-1', 'burofax', 'BF-1') }, 'receipt'],
    ['a certified e-mail with a reference', { kind: 'letter', channel: 'email', dedupeKey: letterDedupeKey('debtor-1', 'email', 'EC-9') }, 'receipt'],
    ['a letter without a reference', { kind: 'letter', dedupeKey: letterDedupeKey('debtor-1', 'registered-mail', '') }, 'attempt'],
    ['an e-mail sent', { kind: 'email' }, 'attempt'],
    ['a call answered', { kind: 'call', outcome: 'reached' }, 'attempt'],
    ['a call unanswered', { kind: 'call', outcome: 'no-answer' }, 'none'],
    ['a reply from the customer', { kind: 'email', direction: 'inbound' }, 'none'],
    ['a payment recorded', { kind: 'payment', direction: 'internal' }, 'none'],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(evidenceOf(makeEvent(overrides))).toBe(expected);
  });
});

describe('buildClaimData', () => {
  it('names both parties, leaving out what is not known', () => {
    const claim = buildClaimData(
      records({
        debtor: makeDebtor({ name: 'Clínica Dental Peñalver, S.L.', taxId: 'B12345678', address: 'Calle Mayor 1, Madrid', contactName: 'Lucía', phone: '' }),
        settings: makeSettings({ business: { name: 'Estudio Nube', taxId: 'B87654321', address: '', email: 'cobros@nube.example', phone: '600 000 000' }, senderName: 'Ana García' }),
      }),
      OPTIONS,
    );
    expect(claim.creditor).toEqual({ name: 'Estudio Nube', taxId: 'B87654321', address: null, email: 'cobros@nube.example', phone: '600 000 000', person: 'Ana García' });
    expect(claim.debtor).toMatchObject({ name: 'Clínica Dental Peñalver, S.L.', taxId: 'B12345678', address: 'Calle Mayor 1, Madrid', person: 'Lucía', phone: null, email: 'pagos@talleres-ruiz.example' });
  });

  it('totals each currency on its own and leaves void invoices out', () => {
    const claim = buildClaimData(
      records({
        invoices: [
          makeInvoice({ number: 'A-2', amount: 50_000, paid: 20_000, dueDate: '2026-04-01' }),
          makeInvoice({ number: 'A-1', amount: 100_000, dueDate: '2026-03-01' }),
          makeInvoice({ number: 'U-1', currency: 'USD', amount: 7_000, dueDate: '2026-07-01' }),
          makeInvoice({ number: 'V-1', amount: 9_999, status: 'void' }),
        ],
      }),
      OPTIONS,
    );
    expect(claim.invoices.map((invoice) => [invoice.number, invoice.outstanding, invoice.daysLate])).toEqual([
      ['A-1', 100_000, 92], // 1 March → 1 June: 31 + 30 + 31 days
      ['V-1', 0, 0],
      ['A-2', 30_000, 61],
      ['U-1', 7_000, 0], // not due yet
    ]);
    expect(claim.balances).toEqual([
      { currency: 'EUR', invoiced: 150_000, paid: 20_000, writtenOff: 0, outstanding: 130_000 },
      { currency: 'USD', invoiced: 7_000, paid: 0, writtenOff: 0, outstanding: 7_000 },
    ]);
  });

  it('lists a written-off invoice with when, why and how much, and claims nothing of it', () => {
    // Paid in part, late, then given up: under the Spanish rules it would otherwise carry interest and the €40.
    const claim = buildClaimData(
      records({
        debtor: makeDebtor({ timeZone: 'Europe/Madrid' }),
        settings: makeSettings({ claimSpanishLatePaymentCosts: true }),
        invoices: [
          makeInvoice({ id: 'w', number: 'W-1', amount: 80_000, paid: 30_000, dueDate: '2026-02-01', status: 'written_off', writeOff: { reason: 'Cerró el negocio', at: '2026-04-30T22:30:00.000Z', amount: 50_000 } }),
          makeInvoice({ id: 'x', number: 'X-1', amount: 20_000, dueDate: '2026-03-01', status: 'written_off' }), // imported so: no decision recorded
          makeInvoice({ id: 'o', number: 'O-1', amount: 10_000, dueDate: '2026-07-01' }),
        ],
        payments: [makePayment({ amount: 30_000, date: '2026-03-10', allocations: [{ invoiceId: 'w', amount: 30_000 }] })],
      }),
      { ...OPTIONS, interest: () => ({ lines: [], total: { currency: 'EUR', amount: 999 }, missingRates: [] }) },
    );
    expect(claim.invoices.map((invoice) => [invoice.number, invoice.outstanding, invoice.daysLate, invoice.compensation, invoice.interest ?? null, invoice.writtenOff])).toEqual([
      // Written off at 00:30 on 1 May in Madrid: the debtor's day, not UTC's.
      ['W-1', 0, 0, false, null, { on: '2026-05-01', reason: 'Cerró el negocio', amount: 50_000 }],
      ['X-1', 0, 0, false, null, { on: null, reason: null, amount: 20_000 }],
      ['O-1', 10_000, 0, false, null, null],
    ]);
    expect(claim.balances).toEqual([{ currency: 'EUR', invoiced: 110_000, paid: 30_000, writtenOff: 70_000, outstanding: 10_000 }]);
    expect(claim.lateCosts).toMatchObject({ interest: [], compensation: null, compensationCount: 0, totalClaimable: [{ currency: 'EUR', amount: 10_000 }] });
  });

  it('says which promises were kept, broken, still open or withdrawn', () => {
    const claim = buildClaimData(
      records({
        payments: [makePayment({ amount: 30_000, date: '2026-03-10' })],
        promises: [
          makePromise({ id: 'kept', amount: 30_000, date: '2026-03-15' }),
          makePromise({ id: 'broken', amount: 50_000, date: '2026-05-01', createdAt: '2026-04-01T09:00:00.000Z' }),
          makePromise({ id: 'open', amount: 50_000, date: '2026-06-10' }),
          makePromise({ id: 'cancelled', amount: 50_000, date: '2026-04-10', cancelledAt: '2026-04-02T09:00:00.000Z' }),
        ],
      }),
      OPTIONS,
    );
    expect(Object.fromEntries(claim.promises.map((promise) => [promise.id, promise.state]))).toEqual({
      kept: 'kept',
      broken: 'broken',
      open: 'open',
      cancelled: 'cancelled',
    });
  });

  it('marks the plan installments that were missed', () => {
    const claim = buildClaimData(
      records({
        payments: [makePayment({ amount: 30_000, date: '2026-04-01' })],
        plans: [makePlan({ installments: [{ dueDate: '2026-04-01', amount: 50_000 }, { dueDate: '2026-05-01', amount: 50_000 }, { dueDate: '2026-07-01', amount: 50_000 }] })],
      }),
      OPTIONS,
    );
    expect(claim.plans[0]!.state).toBe('defaulted');
    expect(claim.plans[0]!.installments.map((i) => [i.dueDate, i.owed, i.missed])).toEqual([
      ['2026-04-01', 20_000, true],
      ['2026-05-01', 50_000, true],
      ['2026-07-01', 50_000, false],
    ]);
  });

  it('lists every event oldest first on the debtor’s clock, with its template and letter reference', () => {
    const invoice = makeInvoice({ number: 'F-7' });
    const claim = buildClaimData(
      records({
        debtor: makeDebtor({ timeZone: 'America/Mexico_City' }),
        invoices: [invoice],
        events: [
          makeEvent({ id: 'e2', at: '2026-05-02T02:30:00.000Z', kind: 'letter', note: 'Burofax', dedupeKey: letterDedupeKey('debtor-1', 'burofax', 'BF-77') }),
          makeEvent({ id: 'e1', at: '2026-04-01T15:05:00.000Z', templateId: 'builtin-es-firm', step: 'firm', subject: 'Aviso', invoiceIds: [invoice.id] }),
        ],
        templates: new Map([['builtin-es-firm', { name: 'Recordatorio firme' }]]),
      }),
      OPTIONS,
    );
    expect(claim.events.map((event) => [event.id, event.localDate, event.localTime, event.templateName, event.invoiceNumbers, event.letter?.reference ?? null, event.evidence])).toEqual([
      ['e1', '2026-04-01', '09:05', 'Recordatorio firme', ['F-7'], null, 'attempt'],
      ['e2', '2026-05-01', '20:30', null, [], 'BF-77', 'receipt'], // 02:30 UTC is the evening before in Mexico City
    ]);
    expect(claim.outOfCourt).toEqual({ receiptEventIds: ['e2'], attemptEventIds: ['e1'], gaps: [] });
  });

  it.each<[string, Partial<Event>, { loggedSend: boolean; sentText: string | null }]>([
    ['a logged send with its text', { mail: { host: 'gmail', messageId: 'm1' }, sentText: 'Hola Ana,\nle recordamos la factura F-7.' }, { loggedSend: true, sentText: 'Hola Ana,\nle recordamos la factura F-7.' }],
    ['a send logged before the text was kept', { mail: { host: 'outlook', messageId: 'm1' } }, { loggedSend: true, sentText: null }],
    ['an e-mail the user logged by hand', {}, { loggedSend: false, sentText: null }],
    ['a reply from the customer', { direction: 'inbound', mail: { host: 'gmail', messageId: 'm2' } }, { loggedSend: false, sentText: null }],
    ['a call', { kind: 'call', channel: 'phone' }, { loggedSend: false, sentText: null }],
  ])('what was sent: %s', (_name, event, expected) => {
    const [claimed] = buildClaimData(records({ events: [makeEvent({ kind: 'email', ...event })] }), OPTIONS).events;
    expect({ loggedSend: claimed!.loggedSend, sentText: claimed!.sentText }).toEqual(expected);
  });

  it('carries what the user made of a customer’s reply', () => {
    const claim = buildClaimData(
      records({ events: [makeEvent({ kind: 'email', direction: 'inbound', note: 'Le pagamos el viernes', reading: { intent: 'promise', decision: 'accepted' } }), makeEvent()] }),
      OPTIONS,
    );
    expect(claim.events.map((event) => event.reading)).toEqual([{ intent: 'promise', decision: 'accepted' }, null]);
  });

  it.each<[string, Partial<Event>[], string[]]>([
    ['no contact at all', [], ['no-contact', 'no-receipt']],
    ['e-mails only', [{ kind: 'email' }, { kind: 'email' }], ['no-receipt']],
    ['a burofax', [{ kind: 'letter', dedupeKey: letterDedupeKey('debtor-1', 'burofax', 'X') }], []],
  ])('the out-of-court attempt with %s: what is lacking', (_name, events, gaps) => {
    expect(buildClaimData(records({ events: events.map((event) => makeEvent(event)) }), OPTIONS).outOfCourt.gaps).toEqual(gaps);
  });

  describe('Spanish late-payment costs', () => {
    // A stand-in rate of 10% a year on the whole amount, days/365, to see what the claim does
    // with the calculator's answer (the real one is interest.ts, tested there).
    const tenPercent: InterestCalculator = ({ amount, currency, dueDate, until }) => {
      const days = (Date.parse(until) - Date.parse(dueDate)) / 86_400_000;
      const interest = Math.round((amount * 0.1 * days) / 365);
      return { lines: [{ half: '2026-H1', from: dueDate, to: until, days, base: amount, rateBasisPoints: 1000, interest }], total: { currency, amount: interest }, missingRates: [] };
    };
    const spanish = makeSettings({ claimSpanishLatePaymentCosts: true });
    const invoices = () => [
      makeInvoice({ number: 'E-1', amount: 365_000, dueDate: '2026-05-02' }), // 30 days late: 365000 × 10% × 30/365 = 3000
      makeInvoice({ number: 'E-2', amount: 100_000, dueDate: '2026-07-01' }), // not due: nothing
      makeInvoice({ number: 'U-1', currency: 'USD', amount: 50_000, dueDate: '2026-05-02' }), // dollars: balance only
    ];

    it('adds interest and €40 per late euro invoice to what is owed', () => {
      const claim = buildClaimData(records({ settings: spanish, invoices: invoices() }), { ...OPTIONS, interest: tenPercent });
      expect(claim.invoices.map((invoice) => [invoice.number, invoice.interest?.total.amount ?? null, invoice.compensation])).toEqual([
        ['E-1', 3000, true],
        ['U-1', null, false],
        ['E-2', null, false],
      ]);
      expect(claim.lateCosts).toEqual({
        interest: [{ currency: 'EUR', amount: 3000 }],
        compensation: { currency: 'EUR', amount: 4000 },
        compensationCount: 1,
        // 465000 outstanding + 3000 + 4000
        totalClaimable: [
          { currency: 'EUR', amount: 472_000 },
          { currency: 'USD', amount: 50_000 },
        ],
        missingRates: [],
        // No rateOf given: the note under the table has nothing to say.
        ratesUsed: [],
      });
    });

    it('without the interest calculator, still claims the €40 and leaves interest unknown', () => {
      const claim = buildClaimData(records({ settings: spanish, invoices: invoices() }), OPTIONS);
      expect(claim.lateCosts).toMatchObject({ interest: null, compensation: { currency: 'EUR', amount: 4000 }, totalClaimable: null });
    });

    it.each([
      ['the setting is off', makeSettings(), makeDebtor()],
      ['the customer is in Mexico', spanish, makeDebtor({ locale: 'es-MX' })],
    ])('claims nothing when %s', (_name, settings, debtor) => {
      const claim = buildClaimData(records({ settings, debtor, invoices: invoices() }), { ...OPTIONS, interest: tenPercent });
      expect(claim.lateCosts).toBeNull();
      expect(claim.invoices.every((invoice) => !invoice.interest && !invoice.compensation)).toBe(true);
    });

    it('passes each payment toward the invoice with its date, and a paid part without one as paid on time', () => {
      const seen: unknown[] = [];
      const invoice = makeInvoice({ id: 'i1', amount: 100_000, paid: 60_000, dueDate: '2026-03-01' });
      buildClaimData(
        records({ settings: spanish, invoices: [invoice], payments: [makePayment({ amount: 40_000, date: '2026-04-15', allocations: [{ invoiceId: 'i1', amount: 40_000 }] })] }),
        { ...OPTIONS, interest: (input) => (seen.push(input.paidParts), tenPercent(input)) },
      );
      expect(seen).toEqual([
        [
          { date: '2026-04-15', amount: 40_000 },
          { date: '2026-03-01', amount: 20_000 },
        ],
      ]);
    });
  });

  it('carries each event’s hashes and the head when a chain is given, in the claim’s event order', () => {
    const claim = buildClaimData(
      records({ events: [makeEvent({ id: 'b', at: '2026-04-02T09:00:00.000Z' }), makeEvent({ id: 'a', at: '2026-04-01T09:00:00.000Z' })] }),
      { ...OPTIONS, chain: (events) => ({ links: events.map((event) => ({ hash: `h-${event.id}`, chained: `c-${event.id}` })), head: 'head' }) },
    );
    expect(claim.events.map((event) => [event.id, event.hash, event.chained])).toEqual([
      ['a', 'h-a', 'c-a'],
      ['b', 'h-b', 'c-b'],
    ]);
    expect(claim.integrity.head).toBe('head');
  });
});

describe("the 'claim-file' handler", () => {
  it('reads one debtor’s file, as of the debtor’s today unless told', async () => {
    const ledger = createTestLedger('2026-03-20T10:00:00.000Z');
    const { debtor } = must(
      await ledger.client.send('debtor-create', {
        name: 'Łódź Sp. z o.o.',
        emails: ['biuro@lodz.example'],
        taxId: 'PL1234567890',
        address: 'ul. Piotrkowska 1, Łódź',
        firstInvoice: { number: 'F-1', currency: 'EUR', amount: 121_000, dueDate: '2026-03-01' },
      }),
    );
    must(await ledger.client.send('event-log', { debtorId: debtor.id, kind: 'email', channel: 'email', direction: 'outbound', subject: 'Recordatorio' }));
    const claim = must(await ledger.client.send('claim-file', { debtorId: debtor.id, language: 'en' }));
    expect(claim.asOf).toBe('2026-03-20');
    expect(claim.debtor).toMatchObject({ name: 'Łódź Sp. z o.o.', taxId: 'PL1234567890', address: 'ul. Piotrkowska 1, Łódź' });
    expect(claim.invoices.map((invoice) => [invoice.number, invoice.outstanding, invoice.daysLate])).toEqual([['F-1', 121_000, 19]]);
    expect(claim.events.map((event) => event.subject)).toEqual(['Recordatorio']);
    must(await ledger.client.send('mail-sent', { host: 'gmail', to: ['biuro@lodz.example'], messageId: 'm-1', sentText: 'Dzień dobry,\nfaktura F-1.' }));
    const withSend = must(await ledger.client.send('claim-file', { debtorId: debtor.id, language: 'en' }));
    expect(withSend.events.map((event) => event.sentText)).toEqual([null, 'Dzień dobry,\nfaktura F-1.']);
    expect(mustFail(await ledger.client.send('claim-file', { debtorId: 'nobody', language: 'es' })).code).toBe('not-found');
  });

  it('claims statutory interest and €40 for a Spanish business in euros, and chains the stored hashes', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    must(await ledger.client.send('settings-set', { patch: { claimSpanishLatePaymentCosts: true } }));
    const { debtor } = must(
      await ledger.client.send('debtor-create', {
        name: 'Clínica Dental Peñalver, S.L.',
        locale: 'es-ES',
        timeZone: 'Europe/Madrid',
        firstInvoice: { number: 'F-1', currency: 'EUR', amount: 100_000, dueDate: '2026-01-31' },
      }),
    );
    must(await ledger.client.send('event-log', { debtorId: debtor.id, kind: 'email', channel: 'email', direction: 'outbound', subject: 'Aviso', at: '2026-02-10T09:00:00Z' }));
    must(await ledger.client.send('event-log', { debtorId: debtor.id, kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'reached', at: '2026-02-20T09:00:00Z' }));
    const claim = must(await ledger.client.send('claim-file', { debtorId: debtor.id, language: 'es' }));
    // 1 February – 2 March 2026: 30 days at 10.15% (2026-H1): 100000 × 1015 × 30 / 3650000 = 834.2 → 834.
    expect(claim.invoices[0]!.interest?.lines.map((line) => [line.from, line.to, line.days, line.rateBasisPoints, line.interest])).toEqual([['2026-02-01', '2026-03-02', 30, 1015, 834]]);
    expect(claim.lateCosts).toEqual({
      interest: [{ currency: 'EUR', amount: 834 }],
      compensation: { currency: 'EUR', amount: 4000 },
      compensationCount: 1,
      totalClaimable: [{ currency: 'EUR', amount: 104_834 }],
      missingRates: [],
      ratesUsed: [{ half: '2026-H1', percent: '10.15', source: 'unverified' }],
    });
    const stored = inTimeOrder(await ledger.db.events.where('debtorId').equals(debtor.id).toArray());
    expect(claim.events.map((event) => event.hash)).toEqual(stored.map((event) => event.hash));
    expect(claim.integrity.head).toBe(chainOf(stored).head);
    expect(claim.integrity.records).toEqual(stored);
  });

  it.each([
    ['the shipped table when the user entered nothing', [], 1015, 834, 'unverified'],
    // 100000 × 1040 × 30 / 3650000 = 854.79 → 855.
    ['the user’s rate for the half-year, which wins', [{ half: '2026-H1', percent: '10.40' }], 1040, 855, 'user'],
    ['the shipped table when the user’s rate is for another half-year', [{ half: '2026-H2', percent: '9' }], 1015, 834, 'unverified'],
  ])('works out interest at %s', async (_label, interestRates, rate, interest, source) => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    must(await ledger.client.send('settings-set', { patch: { claimSpanishLatePaymentCosts: true, interestRates } }));
    const { debtor } = must(
      await ledger.client.send('debtor-create', {
        name: 'Clínica Sonrisa',
        locale: 'es-ES',
        timeZone: 'Europe/Madrid',
        firstInvoice: { number: 'F-1', currency: 'EUR', amount: 100_000, dueDate: '2026-01-31' },
      }),
    );
    const claim = must(await ledger.client.send('claim-file', { debtorId: debtor.id, language: 'es' }));
    expect(claim.invoices[0]!.interest?.lines.map((line) => [line.rateBasisPoints, line.interest])).toEqual([[rate, interest]]);
    expect(claim.lateCosts?.ratesUsed).toEqual([{ half: '2026-H1', percent: rate === 1040 ? '10.40' : '10.15', source }]);
  });
});
