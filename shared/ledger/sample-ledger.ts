// Generated ledgers for benchmarks and e2e: deterministic for a seed, shaped like a real small
// business's receivables (Spanish and English customers, several currencies, paid and open
// and disputed invoices, promises, plans, a contact history climbing the ladder).
import { dateIn, type IsoDate } from '../dates';
import { minorDigits } from '../money';
import { readStoredSettings } from './stored-settings';
import { SETTINGS_ID, toDebtorRow, type CobroDb, type TableName } from './db';
import { emptyRecords, groupRecordsByDebtor } from './debtor-records';
import { withHash } from './event-hash';
import { followUpDay } from './follow-up';
import {
  LADDER_STEPS,
  type CallOutcome,
  type Debtor,
  type Event,
  type Invoice,
  type LadderStep,
  type Payment,
  type PaymentPlan,
  type PromiseToPay,
  type Settings,
  type Template,
} from './schema';

export interface LedgerData {
  debtors: Debtor[];
  invoices: Invoice[];
  payments: Payment[];
  promises: PromiseToPay[];
  plans: PaymentPlan[];
  events: Event[];
  templates?: Template[];
  settings?: Settings;
}

export interface GenerateOptions {
  debtors: number;
  invoicesPerDebtor: number;
  eventsPerDebtor: number;
  seed: number;
  now: Date;
}

