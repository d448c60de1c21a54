import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Debtor, type Event, type Invoice, type Payment, type PaymentPlan, type PromiseToPay, type Settings } from '../ledger/schema';
import { buildTemplateContext, type TemplateContextInput } from './context';
import { formatIsoDate } from './format';
import { TEMPLATE_VARIABLES } from './variables';

const NBSP = '\u00a0';
const NOW = new Date('2026-03-03T10:00:00.000Z');
const STAMP = '2026-01-01T00:00:00.000Z';

function debtor(overrides: Partial<Debtor> = {}): Debtor {
  return {
    id: 'd1',
    name: 'Talleres Ruiz S.L.',
    emails: [],
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    tags: [],
    notes: '',
    pause: null,
    doNotContact: false,
    delinquencyOverride: null,
    contactPolicy: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: 'i1',
    debtorId: 'd1',
    number: 'F-1',
    currency: 'EUR',
    amount: 100_000,
    paid: 0,
    issueDate: null,
    dueDate: '2026-02-01',
    status: 'open',
    dispute: null,
    pause: null,
    source: { kind: 'manual' },
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, business: { ...DEFAULT_SETTINGS.business, name: 'Estudio Lumen' }, ...overrides };
}

function input(overrides: Partial<TemplateContextInput> = {}): TemplateContextInput {
  return { debtor: debtor(), invoices: [invoice()], records: records(), settings: settings(), now: NOW, purpose: 'overdue', ...overrides };
}

function records(overrides: Partial<TemplateContextInput['records']> = {}): TemplateContextInput['records'] {
  return { events: [], payments: [], promises: [], plans: [], ...overrides };
}

const promise: PromiseToPay = { id: 'p', debtorId: 'd1', invoiceIds: [], currency: 'EUR', amount: 50_000, date: '2026-03-10', cancelledAt: null, createdAt: STAMP };
const call: Event = {
  id: 'e1',
  debtorId: 'd1',
  at: '2026-02-20T10:00:00.000Z',
  kind: 'call',
  channel: 'phone',
  direction: 'outbound',
  step: 'call',
  invoiceIds: ['i1'],
  outcome: 'reached',
  dedupeKey: 'e1',
};
const payment: Payment = { id: 'pay1', debtorId: 'd1', currency: 'EUR', amount: 20_000, date: '2026-03-01', allocations: [], createdAt: STAMP };

const plan: PaymentPlan = {
  id: 'p1',
  debtorId: 'd1',
  invoiceIds: ['i1'],
  currency: 'EUR',
  installments: [
    { dueDate: '2026-02-25', amount: 30_000 },
    { dueDate: '2026-03-25', amount: 30_000 },
    { dueDate: '2026-04-25', amount: 40_000 },
  ],
  cancelledAt: null,
  createdAt: STAMP,
};

describe('money and dates in the reader’s locale', () => {
  it.each([
    ['es-ES', `1000,00${NBSP}€`, '1 de febrero de 2026', '3 de marzo de 2026'],
    ['en-US', '€1,000.00', 'February 1, 2026', 'March 3, 2026'],
    ['en-GB', '€1,000.00', '1 February 2026', '3 March 2026'],
  ])('%s', (locale, owed, due, today) => {
    const context = buildTemplateContext(input({ locale }));
    expect(context.totalOwed).toBe(owed);
    expect(context.oldestDueDate).toBe(due);
    expect(context.today).toBe(today);
  });

  it('uses the debtor’s locale when none is given', () => {
    expect(buildTemplateContext(input({ debtor: debtor({ locale: 'en-US' }) })).totalOwed).toBe('€1,000.00');
  });

  it('groups large sums the way each locale does', () => {
    const context = buildTemplateContext(input({ invoices: [invoice({ amount: 12_345_678 })] }));
    expect(context.totalOwed).toBe(`123.456,78${NBSP}€`);
  });

  it('formats a calendar date as that same day, whatever the date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const day = String(Number(iso.slice(8, 10)));
        expect(formatIsoDate(iso, 'en-GB').startsWith(`${day} `)).toBe(true);
        expect(formatIsoDate(iso, 'es-ES').startsWith(`${day} de `)).toBe(true);
      }),
    );
  });

  it('takes today in the debtor’s time zone, not the machine’s', () => {
    const late = new Date('2026-03-03T20:00:00.000Z');
    expect(buildTemplateContext(input({ now: late, locale: 'en-GB', debtor: debtor({ timeZone: 'Pacific/Kiritimati' }) })).today).toBe(
      '4 March 2026',
    );
    expect(buildTemplateContext(input({ now: late, locale: 'en-GB', debtor: debtor({ timeZone: 'America/Los_Angeles' }) })).today).toBe(
      '3 March 2026',
    );
  });
});

