// Whether the text Cobro offers to send a customer is true of the ledger. Generated ledgers are
// built through the public handlers; every offered message ('templates-for-debtor') is then read
// against the records ('debtor-get', 'events-list') and the status ('status-get'): what it says
// was sent, is due, is late, was promised or agreed must be so. Test support only.
import fc from 'fast-check';
import type { CollectionStatus } from '../collection/status';
import { addDays, dateIn, daysBetween, minDate, type IsoDate } from '../dates';
import { formatMoney, type Money } from '../money';
import type { HandlerOutput } from './api';
import type { ContactPolicy, Event, Invoice, PaymentMethod, PolicyPreset, TemplatePurpose } from './schema';
import { LADDERS } from './test-commands';
import { createTestLedger, must, type TestLedger } from './test-ledger';

const DAY = 86_400_000;
const MINUTE = 60_000;

// ---------------------------------------------------------------- what an item offers

export type DebtorTemplates = HandlerOutput<'templates-for-debtor'>;
export type TemplateOffer = DebtorTemplates['items'][number];

/**
 * Whether Cobro offers this message for sending: it rendered, and it does not say it cannot be
 * filled truthfully. The only place that knows how an item says so.
 */
export function isOffered(item: TemplateOffer): item is TemplateOffer & { rendered: { ok: true } } {
  return item.rendered.ok && (item as { offer?: { ok: boolean } }).offer?.ok !== false;
}

// ---------------------------------------------------------------- generated ledgers

export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Companies and people who owe; e-mail addresses are derived from the position. */
export const DEBTOR_NAMES = [
  'Talleres Ruiz S.L.',
  'Panadería La Espiga',
  'Construcciones Hermanos Gil S.A.',
  'Distribuidora del Norte S.A. de C.V.',
  'Ana López',
  'Blue Harbor Cafe LLC',
  'Smith & Sons Ltd',
  'María José Fernández',
] as const;
const CONTACT_NAMES = ['María Ruiz', 'Jorge Pérez Gil', 'Emily Clark', 'Lucía Martín', 'Tom O’Brien'] as const;
const LOCALES = ['es-ES', 'es-MX', 'en-US', 'en-GB'] as const;
const ZONES = ['Europe/Madrid', 'America/Mexico_City', 'America/New_York', 'Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'] as const;
const CURRENCY_PAIRS = [
  ['EUR', 'USD'],
  ['USD', 'MXN'],
  ['MXN', 'USD'],
  ['GBP', 'EUR'],
] as const;
const PRESETS: PolicyPreset[] = ['spain', 'us-regulation-f', 'ecuador', 'none'];
const REMINDER_STEPS: TemplatePurpose[] = ['courtesy', 'due', 'overdue', 'firm', 'formal', 'agency', 'legal'];
const OTHER_STEPS: TemplatePurpose[] = ['promise-confirmation', 'plan-offer', 'dispute-acknowledgement', 'thank-you', 'reconnect'];

const BUSINESSES = [
  { name: 'Imprenta Sol S.L.', email: 'cobros@imprentasol.example', phone: '+34 910 000 111', address: 'C/ Mayor 5, Madrid', taxId: 'B12345678' },
  { name: 'Northwind Supplies Ltd', email: 'accounts@northwind.example', phone: '+44 20 7946 0000', address: '1 High Street, Leeds', taxId: 'GB123456789' },
  { name: 'Café Tierra Alta', email: 'pagos@tierraalta.example', phone: '+52 55 5555 0000', address: 'Av. Reforma 100, CDMX', taxId: 'TAL010101AB1' },
] as const;
const SENDERS = ['Ana García', 'Luis Moreno Díaz', 'Sarah Miller'] as const;
const SIGNATURES = ['', 'Ana García\nDepartamento de administración', 'Sarah Miller\nAccounts'] as const;
const PAYMENT_METHODS: PaymentMethod[] = [
  { kind: 'iban', label: '', value: 'ES91 2100 0418 4502 0005 1332' },
  { kind: 'link', label: 'Pago con tarjeta', value: 'https://pagar.example/imprenta-sol' },
  { kind: 'cash', label: '', value: 'En nuestra tienda de lunes a viernes' },
  { kind: 'other', label: 'Bizum', value: '+34 600 000 000' },
];

/** Days from the debtor's today; due dates gather around today, where the ladder is subtle. */
const dueOffset = fc.oneof(
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: -8, max: 6 }), weight: 3 },
  { arbitrary: fc.integer({ min: -150, max: 30 }), weight: 4 },
);

const invoiceSpec = fc.record({
  due: dueOffset,
  /** Index into the debtor's currency pair: one currency or two. */
  currency: fc.constantFrom(0, 0, 0, 1),
  amount: fc.integer({ min: 5_000, max: 2_500_000 }),
  paidPercent: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, fc.integer({ min: 5, max: 95 }), fc.constant(100)),
  /** When the payment came, in days after the due date (never after today). */
  paidLag: fc.integer({ min: -10, max: 20 }),
});

const eventSpec = fc.record({
  kind: fc.constantFrom('reminder', 'reminder', 'call', 'letter', 'inbound', 'side', 'note'),
  step: fc.constantFrom(...REMINDER_STEPS),
  sideStep: fc.constantFrom(...OTHER_STEPS),
  minutesAgo: fc.oneof(fc.integer({ min: 1, max: 24 * 60 }), fc.integer({ min: 1, max: 90 * 24 * 60 })),
});

const promiseSpec = fc.record({
  /** Promised day, from today. */
  date: fc.integer({ min: -12, max: 20 }),
  /** Made this many days before the earlier of the promised day and today. */
  madeBefore: fc.integer({ min: 0, max: 10 }),
  share: fc.integer({ min: 10, max: 100 }),
  outcome: fc.constantFrom('unpaid', 'unpaid', 'kept', 'cancelled'),
});

const planSpec = fc.record({
  createdDaysAgo: fc.integer({ min: 0, max: 60 }),
  /** Installments, in days after the plan was agreed. */
  installments: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 3 }),
  paidInstallments: fc.integer({ min: 0, max: 3 }),
});