/** mulberry32: small, fast, and the same sequence on every engine for a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPANISH_FIRST = ['José', 'María', 'Lucía', 'Javier', 'Carmen', 'Íñigo', 'Begoña', 'Raúl', 'Ana', 'Martín', 'Nuria', 'Andrés'];
const SPANISH_LAST = ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Muñoz', 'Núñez', 'Ibáñez', 'Cortés', 'Peña'];
const SPANISH_TRADES = ['Talleres', 'Distribuciones', 'Construcciones', 'Ferretería', 'Panadería', 'Reformas', 'Transportes', 'Clínica Dental'];
const ENGLISH_FIRST = ['Oliver', 'Emma', 'Jack', 'Sophie', 'Harry', 'Grace', 'Liam', 'Chloe', 'Noah', 'Megan'];
const ENGLISH_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Walker', "O'Neill", 'Clarke', 'Hughes'];
const ENGLISH_TRADES = ['Builders', 'Design Studio', 'Catering', 'Logistics', 'Print Shop', 'Consulting', 'Plumbing', 'Bakery'];

interface Region {
  locale: string;
  timeZone: string;
  currency: string;
  spanish: boolean;
  weight: number;
}

const REGIONS: Region[] = [
  { locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', spanish: true, weight: 45 },
  { locale: 'es-MX', timeZone: 'America/Mexico_City', currency: 'MXN', spanish: true, weight: 12 },
  { locale: 'es-EC', timeZone: 'America/Guayaquil', currency: 'USD', spanish: true, weight: 8 },
  { locale: 'en-US', timeZone: 'America/New_York', currency: 'USD', spanish: false, weight: 20 },
  { locale: 'en-GB', timeZone: 'Europe/London', currency: 'GBP', spanish: false, weight: 15 },
];
const TOTAL_WEIGHT = REGIONS.reduce((sum, r) => sum + r.weight, 0);

const CALL_OUTCOMES: CallOutcome[] = ['reached', 'voicemail', 'no-answer', 'reached', 'refused'];
const PAYMENT_METHODS = ['transferencia', 'bank transfer', 'card', 'bizum', 'cheque'];

/** Calendar arithmetic on UTC midnights: the generator makes hundreds of thousands of dates. */
function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Builds a ledger for `now`; the same options always give the same data. */
export function generateLedger(options: GenerateOptions): LedgerData {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const nowMs = options.now.getTime();
  const instant = (daysAgo: number, hour = 10) => new Date(nowMs - daysAgo * 86_400_000 + (hour - 12) * 3_600_000).toISOString();
  const created = instant(400);

  const data: LedgerData = { debtors: [], invoices: [], payments: [], promises: [], plans: [], events: [] };

  for (let d = 0; d < options.debtors; d++) {
    let roll = random() * TOTAL_WEIGHT;
    const region = REGIONS.find((r) => (roll -= r.weight) < 0) ?? REGIONS[0]!;
    const company = chance(0.6);
    const first = pick(region.spanish ? SPANISH_FIRST : ENGLISH_FIRST);
    const last = pick(region.spanish ? SPANISH_LAST : ENGLISH_LAST);
    const name = company
      ? region.spanish
        ? `${pick(SPANISH_TRADES)} ${last} S.L.`
        : `${last} ${pick(ENGLISH_TRADES)} Ltd`
      : region.spanish
        ? `${first} ${last} ${pick(SPANISH_LAST)}`
        : `${first} ${last}`;
    const debtorId = `debtor-${d}`;
    const domain = `${slug(last)}${d}.example`;
    const today = dateIn(region.timeZone, options.now);
    const paused = chance(0.03);
    data.debtors.push({
      id: debtorId,
      name,
      emails: company ? [`facturas@${domain}`, `${slug(first)}@${domain}`] : [`${slug(first)}.${slug(last)}@${domain}`],
      ...(company ? { contactName: `${first} ${last}` } : {}),
      ...(chance(0.7) ? { phone: `+34 6${String(between(10_000_000, 99_999_999))}` } : {}),
      locale: region.locale,
      timeZone: region.timeZone,
      tags: chance(0.2) ? ['vip'] : [],
      notes: '',
      pause: paused ? { reason: region.spanish ? 'Cierre por vacaciones' : 'Away on holiday', until: addDays(today, 14), since: instant(3) } : null,
      doNotContact: chance(0.01),
      delinquencyOverride: null,
      contactPolicy: null,
      createdAt: created,
      updatedAt: created,
    });

    // Invoices: due dates spread from ~7 months ago to a month ahead.
    const open: Invoice[] = [];
    for (let n = 0; n < options.invoicesPerDebtor; n++) {
      const currency = chance(0.05) ? (region.currency === 'EUR' ? 'USD' : 'EUR') : region.currency;
      const amount = between(50, 5000) * 10 ** minorDigits(currency) + (minorDigits(currency) > 0 ? between(0, 99) : 0);
      const dueDate = addDays(today, between(-210, 30));
      let status: Invoice['status'] = 'open';
      let paid = 0;
      const r = random();
      if (dueDate < today && r < 0.45) {
        status = 'paid';
        paid = amount;
      } else if (r < 0.55) {
        paid = Math.floor(amount * random() * 0.8);
      } else if (r < 0.6) {
        status = 'disputed';
      } else if (r < 0.62) {
        status = 'void';
      }
      const invoice: Invoice = {
        id: `${debtorId}-inv-${n}`,
        debtorId,
        number: `${region.spanish ? 'F' : 'INV'}-${dueDate.slice(0, 4)}-${String(n + 1).padStart(4, '0')}`,
        currency,
        amount,
        paid,
        issueDate: addDays(dueDate, -30),
        dueDate,
        status,
        ...(chance(0.5) ? { description: region.spanish ? 'Servicios profesionales' : 'Professional services' } : {}),
        dispute: status === 'disputed' ? { reason: region.spanish ? 'No reconoce el importe' : 'Disputes the amount', since: instant(between(1, 20)) } : null,
        pause: null,
        source: chance(0.5) ? { kind: 'import', format: 'cobro' } : { kind: 'manual' },
        createdAt: created,
        updatedAt: created,
      };
      data.invoices.push(invoice);
      if (paid > 0) {
        const payDate = addDays(dueDate, between(-5, 40));
        data.payments.push({
          id: `${invoice.id}-pay`,
          debtorId,
          currency,
          amount: paid,
          date: payDate < today ? payDate : today,
          method: pick(PAYMENT_METHODS),
          allocations: [{ invoiceId: invoice.id, amount: paid }],
          createdAt: created,
        });
      }
      if ((status === 'open' || status === 'disputed') && paid < amount) open.push(invoice);
    }

    const overdue = open.filter((i) => i.status === 'open' && i.dueDate < today);
    const target = overdue[0];
    if (target && chance(0.15)) {
      const owed = target.amount - target.paid;
      data.promises.push({
        id: `${debtorId}-promise`,
        debtorId,
        invoiceIds: [target.id],
        currency: target.currency,
        amount: owed,
        date: addDays(today, between(-10, 10)),
        cancelledAt: chance(0.1) ? instant(1) : null,
        createdAt: instant(12),
      });
    } else if (target && chance(0.1)) {
      const owed = target.amount - target.paid;
      const count = Math.min(3, owed);
      const share = Math.floor(owed / count);
      data.plans.push({
        id: `${debtorId}-plan`,
        debtorId,
        invoiceIds: [target.id],
        currency: target.currency,
        installments: Array.from({ length: count }, (_, k) => ({
          dueDate: addDays(today, 30 * k - 15),
          amount: k === count - 1 ? owed - share * (count - 1) : share,
        })),
        cancelledAt: null,
        createdAt: instant(20),
      });
    }

    // The contact history: older first, climbing the ladder, with calls and notes between.
    const language = region.spanish ? 'es' : 'en';
    for (let n = 0; n < options.eventsPerDebtor; n++) {
      const daysAgo = Math.floor(((options.eventsPerDebtor - n) / options.eventsPerDebtor) * 180) + between(0, 3);
      const at = instant(daysAgo, between(9, 18));
      const step: LadderStep = LADDER_STEPS[Math.min(LADDER_STEPS.length - 1, Math.floor((n / Math.max(1, options.eventsPerDebtor)) * 6))]!;
      const invoiceIds = open.slice(0, 2).map((i) => i.id);
      const kind = step === 'call' || chance(0.15) ? 'call' : chance(0.1) ? 'note' : 'email';
      const id = `${debtorId}-event-${n}`;
      if (kind === 'email') {
        const messageId = `msg-${options.seed}-${d}-${n}`;
        data.events.push({
          id,
          debtorId,
          at,
          kind,
          channel: 'email',
          direction: chance(0.2) ? 'inbound' : 'outbound',
          templateId: `builtin:${step}:${language}`,
          step,
          invoiceIds,
          subject: region.spanish ? `Recordatorio de pago (${step})` : `Payment reminder (${step})`,
          mail: { host: chance(0.7) ? 'gmail' : 'outlook', threadId: `thread-${d}`, messageId },
          dedupeKey: `gmail:${messageId}:${debtorId}`,
        });
      } else if (kind === 'call') {
        data.events.push({ id, debtorId, at, kind, channel: 'phone', direction: 'outbound', step: 'call', invoiceIds, outcome: pick(CALL_OUTCOMES), dedupeKey: `event:${id}` });
      } else {
        data.events.push({ id, debtorId, at, kind, channel: 'system', direction: 'internal', invoiceIds, note: region.spanish ? 'Habló con contabilidad' : 'Spoke to accounts', dedupeKey: `event:${id}` });
      }
    }
  }
  return data;
}

