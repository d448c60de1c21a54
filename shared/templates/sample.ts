// A believable debtor with two overdue invoices, a promise and a plan: what the template
// editor previews with before a real debtor is chosen, and what the tests render.
import { DEFAULT_SETTINGS, type Debtor, type Invoice, type Settings, type TemplatePurpose } from '../ledger/schema';
import type { TemplateContextInput } from './context';

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
    signature: 'Lucía Gómez\nEstudio Lumen · +34 910 000 000',
    paymentMethods: [
      { kind: 'iban', label: language === 'es' ? 'Transferencia' : 'Bank transfer', value: 'ES91 2100 0418 4502 0005 1332' },
      { kind: 'link', label: '', value: 'https://pay.example/lumen' },
    ],
    claimSpanishLatePaymentCosts: true,
  };
}

/** Everything a template can ask for, filled in, for the given purpose and language. */
export function sampleTemplateInput(purpose: TemplatePurpose, locale: string): TemplateContextInput {
  const language = locale.toLowerCase().startsWith('es') ? 'es' : 'en';
  return {
    debtor: sampleDebtor(language),
    invoices: [
      sampleInvoice('sample-1', 'F-2026-014', 121_000, 0, '2026-02-01', language === 'es' ? 'Diseño de marca' : 'Brand design'),
      sampleInvoice('sample-2', 'F-2026-021', 60_500, 10_500, '2026-02-20', language === 'es' ? 'Mantenimiento web' : 'Website upkeep'),
    ],
    settings: sampleSettings(language),
    now: SAMPLE_NOW,
    purpose,
    locale,
    promise: {
      id: 'sample-promise',
      debtorId: 'sample-debtor',
      invoiceIds: ['sample-1'],
      currency: 'EUR',
      amount: 121_000,
      date: '2026-03-10',
      cancelledAt: null,
      createdAt: CREATED,
    },
    plan: {
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
      createdAt: CREATED,
    },
  };
}