export const debtorSpec = fc.record({
  who: fc.nat({ max: DEBTOR_NAMES.length - 1 }),
  contact: fc.oneof(fc.constant(null), fc.constant(''), fc.constant('same' as const), fc.constantFrom(...CONTACT_NAMES)),
  locale: fc.constantFrom(...LOCALES),
  zone: fc.constantFrom(...ZONES),
  currencies: fc.constantFrom(...CURRENCY_PAIRS),
  invoices: fc.array(invoiceSpec, { minLength: 1, maxLength: 3 }),
  events: fc.oneof({ arbitrary: fc.constant([]), weight: 2 }, { arbitrary: fc.array(eventSpec, { minLength: 1, maxLength: 4 }), weight: 3 }),
  promise: fc.option(promiseSpec, { freq: 3 }),
  plan: fc.option(planSpec, { freq: 4 }),
  dispute: fc.option(fc.nat({ max: 2 }), { freq: 5 }),
});
export type DebtorSpec = typeof debtorSpec extends fc.Arbitrary<infer T> ? T : never;

export const settingsSpec = fc.record({
  preset: fc.constantFrom(...PRESETS),
  business: fc.constantFrom(...BUSINESSES),
  senderName: fc.constantFrom(...SENDERS),
  signature: fc.constantFrom(...SIGNATURES),
  paymentMethods: fc.subarray(PAYMENT_METHODS, { minLength: 1 }),
  claimLateCosts: fc.boolean(),
  ladder: fc.constantFrom(...LADDERS),
  minContactGapDays: fc.constantFrom(3, 7),
});
export type SettingsSpec = typeof settingsSpec extends fc.Arbitrary<infer T> ? T : never;

/** 2026 and early 2027, at any minute: every zone's today, DST changes and a new year. */
export const nowSpec = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z') / MINUTE, max: Date.parse('2027-02-28T00:00:00Z') / MINUTE }).map((m) => m * MINUTE);

export const ledgerSpec = fc.record({
  now: nowSpec,
  settings: settingsSpec,
  debtors: fc.uniqueArray(debtorSpec, { minLength: 1, maxLength: 3, selector: (d) => d.who }),
});
export type LedgerSpec = typeof ledgerSpec extends fc.Arbitrary<infer T> ? T : never;

/** Invoice numbers in three styles, unique across the ledger, that a regular expression finds in any text. */
const INVOICE_NUMBER = /\b(?:F-\d{4}-\d{3}|INV-\d{4}|FAC-\d{3})\b/g;
function invoiceNumber(debtorIndex: number, serial: number): string {
  const n = debtorIndex * 10 + serial + 1;
  return [`F-2026-${String(n).padStart(3, '0')}`, `INV-${4000 + n}`, `FAC-${String(n).padStart(3, '0')}`][debtorIndex % 3]!;
}

/** The complete business profile and the settings the spec asks for. */
export async function applySettings(ledger: TestLedger, s: SettingsSpec): Promise<void> {
  const contactPolicy: ContactPolicy = { preset: s.preset };
  must(
    await ledger.client.send('settings-set', {
      patch: {
        business: { ...s.business },
        senderName: s.senderName,
        signature: s.signature,
        paymentMethods: s.paymentMethods,
        claimSpanishLatePaymentCosts: s.claimLateCosts,
        ladderDays: s.ladder,
        minContactGapDays: s.minContactGapDays,
        contactPolicy,
      },
    }),
  );
}

/** Builds one debtor through the handlers; the clock is left at `now`. */
export async function addDebtor(ledger: TestLedger, now: Date, index: number, d: DebtorSpec): Promise<string> {
  const { client } = ledger;
  const at = (daysAgo: number) => ledger.setNow(new Date(now.getTime() - daysAgo * DAY));
  ledger.setNow(now);
  const today = dateIn(d.zone, now);
  const name = DEBTOR_NAMES[d.who]!;
  const contactName = d.contact === null ? undefined : d.contact === 'same' ? name : d.contact;
  const { debtor } = must(
    await client.send('debtor-create', {
      name,
      emails: [`pagos${d.who}@cliente${d.who}.example`],
      locale: d.locale,
      timeZone: d.zone,
      ...(contactName === undefined ? {} : { contactName }),
    }),
  );
  const debtorId = debtor.id;

  for (const [serial, spec] of d.invoices.entries()) {
    const dueDate = addDays(today, spec.due);
    const currency = d.currencies[spec.currency]!;
    const invoice = must(
      await client.send('invoice-create', { debtorId, number: invoiceNumber(index, serial), currency, amount: spec.amount, issueDate: addDays(dueDate, -30), dueDate }),
    );
    if (spec.paidPercent > 0) {
      const amount = Math.max(1, Math.floor((spec.amount * spec.paidPercent) / 100));
      const date = minDate(today, addDays(dueDate, spec.paidLag));
      must(await client.send('payment-record', { debtorId, currency, amount, date, invoiceIds: [invoice.id] }));
    }
  }

  const openInvoices = async () => must(await client.send('debtor-get', { id: debtorId })).invoices.filter((i) => i.status === 'open' && i.paid < i.amount);

  if (d.dispute !== null) {
    const open = await openInvoices();
    const target = open[d.dispute % Math.max(1, open.length)];
    if (target) must(await client.send('invoice-dispute', { debtorId, invoiceIds: [target.id], reason: 'No reconoce parte del pedido' }));
  }

  if (d.promise !== null) {
    const p = d.promise;
    const currency = d.currencies[0];
    const owed = (await openInvoices()).filter((i) => i.currency === currency).reduce((sum, i) => sum + i.amount - i.paid, 0);
    if (owed > 0) {
      const date = addDays(today, p.date);
      const made = addDays(minDate(today, date), -p.madeBefore);
      at(daysBetween(made, today));
      const amount = Math.max(1, Math.floor((owed * p.share) / 100));
      const { promise } = must(await client.send('promise-record', { debtorId, currency, amount, date }));
      ledger.setNow(now);
      if (p.outcome === 'kept') must(await client.send('payment-record', { debtorId, currency, amount, date: minDate(today, date) }));
      if (p.outcome === 'cancelled') must(await client.send('promise-cancel', { id: promise.id }));
    }
  }

  if (d.plan !== null) {
    const p = d.plan;
    const open = await openInvoices();
    const currency = open[0]?.currency;
    const covered = open.filter((i) => i.currency === currency);
    const owed = covered.reduce((sum, i) => sum + i.amount - i.paid, 0);
    const offsets = [...p.installments].sort((a, b) => a - b);
    if (currency && owed >= offsets.length) {
      const created = addDays(today, -p.createdDaysAgo);
      const share = Math.floor(owed / offsets.length);
      const installments = offsets.map((offset, k) => ({
        dueDate: addDays(created, offset),
        amount: k === offsets.length - 1 ? owed - share * (offsets.length - 1) : share,
      }));
      at(p.createdDaysAgo);
      const invoiceIds = covered.map((i) => i.id);
      must(await client.send('plan-create', { debtorId, invoiceIds, installments }));
      ledger.setNow(now);
      const paying = installments.slice(0, Math.min(p.paidInstallments, installments.length));
      if (paying.length > 0) {
        const amount = paying.reduce((sum, i) => sum + i.amount, 0);
        const date = minDate(today, paying[paying.length - 1]!.dueDate);
        must(await client.send('payment-record', { debtorId, currency, amount, date, invoiceIds }));
      }
    }
  }

  for (const e of d.events) {
    const when = new Date(now.getTime() - e.minutesAgo * MINUTE).toISOString();
    const base = { debtorId, at: when };
    const input =
      e.kind === 'reminder'
        ? { ...base, kind: 'email' as const, channel: 'email' as const, direction: 'outbound' as const, step: e.step, subject: `Reminder (${e.step})` }
        : e.kind === 'call'
          ? { ...base, kind: 'call' as const, channel: 'phone' as const, direction: 'outbound' as const, step: 'call' as const, outcome: 'reached' as const }
          : e.kind === 'letter'
            ? { ...base, kind: 'letter' as const, channel: 'letter' as const, direction: 'outbound' as const, step: 'formal' as const }
            : e.kind === 'inbound'
              ? { ...base, kind: 'email' as const, channel: 'email' as const, direction: 'inbound' as const, subject: 'Re: factura' }
              : e.kind === 'side'
                ? { ...base, kind: 'email' as const, channel: 'email' as const, direction: 'outbound' as const, step: e.sideStep }
                : { ...base, kind: 'note' as const, channel: 'system' as const, direction: 'internal' as const, note: 'Left a note' };
    must(await client.send('event-log', input));
  }
  ledger.setNow(now);
  return debtorId;
}

