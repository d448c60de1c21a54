// A believable debtor with two invoices and a history that fits the purpose previewed (before
// the due date for a courtesy reminder, a call for its follow-up, a promise, a plan...): what the
// template editor previews with before a real debtor is chosen, and what the tests render.
import {
  DEFAULT_SETTINGS,
  type Debtor,
  type Event,
  type Invoice,
  type Payment,
  type PaymentPlan,
  type PromiseToPay,
  type Settings,
  type TemplatePurpose,
} from '../ledger/schema';
import type { TemplateContextInput } from './context';
import type { TemplateRecords } from './facts';

const CREATED = '2026-01-05T09:00:00.000Z';

export const SAMPLE_NOW = new Date('2026-03-03T10:00:00.000Z');

function sampleDebtor(language: 'es' | 'en'): Debtor {
  return {
    id: 'sample-debtor',
    name: language === 'es' ? 'Talleres Ruiz S.L.' : 'Ruiz Workshops Ltd',
    emails: ['pagos@talleresruiz.example'],
    contactName: language === 'es' ? 'Marta Ruiz' : 'Martha Ruiz',
    locale: language === 'es' ? 'es-ES' : 'en-GB',
    timeZone: 'Europe/Madrid',
    tags: [],
    notes: '',
    pause: null,
    doNotContact: false,
    delinquencyOverride: null,
    contactPolicy: null,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

function sampleInvoice(id: string, number: string, amount: number, paid: number, dueDate: string, description: string): Invoice {
  return {
    id,
    debtorId: 'sample-debtor',
    number,
    currency: 'EUR',
    amount,
    paid,
    issueDate: '2026-01-02',
    dueDate,
    status: 'open',
    description,
    dispute: null,
    pause: null,
    source: { kind: 'manual' },
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

function sampleSettings(language: 'es' | 'en'): Settings {
  return {
    ...DEFAULT_SETTINGS,
    business: {
      name: 'Estudio Lumen',
      email: 'cobros@estudiolumen.example',
      phone: '+34 910 000 000',
      address: 'Calle Mayor 1, 28013 Madrid',
      taxId: 'B00000000',
    },
    senderName: 'Lucía Gómez',
    signature: 'Lucía Gómez\nEstudio Lumen · +34 910 000 000',
    paymentMethods: [
      { kind: 'iban', label: language === 'es' ? 'Transferencia' : 'Bank transfer', value: 'ES91 2100 0418 4502 0005 1332' },
      { kind: 'link', label: '', value: 'https://pay.example/lumen' },
    ],
    claimSpanishLatePaymentCosts: true,
  };
}

function sampleEvent(id: string, at: string, kind: 'email' | 'call', step: TemplatePurpose, invoiceIds: string[]): Event {
  return {
    id,
    debtorId: 'sample-debtor',
    at,
    kind,
    channel: kind === 'call' ? 'phone' : 'email',
    direction: 'outbound',
    step,
    invoiceIds,
    ...(kind === 'call' ? { outcome: 'reached' as const } : {}),
    dedupeKey: id,
  };
}

function samplePromise(date: string): PromiseToPay {
  return {
    id: 'sample-promise',
    debtorId: 'sample-debtor',
    invoiceIds: ['sample-1'],
    currency: 'EUR',
    amount: 121_000,
    date,
    cancelledAt: null,
    createdAt: '2026-02-17T10:00:00.000Z',
  };
}

const SAMPLE_PLAN: PaymentPlan = {
  id: 'sample-plan',
  debtorId: 'sample-debtor',
  invoiceIds: ['sample-1', 'sample-2'],
  currency: 'EUR',
  installments: [
    { dueDate: '2026-02-25', amount: 57_000 },
    { dueDate: '2026-03-25', amount: 57_000 },
    { dueDate: '2026-04-25', amount: 57_000 },
  ],
  cancelledAt: null,
  createdAt: '2026-02-17T10:00:00.000Z',
};

function samplePayment(amount: number, date: string): Payment {
  return { id: 'sample-payment', debtorId: 'sample-debtor', currency: 'EUR', amount, date, allocations: [], createdAt: `${date}T09:00:00.000Z` };
}

/** Due dates: ahead for the courtesy reminder, today for the due-day one, a month back otherwise. */
function sampleDueDates(purpose: TemplatePurpose): [string, string] {
  if (purpose === 'courtesy') return ['2026-03-06', '2026-03-20'];
  if (purpose === 'due') return ['2026-03-03', '2026-03-20'];
  return ['2026-02-01', '2026-02-20'];
}

/** What happened before this message, so the sample never shows a message that could not be sent. */
function sampleRecords(purpose: TemplatePurpose): TemplateRecords {
  const late = sampleDueDates(purpose)[0] < SAMPLE_NOW.toISOString().slice(0, 10);
  const events = late
    ? [
        sampleEvent('sample-overdue', '2026-02-09T09:30:00.000Z', 'email', 'overdue', ['sample-1']),
        sampleEvent('sample-call', '2026-02-17T10:00:00.000Z', 'call', 'call', ['sample-1', 'sample-2']),
      ]
    : [];
  const records: TemplateRecords = { events, payments: [], promises: [], plans: [] };
  switch (purpose) {
    case 'promise-confirmation':
    case 'call-follow-up':
      return { ...records, promises: [samplePromise('2026-03-10')] };
    case 'promise-broken':
      return { ...records, promises: [samplePromise('2026-02-27')] };
    case 'installment-reminder':
      return { ...records, plans: [SAMPLE_PLAN], payments: [samplePayment(57_000, '2026-02-25')] };
    case 'installment-missed':
      return { ...records, plans: [SAMPLE_PLAN] };
    case 'thank-you':
      return { ...records, payments: [samplePayment(171_000, '2026-03-02')] };
    default:
      return records;
  }
}

/** Everything a template can ask for, filled in, for the given purpose and language. */
export function sampleTemplateInput(purpose: TemplatePurpose, locale: string): TemplateContextInput {
  const language = locale.toLowerCase().startsWith('es') ? 'es' : 'en';
  const [firstDue, secondDue] = sampleDueDates(purpose);
  let invoices = [
    sampleInvoice('sample-1', 'F-2026-014', 121_000, 0, firstDue, language === 'es' ? 'Diseño de marca' : 'Brand design'),
    sampleInvoice('sample-2', 'F-2026-021', 60_500, 10_500, secondDue, language === 'es' ? 'Mantenimiento web' : 'Website upkeep'),
  ];
  if (purpose === 'thank-you') invoices = invoices.map((i) => ({ ...i, paid: i.amount, status: 'paid' as const }));
  if (purpose === 'dispute-acknowledgement') {
    invoices = invoices.map((i, index) =>
      index === 0 ? { ...i, status: 'disputed' as const, dispute: { reason: 'Not all delivered', since: '2026-03-02T09:00:00.000Z' } } : i,
    );
  }
  return {
    debtor: sampleDebtor(language),
    invoices,
    records: sampleRecords(purpose),
    settings: sampleSettings(language),
    now: SAMPLE_NOW,
    purpose,
    locale,
  };
}