describe('totals across currencies', () => {
  const mixed = [
    invoice({ id: 'a', number: 'A-1', currency: 'EUR', amount: 100_000 }),
    invoice({ id: 'b', number: 'B-1', currency: 'USD', amount: 50_000 }),
    invoice({ id: 'c', number: 'A-2', currency: 'EUR', amount: 20_000, paid: 5_000 }),
  ];

  it.each([
    ['en-US', '€1,150.00 and $500.00'],
    ['es-ES', `1150,00${NBSP}€ y 500,00${NBSP}US$`],
  ])('%s lists each currency, never a sum', (locale, expected) => {
    expect(buildTemplateContext(input({ invoices: mixed, locale })).totalOwed).toBe(expected);
  });

  it('never shows a cross-currency sum, whatever the amounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (eur, usd) => {
        const context = buildTemplateContext(
          input({ locale: 'en-US', invoices: [invoice({ id: 'a', amount: eur }), invoice({ id: 'b', currency: 'USD', amount: usd })] }),
        );
        const parts = context.totalOwed.split(' and ');
        expect(parts).toHaveLength(2);
        expect(parts[0]!.startsWith('€')).toBe(true);
        expect(parts[1]!.startsWith('$')).toBe(true);
      }),
    );
  });
});

describe('invoices', () => {
  const three = [invoice({ id: 'a', number: 'F-1' }), invoice({ id: 'b', number: 'F-2' }), invoice({ id: 'c', number: 'F-3' })];

  it.each([
    ['es-ES', 'F-1, F-2 y F-3'],
    ['en-US', 'F-1, F-2, and F-3'],
    ['en-GB', 'F-1, F-2 and F-3'],
  ])('joins numbers as a %s sentence', (locale, expected) => {
    expect(buildTemplateContext(input({ invoices: three, locale })).invoiceNumbers).toBe(expected);
  });

  it('describes each invoice in the list', () => {
    const context = buildTemplateContext(
      input({
        locale: 'en-GB',
        invoices: [
          invoice({ number: 'F-9', amount: 121_000, paid: 21_000, description: 'Brand design' }),
          invoice({ id: 'i2', number: 'F-10', dueDate: '2026-03-03' }),
          invoice({ id: 'i3', number: 'F-11', dueDate: '2026-03-02' }),
        ],
      }),
    );
    expect(context.invoiceList).toEqual({
      kind: 'list',
      items: [
        'Invoice F-9 (Brand design): €1,210.00, €1,000.00 outstanding, due 1 February 2026, 30 days late',
        'Invoice F-10: €1,000.00, €1,000.00 outstanding, due 3 March 2026',
        'Invoice F-11: €1,000.00, €1,000.00 outstanding, due 2 March 2026, 1 day late',
      ],
    });
    expect(context.invoiceCount).toBe(3);
  });

  it('says it in Spanish for a Spanish reader', () => {
    const context = buildTemplateContext(input({ invoices: [invoice({ dueDate: '2026-03-02' })] }));
    expect(context.invoiceList.items).toEqual([
      `Factura F-1: 1000,00${NBSP}€, pendiente 1000,00${NBSP}€, vencimiento 2 de marzo de 2026, 1 día de retraso`,
    ]);
  });

  it.each([
    ['the oldest unpaid invoice sets the days late', [invoice({ dueDate: '2026-02-01' }), invoice({ id: 'b', dueDate: '2026-02-20' })], 30],
    ['paid invoices do not count', [invoice({ dueDate: '2026-01-01', status: 'paid', paid: 100_000 }), invoice({ id: 'b', dueDate: '2026-02-20' })], 11],
    ['not yet due is 0', [invoice({ dueDate: '2026-03-10' })], 0],
    ['nothing unpaid is 0', [invoice({ status: 'paid', paid: 100_000 })], 0],
    ['no invoices is 0', [], 0],
  ])('%s', (_name, invoices, days) => {
    expect(buildTemplateContext(input({ invoices })).daysLate).toBe(days);
  });
});