/** A fresh ledger built from the spec, the clock at its `now`; the caller closes it. */
export async function buildLedger(spec: LedgerSpec): Promise<{ ledger: TestLedger; debtorIds: string[] }> {
  const now = new Date(spec.now);
  const ledger = createTestLedger(now);
  try {
    await applySettings(ledger, spec.settings);
    const debtorIds: string[] = [];
    for (const [index, d] of spec.debtors.entries()) debtorIds.push(await addDebtor(ledger, now, index, d));
    return { ledger, debtorIds };
  } catch (error) {
    ledger.db.close();
    throw error;
  }
}

// ---------------------------------------------------------------- the truth about one debtor

export interface DebtorTruth {
  card: HandlerOutput<'debtor-get'>;
  status: CollectionStatus;
  events: Event[];
  now: Date;
}

export async function readTruth(ledger: TestLedger, debtorId: string): Promise<DebtorTruth> {
  const { client } = ledger;
  return {
    card: must(await client.send('debtor-get', { id: debtorId })),
    status: must(await client.send('status-get', { debtorId })),
    events: must(await client.send('events-list', { debtorId, limit: 500 })),
    now: ledger.ctx.now(),
  };
}

// ---------------------------------------------------------------- reading a message

export type RuleGroup = 'core' | 'more';

export interface Violation {
  rule: string;
  /** 'subject' or the offending line of the text. */
  line: string;
  why: string;
}

interface MessageFacts {
  language: Language;
  purpose: TemplatePurpose;
  today: IsoDate;
  invoices: Invoice[];
  unpaid: Invoice[];
  oldestUnpaidDue: IsoDate | null;
  /** The same, leaving disputed invoices out. */
  oldestUndisputedDue: IsoDate | null;
  truth: DebtorTruth;
  lines: Array<{ where: string; text: string }>;
  /**
   * What the message tells the customer, where claims are read. The call script is mostly the
   * caller's instructions ("if they promised to pay, record the promise"); only its quoted
   * lines are said to the customer.
   */
  claims: Array<{ where: string; text: string }>;
}

const outstanding = (i: Invoice) => Math.max(0, i.amount - i.paid);
const isUnpaid = (i: Invoice) => (i.status === 'open' || i.status === 'disputed') && outstanding(i) > 0;
const daysLateOn = (due: IsoDate, today: IsoDate) => daysBetween(due, today);

const MONTHS: Record<string, number> = {};
for (const locale of ['es', 'en']) {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  for (let m = 0; m < 12; m += 1) MONTHS[format.format(new Date(Date.UTC(2026, m, 1))).toLowerCase()] = m + 1;
}
MONTHS.setiembre = 9;
const MONTH = Object.keys(MONTHS).join('|');
/** "5 de marzo de 2026", "5 March 2026", "March 5, 2026": the long dates the templates print. */
const DATE_SOURCE = `(?:\\d{1,2} de (?:${MONTH}) de \\d{4}|\\d{1,2} (?:${MONTH}) \\d{4}|(?:${MONTH}) \\d{1,2}, \\d{4})`;
const WRITTEN_DATE = new RegExp(DATE_SOURCE, 'gi');

