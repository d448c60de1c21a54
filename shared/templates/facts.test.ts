import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Debtor, type Event, type Invoice, type PaymentPlan, type PromiseToPay, type TemplatePurpose } from '../ledger/schema';
import { makeDebtor, makeInvoice } from '../collection/test-factories';
import { buildTemplateContext, type TemplateContextInput } from './context';
import { computeTemplateFacts, type TemplateFacts, type TemplateRecords } from './facts';
import { builtinFor } from './library';
import { renderTemplate } from './render';

const STAMP = '2026-01-01T00:00:00.000Z';
const NOW = new Date('2026-03-03T10:00:00.000Z');

// The shared factories, with the ids these cases name.
const debtor = (overrides: Partial<Debtor> = {}): Debtor => makeDebtor({ id: 'd1', emails: [], ...overrides });
const invoice = (overrides: Partial<Invoice> = {}): Invoice =>
  makeInvoice({ id: 'i1', debtorId: 'd1', number: 'F-1', amount: 100_000, issueDate: null, dueDate: '2026-02-01', ...overrides });

let eventId = 0;
function event(at: string, overrides: Partial<Event> = {}): Event {
  eventId += 1;
  return {
    id: `e${eventId}`,
    debtorId: 'd1',
    at,
    kind: 'email',
    channel: 'email',
    direction: 'outbound',
    step: 'overdue',
    invoiceIds: ['i1'],
    dedupeKey: `e${eventId}`,
    ...overrides,
  };
}

const call = (at: string, outcome?: Event['outcome']) =>
  event(at, { kind: 'call', channel: 'phone', step: 'call', ...(outcome ? { outcome } : {}) });

function promise(overrides: Partial<PromiseToPay> = {}): PromiseToPay {
  return { id: 'p1', debtorId: 'd1', invoiceIds: [], currency: 'EUR', amount: 50_000, date: '2026-03-10', cancelledAt: null, createdAt: '2026-02-20T10:00:00.000Z', ...overrides };
}

const plan: PaymentPlan = {
  id: 'plan1',
  debtorId: 'd1',
  invoiceIds: ['i1'],
  currency: 'EUR',
  installments: [
    { dueDate: '2026-03-15', amount: 50_000 },
    { dueDate: '2026-04-15', amount: 50_000 },
  ],
  cancelledAt: null,
  createdAt: '2026-02-20T10:00:00.000Z',
};

function records(overrides: Partial<TemplateRecords> = {}): TemplateRecords {
  return { events: [], payments: [], promises: [], plans: [], ...overrides };
}

interface Case {
  invoices?: Invoice[];
  records?: Partial<TemplateRecords>;
  debtor?: Partial<Debtor>;
  now?: string;
}

function facts(c: Case = {}): TemplateFacts {
  return computeTemplateFacts({
    debtor: debtor(c.debtor),
    invoices: c.invoices ?? [invoice()],
    records: records(c.records),
    settings: DEFAULT_SETTINGS,
    now: c.now ? new Date(c.now) : NOW,
  });
}