describe('deadline, names and optional parts', () => {
  it.each([
    ['firm', undefined, '10 March 2026'],
    ['formal', undefined, '13 March 2026'],
    ['legal', undefined, '13 March 2026'],
    ['promise-broken', undefined, '10 March 2026'],
    ['firm', '2026-04-01', '1 April 2026'],
  ] as const)('%s with deadline %s → %s', (purpose, deadline, expected) => {
    expect(buildTemplateContext(input({ purpose, locale: 'en-GB', ...(deadline ? { deadline } : {}) })).deadline).toBe(expected);
  });

  it.each([
    [{ contactName: 'Marta' }, 'Marta', 'yes'],
    [{ contactName: '   ' }, 'Talleres Ruiz S.L.', 'no'],
    [{ contactName: ' talleres ruiz s.l. ' }, 'Talleres Ruiz S.L.', 'no'],
    [{}, 'Talleres Ruiz S.L.', 'no'],
  ])('contact name %j → %s (a contact person: %s)', (overrides, expected, hasContactPerson) => {
    const context = buildTemplateContext(input({ debtor: debtor(overrides) }));
    expect(context.contactName).toBe(expected);
    expect(context.hasContactPerson).toBe(hasContactPerson);
  });

  it.each([
    ['the signature as written', { signature: ' Lucía\nEstudio Lumen ', senderName: 'Ana' }, 'Estudio Lumen', 'Lucía\nEstudio Lumen'],
    ['the sender over the business', { senderName: 'Ana García' }, 'Estudio Lumen', 'Ana García\nEstudio Lumen'],
    ['the business alone', {}, 'Estudio Lumen', 'Estudio Lumen'],
    ['a note where the business name is missing', { senderName: 'Ana García' }, '', 'Ana García\n[your business name]'],
    ['only the note when nothing is set', {}, '', '[your business name]'],
  ])('signs with %s', (_name, overrides, businessName, expected) => {
    const context = buildTemplateContext(
      input({ locale: 'en-GB', settings: settings({ ...overrides, business: { ...DEFAULT_SETTINGS.business, name: businessName } }) }),
    );
    expect(context.signature).toBe(expected);
  });

  it('offers the business phone and e-mail only with a yes/no beside them', () => {
    const none = buildTemplateContext(input());
    expect([none.hasBusinessPhone, none.hasBusinessEmail, none.hasSenderName]).toEqual(['no', 'no', 'no']);
    const some = buildTemplateContext(
      input({ settings: settings({ senderName: 'Ana', business: { ...DEFAULT_SETTINGS.business, name: 'Lumen', phone: '+34 910', email: 'a@b.example' } }) }),
    );
    expect([some.businessPhone, some.hasBusinessPhone, some.businessEmail, some.hasBusinessEmail, some.senderName]).toEqual([
      '+34 910',
      'yes',
      'a@b.example',
      'yes',
      'Ana',
    ]);
  });

  it('lists payment methods, or a bracketed note asking for one when there are none', () => {
    expect(buildTemplateContext(input({ locale: 'en-GB' })).paymentMethods.items).toEqual(['[add a payment method in Cobro’s settings]']);
    expect(buildTemplateContext(input()).paymentMethods.items).toEqual(['[añada una forma de pago en los ajustes de Cobro]']);
    const some = buildTemplateContext(
      input({
        settings: settings({
          paymentMethods: [
            { kind: 'iban', label: '', value: 'ES91 2100 0418 4502 0005 1332' },
            { kind: 'link', label: 'Bizum', value: '600 000 000' },
          ],
        }),
      }),
    );
    expect(some.paymentMethods.items).toEqual(['Transferencia bancaria: ES91 2100 0418 4502 0005 1332', 'Bizum: 600 000 000']);
  });

  it('leaves promise and plan values out when there is none', () => {
    const context = buildTemplateContext(input());
    expect(context.promiseDate).toBeUndefined();
    expect(context.promiseAmount).toBeUndefined();
    expect(context.planTerms).toBeUndefined();
    expect(context.installmentDate).toBeUndefined();
    expect(context.lastCallDate).toBeUndefined();
    expect(context.lastPaymentDate).toBeUndefined();
    expect([context.promiseOpen, context.planOpen, context.callLogged]).toEqual(['no', 'no', 'no']);
  });

  it('fills in an open promise', () => {
    const context = buildTemplateContext(input({ locale: 'en-GB', records: records({ promises: [promise] }) }));
    expect(context.promiseOpen).toBe('yes');
    expect(context.promiseDate).toBe('10 March 2026');
    expect(context.promiseAmount).toBe('€500.00');
  });

  it('names a broken promise only in the broken-promise message', () => {
    const broken = { ...promise, date: '2026-02-27' };
    const confirmation = buildTemplateContext(input({ purpose: 'promise-confirmation', records: records({ promises: [broken] }) }));
    expect(confirmation.promiseOpen).toBe('no');
    expect(confirmation.promiseDate).toBeUndefined();
    const followUp = buildTemplateContext(input({ purpose: 'promise-broken', locale: 'en-GB', records: records({ promises: [broken] }) }));
    expect(followUp.promiseDate).toBe('27 February 2026');
  });

  it('fills in the last call and the last payment', () => {
    const context = buildTemplateContext(input({ locale: 'en-GB', records: records({ events: [call], payments: [payment] }) }));
    expect(context.callLogged).toBe('yes');
    expect(context.lastCallDate).toBe('20 February 2026');
    expect(context.lastPaymentDate).toBe('1 March 2026');
    expect(context.lastPaymentAmount).toBe('€200.00');
  });

  it.each([
    ['installment-reminder', '25 March 2026', '€300.00'],
    ['installment-missed', '25 February 2026', '€300.00'],
  ] as const)('%s is about the installment of %s', (purpose, date, amount) => {
    const context = buildTemplateContext(input({ purpose, records: records({ plans: [plan] }), locale: 'en-GB' }));
    expect(context.installmentDate).toBe(date);
    expect(context.installmentAmount).toBe(amount);
    expect(context.planTerms?.items).toEqual([
      'Installment 1: €300.00, due 25 February 2026',
      'Installment 2: €300.00, due 25 March 2026',
      'Installment 3: €400.00, due 25 April 2026',
    ]);
  });
});