function parseWrittenDate(text: string): IsoDate | null {
  const parts = text.toLowerCase().replace(/,/g, '').split(/\s+/).filter((p) => p !== 'de');
  let day: number;
  let month: number | undefined;
  let year: number;
  if (/^\d/.test(parts[0]!)) [day, month, year] = [Number(parts[0]), MONTHS[parts[1]!], Number(parts[2])];
  else [month, day, year] = [MONTHS[parts[0]!], Number(parts[1]), Number(parts[2])];
  if (!month) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function datesIn(text: string): Array<{ text: string; date: IsoDate | null }> {
  return [...text.matchAll(WRITTEN_DATE)].map((m) => ({ text: m[0], date: parseWrittenDate(m[0]) }));
}

function numbersIn(text: string, ledgerNumbers: ReadonlySet<string>): string[] {
  return [...new Set([...text.matchAll(INVOICE_NUMBER)].map((m) => m[0]))].filter((n) => ledgerNumbers.has(n));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------- phrase lists

/** Says we reminded them before. Built from the library's wording, generously. */
const EARLIER_REMINDERS: RegExp[] = [
  /\b(?:earlier|previous|prior|past) (?:reminders?|e-?mails?|messages?|letters?|notices?)\b/i,
  /\bas we (?:have )?(?:already )?reminded\b/i,
  /\bwe (?:have|'ve) already (?:reminded|written|contacted|sent|asked)\b/i,
  /\bwe have (?:reminded|written to|contacted) you\b/i,
  /\bdespite (?:all )?(?:our|the|several|repeated) (?:earlier |previous |several |repeated )?(?:reminders|requests|messages|e-?mails|attempts|notices|calls)\b/i,
  /\breminders? (?:we|already) sent\b/i,
  /\ball (?:of )?these communications\b/i,
  /\bour (?:last|earlier|previous) (?:e-?mail|message|letter|call)\b/i,
  /\brecordatorios? anterior(?:es)?\b/i,
  /\bavisos? anterior(?:es)?\b/i,
  /\bcomo (?:ya )?le (?:recordamos|indicamos|comunicamos|hemos recordado)\b/i,
  /\bya le hemos (?:recordado|escrito|avisado|contactado|enviado)\b/i,
  /\b(?:pese a|a pesar de) (?:nuestros|los|varios|reiterados|sus) (?:anteriores )?(?:recordatorios|avisos|requerimientos|correos|mensajes|intentos|llamadas)\b/i,
  /\bnuestros (?:anteriores|últimos) (?:recordatorios|avisos)\b/i,
  /\brecordatorios enviados\b/i,
  /\btodas (?:estas|nuestras) comunicaciones\b/i,
  /\bnuestr[oa] (?:último|anterior|última) (?:correo|mensaje|carta|llamada)\b/i,
];
/** Says a formal request was already made. */
const EARLIER_FORMAL: RegExp[] = [/\bour formal (?:request|notice|demand)\b/i, /\bnuestro requerimiento(?: formal)?\b/i, /\bnuestra reclamación formal\b/i];

const DUE_TODAY: RegExp[] = [
  /\bdue today\b/i,
  /\bfalls due today\b/i,
  /\btoday is the due date\b/i,
  /\bdue date is today\b/i,
  /\bvencen? hoy\b/i,
  // "Hoy, 9 de marzo, vence el pago"; not "a día de hoy" (as of today).
  /(?<!día de )\bhoy\b[^.\n]*\bvencen?\b/i,
  /\bvencen? (?:el día de )?hoy\b/i,
  /\bfecha de vencimiento es hoy\b/i,
];

const DAYS_LATE: RegExp[] = [
  /(\d[\d,.]*) days? (?:late|overdue|past (?:the |its )?due(?: date)?|behind|ago)\b/gi,
  /(\d[\d.,]*) días? (?:de retraso|de demora|de atraso|vencid[oa]s?)\b/gi,
  /\bhace (\d[\d.,]*) días?\b/gi,
];

/** Speaks of a promise to pay they made. */
const PROMISE_WORDS: RegExp[] = [
  /\byou(?: have|'ve)? promised\b/i,
  /\byour promise\b/i,
  /\bthe promise you made\b/i,
  /\bnos prometió\b/i,
  /\bse comprometió\b/i,
  /\bsu compromiso de pago\b/i,
  /(?<!hay )\bpromesa\b/i,
];
/** Confirms a promise still running. */
const PROMISE_OPEN_WORDS: RegExp[] = [
  /\bwe confirm (?:in writing )?that you will pay\b/i,
  /\bconfirming your payment\b/i,
  /\ble confirmamos por escrito su compromiso\b/i,
  /\bconfirmación de su compromiso\b/i,
];
/** Speaks of something agreed: a promise still running, or a plan. */
const AGREED_WORDS: RegExp[] = [/\bas agreed\b/i, /\btal como hemos acordado\b/i, /\bcomo (?:hemos )?acordado\b/i, /\bcomo acordamos\b/i];
/** Says a promise was broken. */
const PROMISE_BROKEN_WORDS: RegExp[] = [
  /\bwe waited until\b/i,
  /\bhave not received the payment due by\b/i,
  /\bbroken promise\b/i,
  /\besperamos hasta el\b/i,
  /\bpago previsto para\b/i,
  /\bpromesa (?:de pago )?incumplida\b/i,
];
/** Speaks of a plan already agreed (proposing one is not this). */
const PLAN_WORDS: RegExp[] = [
  /\byour payment plan\b/i,
  /\bthe payment plan we agreed\b/i,
  /\bschedule we agreed\b/i,
  /\bagreed schedule\b/i,
  /\binstallment of\b/i,
  /\bInstallment \d+:/,
  /\bnext installment\b/i,
  /\bkeeping to the plan\b/i,
  /\bthe plan as cancelled\b/i,
  /\bsu plan de pagos\b/i,
  /\bplan de pagos que acordamos\b/i,
  /\bcalendario (?:completo )?que acordamos\b/i,
  /\bcalendario acordado\b/i,
  /\bPlazo \d+:/,
  /\bvence el plazo\b/i,
  /\bplazo (?:atrasado|impagado|pendiente)\b/i,
  /\bcumplir con lo acordado\b/i,
  /\bdar el plan por cancelado\b/i,
];
/** Says an installment was missed. */
const MISSED_INSTALLMENT_WORDS: RegExp[] = [
  /\bmissed installment\b/i,
  /\bhave not received the installment\b/i,
  /\bno hemos recibido el plazo\b/i,
  /\bplazo (?:atrasado|impagado|pendiente del)\b/i,
];
/** Thanks them for a payment received. */
const PAYMENT_RECEIVED_WORDS: RegExp[] = [
  /\bwe have received (?:your )?payment\b/i,
  /\bthank you for your payment\b/i,
  /(?<!no )\bhemos recibido (?:el|su) pago\b/i,
  /\bgracias por su pago\b/i,
];
/** Acknowledges their objection. */
const DISPUTE_WORDS: RegExp[] = [
  /\byou disagree with\b/i,
  /\byour query about\b/i,
  /\bpaused our payment reminders\b/i,
  /\bsu disconformidad\b/i,
  /\bsu consulta sobre\b/i,
  /\bhemos detenido los recordatorios\b/i,
];
/** A date the invoice is still to fall due on, or already fell due on. */
const FUTURE_DUE = [
  new RegExp(`\\b(?:is|are) due on (${DATE_SOURCE})`, 'gi'),
  new RegExp(`\\bvencen? el (?:próximo )?(${DATE_SOURCE})`, 'gi'),
  new RegExp(`\\bel próximo (${DATE_SOURCE})`, 'gi'),
];
const PAST_DUE = [
  new RegExp(`\\b(?:was|were) due on (${DATE_SOURCE})`, 'gi'),
  new RegExp(`\\b(?:venció|vencieron|vencía|vencían) el (${DATE_SOURCE})`, 'gi'),
];

/** What the caller says aloud, in the quotes the call scripts use. */
const SPOKEN = /[«“"]([^»”"]*)[»”"]/g;
const GREETING_ALONE = /^(?:dear|estimad[oa]s?|estimado\/a|for the attention of|a la atención de)\s*[,:]?\s*$/i;
const CLOSING = new RegExp(
  `^(?:${[
    'kind regards',
    'best regards',
    'regards',
    'yours sincerely',
    'yours faithfully',
    'sincerely',
    'thank you, and kind regards',
    'un cordial saludo',
    'gracias, y un cordial saludo',
    'atentamente',
    'saludos cordiales',
    'cordialmente',
    'reciba un cordial saludo',
  ].join('|')})[,.]?$`,
  'i',
);
const EMPTY_SLOTS: Array<[RegExp, string]> = [
  [/\s[.,;:!?](?=\s|$)/, 'a space before punctuation: an empty value before it ("de .", "Hello ,")'],
  [/\(\s*\)/, 'empty parentheses'],
  [/\S {2,}\S/, 'two spaces in a row: an empty value between them'],
  [/\bundefined\b|\bnull\b|\bNaN\b/, 'a missing value printed'],
  [/[{}]/, 'a brace: an unfilled slot'],
];

// ---------------------------------------------------------------- rules

type Rule = { name: string; group: RuleGroup; check: (facts: MessageFacts) => Violation[] };

const firstMatch = (patterns: readonly RegExp[], text: string) => patterns.find((p) => p.test(text));
/** The words a line says that match one of the patterns. */
const phrase = (patterns: readonly RegExp[], text: string) => text.match(firstMatch(patterns, text) ?? /$^/)?.[0] ?? '';
/** Lines matching any of the patterns. */
function linesSaying(facts: MessageFacts, patterns: readonly RegExp[]) {
  return facts.claims.filter((line) => firstMatch(patterns, line.text));
}

const contactKinds = new Set<Event['kind']>(['email', 'call', 'letter', 'sms', 'meeting']);
const FORMAL_STEPS = new Set<TemplatePurpose>(['formal', 'agency', 'legal']);

function remindersLogged(truth: DebtorTruth): Event[] {
  return truth.events.filter((e) => e.direction === 'outbound' && contactKinds.has(e.kind) && Date.parse(e.at) <= truth.now.getTime());
}

/** "2026-03-04 (5 days ago)", "2026-03-09 (today)", "2026-03-12 (in 3 days)". */
function dueWords(due: IsoDate, today: IsoDate): string {
  const late = daysLateOn(due, today);
  return `${due} (${late === 0 ? 'today' : late > 0 ? `${late} day${late === 1 ? '' : 's'} ago` : `in ${-late} day${late === -1 ? '' : 's'}`})`;
}

function describeDue(facts: MessageFacts): string {
  if (facts.oldestUnpaidDue === null) return 'nothing it is about is unpaid';
  return `the oldest unpaid invoice it is about fell due on ${dueWords(facts.oldestUnpaidDue, facts.today)}`;
}

/** Money the message may print: what is owed, what was invoiced, promised or scheduled. */
function allowedAmounts(facts: MessageFacts, single: Invoice | undefined): Money[] {
  const { card, status } = facts.truth;
  const promised = card.promises.filter((p) => p.cancelledAt === null).map((p) => ({ currency: p.currency, amount: p.amount }));
  const plans = card.plans.filter((p) => p.cancelledAt === null);
  const scheduled = plans.flatMap((p) => p.installments.map((i) => ({ currency: p.currency, amount: i.amount })));
  const planView = status.plan ? [...status.plan.missed.map((i) => i.amount), ...(status.plan.nextInstallment ? [status.plan.nextInstallment.amount] : []), status.plan.remaining] : [];
  const paid = [...card.payments.map((p) => ({ currency: p.currency, amount: p.amount })), ...card.invoices.map((i) => ({ currency: i.currency, amount: i.paid }))];
  const extra = [...promised, ...scheduled, ...planView, ...(status.plan ? [status.plan.paid] : []), ...paid];
  if (single) return [{ currency: single.currency, amount: outstanding(single) }, { currency: single.currency, amount: single.amount }, ...extra];
  const totals = new Map<string, number>();
  for (const i of facts.unpaid) totals.set(i.currency, (totals.get(i.currency) ?? 0) + outstanding(i));
  return [
    ...[...totals].map(([currency, amount]) => ({ currency, amount })),
    ...facts.invoices.flatMap((i) => [{ currency: i.currency, amount: outstanding(i) }, { currency: i.currency, amount: i.amount }]),
    ...status.outstanding,
    ...extra,
  ];
}

const MONEY_LOCALES = ['es', 'en', ...LOCALES];
const MONEY_NUMBER = /\d[\d.,]*[.,]\d{2}(?!\d)/g;
const COSTS_LINE = /\binterest\b|\binter[eé]s(?:es)?\b|\bcompensation\b|\bindemnizaci[oó]n\b/i;

const RULES: Rule[] = [
  {
    name: 'earlier reminders',
    group: 'core',
    check: (facts) => {
      const logged = remindersLogged(facts.truth);
      const out: Violation[] = [];
      if (logged.length === 0) {
        for (const line of linesSaying(facts, EARLIER_REMINDERS)) {
          out.push({ rule: 'earlier reminders', line: line.text, why: `claims earlier reminders ("${phrase(EARLIER_REMINDERS, line.text)}"), but no outbound contact is logged` });
        }
      }
      if (!logged.some((e) => (e.step && FORMAL_STEPS.has(e.step)) || e.kind === 'letter')) {
        for (const line of linesSaying(facts, EARLIER_FORMAL)) {
          out.push({ rule: 'earlier reminders', line: line.text, why: `claims an earlier formal request ("${phrase(EARLIER_FORMAL, line.text)}"), but no formal step or letter is logged` });
        }
      }
      return out;
    },
  },
  {
    name: 'due today',
    group: 'core',
    check: (facts) =>
      facts.oldestUnpaidDue === facts.today
        ? []
        : linesSaying(facts, DUE_TODAY).map((line) => ({ rule: 'due today', line: line.text, why: `says it is due today ("${phrase(DUE_TODAY, line.text)}"), but ${describeDue(facts)}` })),
  },
  {
    name: 'days late',
    group: 'core',
    check: (facts) => {
      const out: Violation[] = [];
      const byNumber = new Map(facts.truth.card.invoices.map((i) => [i.number, i]));
      for (const line of facts.lines) {
        for (const pattern of DAYS_LATE) {
          for (const match of line.text.matchAll(pattern)) {
            const said = Number(match[1]!.replace(/[.,]/g, ''));
            const named = numbersIn(line.text, new Set(byNumber.keys()));
            const invoice = named.length === 1 ? byNumber.get(named[0]!) : undefined;
            // Of that invoice when the line names one; else of the oldest unpaid one, counting
            // disputed invoices or not (the status' oldest leaves them out).
            const dues = invoice && isUnpaid(invoice) ? [invoice.dueDate] : [facts.oldestUnpaidDue, facts.oldestUndisputedDue].filter((d): d is IsoDate => d !== null);
            const truths = dues.map((due) => daysLateOn(due, facts.today));
            const truth = truths[0] ?? null;
            if (!truths.some((days) => days >= 1 && days === said)) {
              out.push({
                rule: 'days late',
                line: line.text,
                why: `says "${match[0]}", but ${invoice && isUnpaid(invoice) ? `${invoice.number} fell due on ${dueWords(invoice.dueDate, facts.today)}` : describeDue(facts)}${truth !== null && truth < 1 ? ': it is not late' : ''}`,
              });
            }
          }
        }
      }
      return out;
    },
  },
  {
    name: 'invoice numbers',
    group: 'core',
    check: (facts) => {
      const mine = new Set(facts.invoices.map((i) => i.number));
      return facts.lines.flatMap((line) =>
        [...new Set([...line.text.matchAll(INVOICE_NUMBER)].map((m) => m[0]))]
          .filter((n) => !mine.has(n))
          .map((n) => ({ rule: 'invoice numbers', line: line.text, why: `names invoice ${n}, which is not among the invoices it is about (${[...mine].join(', ') || 'none'})` })),
      );
    },
  },
  {
    name: 'amounts',
    group: 'core',
    check: (facts) => {
      const out: Violation[] = [];
      const byNumber = new Map(facts.truth.card.invoices.map((i) => [i.number, i]));
      for (const line of facts.lines) {
        if (COSTS_LINE.test(line.text)) continue;
        const named = numbersIn(line.text, new Set(byNumber.keys()));
        const single = named.length === 1 ? byNumber.get(named[0]!) : undefined;
        const allowed = allowedAmounts(facts, single).flatMap((m) => MONEY_LOCALES.map((locale) => formatMoney(m, locale, 'customer')));
        for (const match of line.text.matchAll(MONEY_NUMBER)) {
          const at = match.index;
          if (/^\s?%/.test(line.text.slice(at + match[0].length))) continue;
          // Nothing owed, and it says so: "0,00 €" is true, if lame (the empty-slot rule sees the rest).
          if (facts.unpaid.length === 0 && /^[0.,]+$/.test(match[0])) continue;
          const fits = allowed.some((shown) => {
            const offset = shown.indexOf(match[0]);
            return offset >= 0 && line.text.startsWith(shown, at - offset);
          });
          if (!fits) {
            const owes = (i: Invoice) => `${i.number} ${formatMoney({ currency: i.currency, amount: outstanding(i) }, 'en')}`;
            const owed = single ? `it names ${single.number}, which owes: ${owes(single)}` : `the invoices it is about owe ${facts.unpaid.map(owes).join(', ') || 'nothing'}`;
            out.push({ rule: 'amounts', line: line.text, why: `prints the amount ${match[0]}, but ${owed}` });
          }
        }
      }
      return out;
    },
  },
  {
    name: 'dates',
    group: 'core',
    check: (facts) => {
      const { card, events } = facts.truth;
      const zone = card.debtor.timeZone;
      const real = new Set<IsoDate>([
        facts.today,
        ...card.invoices.flatMap((i) => (i.issueDate ? [i.dueDate, i.issueDate] : [i.dueDate])),
        ...card.payments.map((p) => p.date),
        ...card.promises.filter((p) => p.cancelledAt === null).flatMap((p) => [p.date, dateIn(zone, new Date(p.createdAt))]),
        ...card.plans.filter((p) => p.cancelledAt === null).flatMap((p) => [dateIn(zone, new Date(p.createdAt)), ...p.installments.map((i) => i.dueDate)]),
        ...events.map((e) => dateIn(zone, new Date(e.at))),
      ]);
      const out: Violation[] = [];
      for (const line of facts.lines) {
        for (const { text, date } of datesIn(line.text)) {
          if (date === null || (!real.has(date) && date <= facts.today)) {
            out.push({ rule: 'dates', line: line.text, why: `prints ${text}, which is no date of this debtor's ledger and not a deadline after today (${facts.today})` });
          }
        }
      }
      return out;
    },
  },
  {
    name: 'promise',
    group: 'core',
    check: (facts) => {
      const { promises } = facts.truth.status;
      const out: Violation[] = [];
      const state = `open ${promises.open.length}, kept ${promises.kept.length}, broken ${promises.broken.length}`;
      if (promises.open.length === 0 && promises.broken.length === 0) {
        for (const line of linesSaying(facts, PROMISE_WORDS)) out.push({ rule: 'promise', line: line.text, why: `speaks of a promise to pay ("${phrase(PROMISE_WORDS, line.text)}"), but none is open or broken (${state})` });
      }
      if (promises.open.length === 0) {
        for (const line of linesSaying(facts, PROMISE_OPEN_WORDS)) out.push({ rule: 'promise', line: line.text, why: `confirms a promise to pay ("${phrase(PROMISE_OPEN_WORDS, line.text)}"), but none is open (${state})` });
      }
      const plan = facts.truth.status.plan;
      // A broken promise was an agreement too: "as agreed, we waited until …" is true of it.
      if (promises.open.length === 0 && promises.broken.length === 0 && !(plan && plan.state !== 'completed')) {
        for (const line of linesSaying(facts, AGREED_WORDS)) {
          out.push({ rule: 'promise', line: line.text, why: `speaks of an agreement ("${phrase(AGREED_WORDS, line.text)}"), but no promise is open or broken and no plan is running (${state})` });
        }
      }
      if (promises.broken.length === 0) {
        for (const line of linesSaying(facts, PROMISE_BROKEN_WORDS)) out.push({ rule: 'promise', line: line.text, why: `says a promise was broken ("${phrase(PROMISE_BROKEN_WORDS, line.text)}"), but none is (${state})` });
      }
      return out;
    },
  },
  {
    name: 'plan',
    group: 'core',
    check: (facts) => {
      const plan = facts.truth.status.plan;
      if (facts.purpose === 'plan-offer' || (plan && plan.state !== 'completed')) return [];
      return linesSaying(facts, PLAN_WORDS).map((line) => ({
        rule: 'plan',
        line: line.text,
        why: `speaks of an agreed payment plan ("${phrase(PLAN_WORDS, line.text)}"), but ${plan ? `the plan is ${plan.state}` : 'there is no plan'}`,
      }));
    },
  },
  {
    name: 'empty slot',
    group: 'core',
    check: (facts) => {
      const out: Violation[] = [];
      for (const line of facts.lines) {
        for (const [pattern, why] of EMPTY_SLOTS) if (pattern.test(line.text)) out.push({ rule: 'empty slot', line: line.text, why });
        if (GREETING_ALONE.test(line.text.trim())) out.push({ rule: 'empty slot', line: line.text, why: 'a greeting with nobody after it' });
      }
      const body = facts.lines.filter((l) => l.where === 'text' && l.text.trim() !== '');
      const last = body[body.length - 1];
      if (last && CLOSING.test(last.text.trim())) out.push({ rule: 'empty slot', line: last.text, why: 'a closing with no signature after it' });
      return out;
    },
  },
  {
    name: 'name twice',
    group: 'core',
    check: (facts) => {
      const { debtor } = facts.truth.card;
      const names = [...new Set([debtor.name, debtor.contactName ?? ''].map((n) => n.trim()).filter((n) => n !== ''))];
      const out: Violation[] = [];
      for (const name of names) {
        const twice = new RegExp(`${escape(name)}\\s*(?:\\(\\s*${escape(name)}\\s*\\)|,?\\s+${escape(name)})`);
        for (const line of facts.lines) if (twice.test(line.text)) out.push({ rule: 'name twice', line: line.text, why: `prints "${name}" twice in a row` });
      }
      return out;
    },
  },
  // ------------------------------------------------ further claims the ladder's rules imply
  {
    name: 'tense of the due date',
    group: 'more',
    check: (facts) => {
      const out: Violation[] = [];
      for (const line of facts.lines) {
        for (const pattern of FUTURE_DUE) {
          for (const m of line.text.matchAll(pattern)) {
            const date = parseWrittenDate(m[1]!);
            if (date !== null && date < facts.today) out.push({ rule: 'tense of the due date', line: line.text, why: `"${m[0]}" is still to come, but ${date} is before today (${facts.today})` });
          }
        }
        for (const pattern of PAST_DUE) {
          for (const m of line.text.matchAll(pattern)) {
            const date = parseWrittenDate(m[1]!);
            if (date !== null && date >= facts.today) out.push({ rule: 'tense of the due date', line: line.text, why: `"${m[0]}" is past, but ${date} is not before today (${facts.today})` });
          }
        }
      }
      return out;
    },
  },
  {
    name: 'payment received',
    group: 'more',
    check: (facts) => {
      if (facts.invoices.length > 0 && facts.invoices.every((i) => i.paid > 0)) return [];
      return linesSaying(facts, PAYMENT_RECEIVED_WORDS).map((line) => ({
        rule: 'payment received',
        line: line.text,
        why: `thanks them for a payment, but ${facts.invoices.length === 0 ? 'it names no invoice' : `${facts.invoices.filter((i) => i.paid === 0).map((i) => i.number).join(', ')} received nothing`}`,
      }));
    },
  },
  {
    name: 'dispute',
    group: 'more',
    check: (facts) => {
      if (facts.invoices.some((i) => i.status === 'disputed' || i.dispute !== null)) return [];
      return linesSaying(facts, DISPUTE_WORDS).map((line) => ({ rule: 'dispute', line: line.text, why: 'acknowledges an objection, but none of its invoices is disputed' }));
    },
  },
  {
    name: 'missed installment',
    group: 'more',
    check: (facts) => {
      const plan = facts.truth.status.plan;
      if (plan && plan.missed.length > 0) return [];
      return linesSaying(facts, MISSED_INSTALLMENT_WORDS).map((line) => ({
        rule: 'missed installment',
        line: line.text,
        why: `says an installment was missed, but ${plan ? `none is (plan ${plan.state})` : 'there is no plan'}`,
      }));
    },
  },
];

export const RULE_NAMES: Record<RuleGroup, string[]> = {
  core: RULES.filter((r) => r.group === 'core').map((r) => r.name),
  more: RULES.filter((r) => r.group === 'more').map((r) => r.name),
};

/** What an offered message says that the ledger does not. */
export function violationsOf(item: TemplateOffer & { rendered: { ok: true } }, truth: DebtorTruth, language: Language, groups: readonly RuleGroup[]): Violation[] {
  const today = truth.status.today;
  const invoices = truth.card.invoices.filter((i) => item.invoiceIds.includes(i.id));
  const unpaid = invoices.filter(isUnpaid);
  const oldestOf = (list: Invoice[]) => list.reduce<IsoDate | null>((min, i) => (min === null || i.dueDate < min ? i.dueDate : min), null);
  const oldestUnpaidDue = oldestOf(unpaid);
  const oldestUndisputedDue = oldestOf(unpaid.filter((i) => i.status !== 'disputed'));
  const lines = [{ where: 'subject', text: item.rendered.subject }, ...item.rendered.text.split('\n').map((text) => ({ where: 'text', text }))];
  const facts: MessageFacts = {
    language,
    purpose: item.template.purpose,
    today,
    invoices,
    unpaid,
    oldestUnpaidDue,
    oldestUndisputedDue,
    truth,
    lines,
    claims: item.template.purpose === 'call' ? lines.flatMap((line) => [...line.text.matchAll(SPOKEN)].map((m) => ({ where: line.where, text: m[1]! }))) : lines,
  };
  // One finding per rule and line, with every reason.
  const merged = new Map<string, Violation>();
  for (const v of RULES.filter((rule) => groups.includes(rule.group)).flatMap((rule) => rule.check(facts))) {
    const key = `${v.rule}\n${v.line}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, v);
    else if (!seen.why.includes(v.why)) seen.why = `${seen.why}; ${v.why}`;
  }
  return [...merged.values()];
}

// ---------------------------------------------------------------- readable counterexamples

export function describeDebtor(truth: DebtorTruth): string {
  const { card, status, events } = truth;
  const { debtor } = card;
  const money = (currency: string, amount: number) => formatMoney({ currency, amount }, 'en');
  const lines = [
    `Debtor "${debtor.name}"${debtor.contactName ? ` (contact "${debtor.contactName}")` : ' (no contact name)'}, ${debtor.locale}, ${debtor.timeZone}; now ${truth.now.toISOString()}, today ${status.today}`,
    `  status: ${status.state}, ladder step ${status.ladderStep ?? '-'}, days late ${status.daysLate ?? '-'}, next ${status.nextAction ? `${status.nextAction.purpose} on ${status.nextAction.date} (${status.nextAction.reason})` : '-'}`,
    ...card.invoices.map(
      (i) =>
        `  invoice ${i.number}: ${money(i.currency, i.amount)}, paid ${money(i.currency, i.paid)}, ${i.status}, due ${i.dueDate} (${daysLateOn(i.dueDate, status.today)} days late)`,
    ),
    ...[...events].reverse().map((e) => `  event ${e.at} ${e.direction} ${e.kind}${e.step ? ` step ${e.step}` : ''}`),
    ...card.promises.map((p) => {
      const state = p.cancelledAt
        ? 'cancelled'
        : status.promises.open.some((v) => v.promiseId === p.id)
          ? 'open'
          : status.promises.kept.some((v) => v.promiseId === p.id)
            ? 'kept'
            : 'broken';
      return `  promise ${money(p.currency, p.amount)} by ${p.date}, made ${p.createdAt}: ${state}`;
    }),
    ...card.plans.map(
      (p) =>
        `  plan ${p.installments.map((i) => `${money(p.currency, i.amount)} on ${i.dueDate}`).join(', ')}, made ${p.createdAt}${p.cancelledAt ? ', cancelled' : ''}: ${status.plan?.planId === p.id ? status.plan.state : '-'}`,
    ),
  ];
  return lines.join('\n');
}

export interface Finding {
  truth: DebtorTruth;
  language: Language;
  item: TemplateOffer;
  violations: Violation[];
}

export function describeFindings(findings: readonly Finding[], limit = 8): string {
  const byDebtor = new Map<string, Finding[]>();
  for (const f of findings) byDebtor.set(f.truth.card.debtor.id, [...(byDebtor.get(f.truth.card.debtor.id) ?? []), f]);
  const parts: string[] = [];
  let shown = 0;
  for (const group of byDebtor.values()) {
    parts.push(describeDebtor(group[0]!.truth));
    for (const f of group) {
      if (shown >= limit) break;
      shown += 1;
      parts.push(`  ${f.item.template.id} (${f.language}, invoices ${f.item.invoiceIds.length}):`);
      for (const v of f.violations) parts.push(`    [${v.rule}] ${JSON.stringify(v.line)}\n      ${v.why}`);
    }
  }
  const total = findings.reduce((sum, f) => sum + f.violations.length, 0);
  return `The text Cobro offers says what the ledger does not (${total} finding(s) in ${findings.length} message(s)):\n${parts.join('\n')}`;
}

/** Every offered message of every debtor, in the given languages, read against the ledger. */
export async function findUntruths(
  ledger: TestLedger,
  debtorIds: readonly string[],
  languages: readonly Language[],
  groups: readonly RuleGroup[],
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const debtorId of debtorIds) {
    const truth = await readTruth(ledger, debtorId);
    for (const language of languages) {
      const offered = must(await ledger.client.send('templates-for-debtor', { debtorId, locale: language }));
      for (const item of offered.items) {
        if (!isOffered(item)) continue;
        const violations = violationsOf(item, truth, language, groups);
        if (violations.length > 0) findings.push({ truth, language, item, violations });
      }
    }
  }
  return findings;
}