describe('the facts a template may state', () => {
  it.each<[string, Case, Partial<TemplateFacts>]>([
    ['due in three days', { invoices: [invoice({ dueDate: '2026-03-06' })] }, { dueState: 'upcoming', daysLate: 0 }],
    ['due today', { invoices: [invoice({ dueDate: '2026-03-03' })] }, { dueState: 'today', daysLate: 0 }],
    ['five days late', { invoices: [invoice({ dueDate: '2026-02-26' })] }, { dueState: 'past', daysLate: 5 }],
    ['nothing unpaid', { invoices: [invoice({ status: 'paid', paid: 100_000 })] }, { dueState: 'none', unpaidInvoices: 0, daysLate: 0 }],
    ['the oldest unpaid invoice decides', { invoices: [invoice({ dueDate: '2026-03-10' }), invoice({ id: 'i2', dueDate: '2026-02-26' })] }, { dueState: 'past', daysLate: 5, oldestUnpaidDue: '2026-02-26' }],
    // 23:30 UTC is already the next day in Madrid, still the same day in New York.
    ['due day on the debtor’s calendar (Madrid)', { now: '2026-03-03T23:30:00.000Z', invoices: [invoice({ dueDate: '2026-03-04' })] }, { dueState: 'today' }],
    ['due day on the debtor’s calendar (New York)', { now: '2026-03-03T23:30:00.000Z', debtor: { timeZone: 'America/New_York' }, invoices: [invoice({ dueDate: '2026-03-04' })] }, { dueState: 'upcoming' }],
    ['never contacted', {}, { remindersSent: 0, lastCallDate: null }],
    ['one overdue reminder', { records: { events: [event('2026-02-08T10:00:00.000Z')] } }, { remindersSent: 1 }],
    ['a formal letter counts', { records: { events: [event('2026-02-08T10:00:00.000Z'), event('2026-02-20T10:00:00.000Z', { kind: 'letter', channel: 'letter', step: 'formal' })] } }, { remindersSent: 2 }],
    ['an e-mail about no invoice in particular counts', { records: { events: [event('2026-02-08T10:00:00.000Z', { invoiceIds: [] })] } }, { remindersSent: 1 }],
    ['an e-mail about another invoice does not', { records: { events: [event('2026-02-08T10:00:00.000Z', { invoiceIds: ['other'] })] } }, { remindersSent: 0 }],
    ['before the cycle (due 1 Feb, courtesy 29 Jan) does not', { records: { events: [event('2026-01-20T10:00:00.000Z')] } }, { remindersSent: 0 }],
    ['the cycle starts on the debtor’s day (28 Jan 23:30 UTC is 29 Jan in Madrid)', { records: { events: [event('2026-01-28T23:30:00.000Z', { step: 'courtesy' })] } }, { remindersSent: 1 }],
    ['a side-track e-mail is not a reminder', { records: { events: [event('2026-02-08T10:00:00.000Z', { step: 'promise-confirmation' })] } }, { remindersSent: 0 }],
    ['an e-mail without a step is not a reminder', { records: { events: [event('2026-02-08T10:00:00.000Z', { step: undefined })] } }, { remindersSent: 0 }],
    ['an e-mail from the customer is not a reminder', { records: { events: [event('2026-02-08T10:00:00.000Z', { direction: 'inbound' })] } }, { remindersSent: 0 }],
    ['a call is not a written reminder, but it is a call', { records: { events: [call('2026-02-16T10:00:00.000Z', 'reached')] } }, { remindersSent: 0, lastCallDate: '2026-02-16' }],
    ['a call with no outcome noted counts as a call', { records: { events: [call('2026-02-16T10:00:00.000Z')] } }, { lastCallDate: '2026-02-16' }],
    ['voicemail is not a conversation', { records: { events: [call('2026-02-16T10:00:00.000Z', 'voicemail')] } }, { lastCallDate: null }],
    ['the latest call wins', { records: { events: [call('2026-02-16T10:00:00.000Z', 'reached'), call('2026-02-25T10:00:00.000Z', 'reached'), call('2026-02-27T10:00:00.000Z', 'no-answer')] } }, { lastCallDate: '2026-02-25' }],
  ])('%s', (_name, c, expected) => {
    expect(facts(c)).toMatchObject(expected);
  });

  it.each<[string, Partial<TemplateRecords>, 'open' | 'broken' | 'none']>([
    ['a promise whose date has not come', { promises: [promise()] }, 'open'],
    ['a promise due today is still open', { promises: [promise({ date: '2026-03-03' })] }, 'open'],
    ['a cancelled promise', { promises: [promise({ cancelledAt: '2026-02-21T10:00:00.000Z' })] }, 'none'],
    ['a kept promise', { promises: [promise()], payments: [{ id: 'pay', debtorId: 'd1', currency: 'EUR', amount: 50_000, date: '2026-02-25', allocations: [], createdAt: STAMP }] }, 'none'],
    ['a promise whose date passed unpaid', { promises: [promise({ date: '2026-02-27' })] }, 'broken'],
  ])('%s → %s', (_name, r, expected) => {
    const result = facts({ records: r });
    expect(result.openPromise !== null ? 'open' : result.brokenPromise !== null ? 'broken' : 'none').toBe(expected);
  });

  it.each<[string, Partial<TemplateRecords>, TemplateFacts['planState']]>([
    ['no plan', {}, 'none'],
    ['a plan with no installment missed', { plans: [plan] }, 'active'],
    ['a cancelled plan', { plans: [{ ...plan, cancelledAt: '2026-02-21T10:00:00.000Z' }] }, 'none'],
    ['a plan with a missed installment', { plans: [{ ...plan, installments: [{ dueDate: '2026-03-01', amount: 50_000 }, { dueDate: '2026-04-01', amount: 50_000 }] }] }, 'defaulted'],
  ])('%s → %s', (_name, r, expected) => {
    expect(facts({ records: r }).planState).toBe(expected);
  });
});