describe('late-payment costs', () => {
  it.each([
    ['off in settings', false, [invoice()], 'no'],
    ['euro invoices', true, [invoice()], 'yes'],
    ['only dollars: interest but no €40', true, [invoice({ currency: 'USD' })], 'interest'],
    ['nothing overdue', true, [invoice({ dueDate: '2026-04-01' })], 'no'],
  ] as const)('%s → %s', (_name, claim, invoices, expected) => {
    const context = buildTemplateContext(input({ invoices: [...invoices], settings: settings({ claimSpanishLatePaymentCosts: claim }) }));
    expect(context.claimLateCosts).toBe(expected);
  });

  it('formats interest, rate and compensation', () => {
    // 30 days late on 1,000.00 at 10.15 %: 8.34
    const context = buildTemplateContext(input({ locale: 'en-GB', settings: settings({ claimSpanishLatePaymentCosts: true }) }));
    expect(context.lateInterest).toBe('€8.34');
    expect(context.lateInterestRate).toBe('10.15%');
    expect(context.compensation).toBe('€40.00');
    expect(buildTemplateContext(input()).lateInterestRate).toBe(`10,15${NBSP}%`);
  });
});

describe('TEMPLATE_VARIABLES', () => {
  it('documents every variable in both languages, once', () => {
    const names = TEMPLATE_VARIABLES.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const variable of TEMPLATE_VARIABLES) {
      expect(variable.description.es.length).toBeGreaterThan(5);
      expect(variable.description.en.length).toBeGreaterThan(5);
    }
  });

  it('matches what the context provides when everything is known', () => {
    const context = buildTemplateContext(input({ records: records({ plans: [plan], promises: [promise], events: [call], payments: [payment] }) }));
    expect(Object.keys(context).sort()).toEqual(TEMPLATE_VARIABLES.map((v) => v.name).sort());
  });
});