const LOAD_ORDER: ReadonlyArray<Exclude<keyof LedgerData, 'settings'> & TableName> = [
  'debtors',
  'invoices',
  'payments',
  'promises',
  'plans',
  'events',
  'templates',
];

export interface LoadOptions {
  /** The clock the debtors' follow-up days are worked out at: the handlers' clock. */
  now: Date;
  /** Rows per bulkAdd. */
  chunkSize?: number;
}

/**
 * Writes a new ledger (into an empty database) with bulkAdd in chunks, so a large one never sits
 * in one huge transaction. Follow-up days come from the data in hand, not from reading it back.
 */
export async function loadLedger(db: CobroDb, data: LedgerData, options: LoadOptions): Promise<void> {
  const { now, chunkSize = 5000 } = options;
  const settings = data.settings ?? (await readStoredSettings(db));
  const records = groupRecordsByDebtor(data);
  const debtorRows = data.debtors.map((debtor) =>
    toDebtorRow(debtor, followUpDay(debtor, records.get(debtor.id) ?? emptyRecords(), settings, now)),
  );
  for (const table of LOAD_ORDER) {
    // Events are stored with their hash, like every other write of one.
    const rows: readonly object[] = table === 'debtors' ? debtorRows : table === 'events' ? data.events.map(withHash) : (data[table] ?? []);
    for (let start = 0; start < rows.length; start += chunkSize) {
      await db.table(table).bulkAdd(rows.slice(start, start + chunkSize));
    }
  }
  if (data.settings) await db.settings.put({ id: SETTINGS_ID, value: data.settings });
}