// --------------------------------------------------------------- the false statements, now true

function render(purpose: TemplatePurpose, locale: string, overrides: Partial<TemplateContextInput> = {}) {
  const input: TemplateContextInput = {
    debtor: debtor({ locale, contactName: 'Marta Ruiz' }),
    invoices: [invoice()],
    records: records(),
    settings: {
      ...DEFAULT_SETTINGS,
      business: { ...DEFAULT_SETTINGS.business, name: 'Estudio Lumen' },
      senderName: 'Lucía Gómez',
      paymentMethods: [{ kind: 'iban', label: '', value: 'ES91 2100 0418 4502 0005 1332' }],
    },
    now: NOW,
    purpose,
    locale,
    ...overrides,
  };
  const result = renderTemplate(builtinFor(purpose, locale), buildTemplateContext(input), locale);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

describe('the due-day reminder says "today" only on the due day', () => {
  it.each([
    ['en-GB', '2026-02-26', 'fell due on 26 February 2026, 5 days ago', /due today/i],
    ['es-ES', '2026-02-26', 'venció el 26 de febrero de 2026, hace 5 días', /vencen? hoy/i],
    ['en-GB', '2026-03-03', 'is due today, 3 March 2026', /ago|fell due/],
    ['es-ES', '2026-03-03', 'hoy, 3 de marzo de 2026, vence la factura F-1', /venció|hace \d/],
  ])('%s, due %s: “%s”', (locale, dueDate, said, never) => {
    const { subject, text } = render('due', locale, { invoices: [invoice({ dueDate })] });
    expect(text).toContain(said);
    expect(`${subject}\n${text}`).not.toMatch(never);
  });
});

describe('the firm reminder speaks of earlier reminders only when there were some', () => {
  const reminders = (n: number) => Array.from({ length: n }, (_, i) => event(`2026-02-${String(8 + 7 * i).padStart(2, '0')}T10:00:00.000Z`));
  it.each([
    ['en-GB', 0, 'We are writing because invoice F-1 remains unpaid.', /Despite|reminders?\b/],
    ['es-ES', 0, 'Le escribimos porque la factura F-1 sigue sin pagarse.', /A pesar|recordatorio/],
    ['en-GB', 1, 'Despite our earlier reminder, invoice F-1 remains unpaid.', /reminders/],
    ['es-ES', 2, 'A pesar de nuestros 2 recordatorios anteriores, la factura F-1 sigue sin pagarse.', /nuestro recordatorio anterior/],
  ])('%s after %i reminders', (locale, count, said, never) => {
    const { text } = render('firm', locale, { records: records({ events: reminders(count) }) });
    expect(text).toContain(said);
    expect(text).not.toMatch(never);
  });
});

describe('the formal notice names the customer once when there is no contact person', () => {
  it.each([
    ['es-ES', undefined, 'A la atención de Talleres Ruiz S.L.:'],
    ['es-ES', 'Talleres Ruiz S.L.', 'A la atención de Talleres Ruiz S.L.:'],
    ['es-ES', 'Marta Ruiz', 'A la atención de Marta Ruiz (Talleres Ruiz S.L.):'],
    ['en-GB', undefined, 'For the attention of Talleres Ruiz S.L.,'],
  ])('%s, contact %s', (locale, contactName, firstLine) => {
    const { contactName: _drop, ...rest } = debtor({ locale });
    const { text } = render('formal', locale, { debtor: contactName === undefined ? rest : { ...rest, contactName } });
    expect(text.split('\n')[0]).toBe(firstLine);
  });
});

describe('an empty business profile shows what is missing instead of inventing it', () => {
  const empty = { ...DEFAULT_SETTINGS };
  it.each([
    ['es-ES', 'Un cordial saludo,\n[el nombre de su empresa]', '- [añada una forma de pago en los ajustes de Cobro]'],
    ['en-GB', 'Kind regards,\n[your business name]', '- [add a payment method in Cobro’s settings]'],
  ])('%s', (locale, closing, methods) => {
    for (const purpose of ['due', 'overdue', 'call', 'firm'] as const) {
      const { text } = render(purpose, locale, { settings: empty });
      expect(text.endsWith(closing)).toBe(true);
      expect(text).toContain(methods);
      expect(text).not.toMatch(/ de \.|from \.|call us on|llamarnos al/);
    }
  });
});
