// Test-only builders for ledger records with sane defaults. Every record is checked against
// its zod schema, so a test cannot quietly run on data the ledger would refuse.
// Ids default to a per-kind counter ('invoice-1', 'invoice-2'...); pass `id` when a test asserts on it.
import { TZDate } from '@date-fns/tz';
import {
  DEFAULT_SETTINGS,
  Debtor,
  Event,
  Invoice,
  Payment,
  PaymentPlan,
  PromiseToPay,
  Settings,
  type EventKind,
  type Channel,
  type LadderStep,
} from '../ledger/schema';
import { addDays, type IsoDate, type IsoDateTime } from '../dates';
import type { StatusInput } from './status';

export const FACTORY_DEBTOR_ID = 'debtor-1';
/** A fixed instant for createdAt/updatedAt defaults. */
export const FACTORY_CREATED_AT = '2026-01-01T09:00:00.000Z';

const counters = new Map<string, number>();

function nextId(prefix: string): string {
  const next = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, next);
  return `${prefix}-${next}`;
}

/** Restart the default ids (call in beforeEach when ids must be predictable). */
export function resetFactoryIds(): void {
  counters.clear();
}

/** The instant a local wall-clock time in a zone is, as an ISO string in UTC. */
export function localInstant(date: IsoDate, time: string, timeZone: string): IsoDateTime {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime()).toISOString();
}

/** `now` for computeStatus: a local time on a local day in the zone (default Madrid, midday). */
export function localNow(date: IsoDate, time = '12:00', timeZone = 'Europe/Madrid'): Date {
  return new Date(localInstant(date, time, timeZone));
}

export function makeDebtor(overrides: Partial<Debtor> = {}): Debtor {
  return Debtor.parse({
    id: FACTORY_DEBTOR_ID,
    name: 'Talleres Ruiz S.L.',
    emails: ['pagos@talleres-ruiz.example'],
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    tags: [],
    notes: '',
    pause: null,
    doNotContact: false,
    delinquencyOverride: null,
    contactPolicy: null,
    createdAt: FACTORY_CREATED_AT,
    updatedAt: FACTORY_CREATED_AT,
    ...overrides,
  });
}

export function makeInvoice(overrides: Partial<Invoice> = {}): Invoice {
  const id = overrides.id ?? nextId('invoice');
  return Invoice.parse({
    id,
    debtorId: FACTORY_DEBTOR_ID,
    number: `F-${id}`,
    currency: 'EUR',
    amount: 100_000,
    paid: 0,
    issueDate: null,
    dueDate: '2026-03-01',
    status: 'open',
    dispute: null,
    pause: null,
    source: { kind: 'manual' },
    createdAt: FACTORY_CREATED_AT,
    updatedAt: FACTORY_CREATED_AT,
    ...overrides,
  });
}

export function makePayment(overrides: Partial<Payment> = {}): Payment {
  return Payment.parse({
    id: overrides.id ?? nextId('payment'),
    debtorId: FACTORY_DEBTOR_ID,
    currency: 'EUR',
    amount: 100_000,
    date: '2026-03-01',
    allocations: [],
    createdAt: FACTORY_CREATED_AT,
    ...overrides,
  });
}

export function makePromise(overrides: Partial<PromiseToPay> = {}): PromiseToPay {
  return PromiseToPay.parse({
    id: overrides.id ?? nextId('promise'),
    debtorId: FACTORY_DEBTOR_ID,
    invoiceIds: [],
    currency: 'EUR',
    amount: 100_000,
    date: '2026-03-15',
    cancelledAt: null,
    createdAt: FACTORY_CREATED_AT,
    ...overrides,
  });
}

export function makePlan(overrides: Partial<PaymentPlan> = {}): PaymentPlan {
  return PaymentPlan.parse({
    id: overrides.id ?? nextId('plan'),
    debtorId: FACTORY_DEBTOR_ID,
    invoiceIds: ['invoice-1'],
    currency: 'EUR',
    installments: [
      { dueDate: '2026-04-01', amount: 50_000 },
      { dueDate: '2026-05-01', amount: 50_000 },
    ],
    cancelledAt: null,
    createdAt: FACTORY_CREATED_AT,
    ...overrides,
  });
}

const CHANNEL_OF_KIND: Partial<Record<EventKind, Channel>> = {
  email: 'email',
  call: 'phone',
  letter: 'letter',
  sms: 'sms',
  meeting: 'in-person',
};

/** An outbound e-mail by default; the channel follows the kind unless given. */
export function makeEvent(overrides: Partial<Event> = {}): Event {
  const id = overrides.id ?? nextId('event');
  const kind = overrides.kind ?? 'email';
  return Event.parse({
    id,
    debtorId: FACTORY_DEBTOR_ID,
    at: '2026-03-01T09:00:00.000Z',
    kind,
    channel: CHANNEL_OF_KIND[kind] ?? 'system',
    direction: 'outbound',
    invoiceIds: [],
    dedupeKey: `dedupe-${id}`,
    ...overrides,
  });
}

/**
 * The ladder steps tried in turn for invoices due on `dueDate`, each on its default day
 * (DEFAULT_SETTINGS.ladderDays): the call as a call, the rest as e-mails.
 */
export function chasedSteps(dueDate: IsoDate, steps: readonly LadderStep[], overrides: Partial<Event> = {}): Event[] {
  return steps.map((step) =>
    makeEvent({
      at: `${addDays(dueDate, DEFAULT_SETTINGS.ladderDays[step])}T10:00:00.000Z`,
      step,
      ...(step === 'call' ? { kind: 'call' as const, outcome: 'reached' as const } : {}),
      ...overrides,
    }),
  );
}

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return Settings.parse({ ...DEFAULT_SETTINGS, ...overrides });
}

/** A computeStatus input for the default debtor: no records, default settings, midday in Madrid on 2026-06-15. */
export function makeStatusInput(overrides: Partial<StatusInput> = {}): StatusInput {
  return {
    debtor: makeDebtor(),
    invoices: [],
    payments: [],
    events: [],
    promises: [],
    plans: [],
    settings: makeSettings(),
    now: localNow('2026-06-15'),
    ...overrides,
  };
}
