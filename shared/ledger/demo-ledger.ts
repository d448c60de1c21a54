// A small named ledger for the demo mailbox and screenshots: one debtor in each situation the
// product handles. Dates are relative to "now" so the demo stays true on any day; DEMO_LEDGER
// is the fixed copy for DEMO_NOW.
import { addDays, dateIn, type IsoDate } from '../dates';
import type { LedgerData } from './sample-ledger';
import type { Debtor, Event, Invoice, LadderStep } from './schema';

export const DEMO_NOW = new Date('2026-03-02T10:00:00.000Z');

/** The situation each demo debtor is in, by id. */
export const DEMO_SITUATIONS = {
  'demo-not-due': 'not yet due',
  'demo-courtesy': 'courtesy reminder due',
  'demo-overdue': 'overdue reminder due',
  'demo-call': 'phone call due',
  'demo-firm': 'firm reminder due',
  'demo-formal': 'formal notice due',
  'demo-promised': 'promised to pay',
  'demo-broken-promise': 'broke a promise',
  'demo-plan': 'on a payment plan',
  'demo-disputed': 'disputes an invoice',
  'demo-paused': 'paused',
  'demo-paid': 'paid, thank-you due',
} as const;
export type DemoDebtorId = keyof typeof DEMO_SITUATIONS;

interface DemoDebtor {
  id: DemoDebtorId;
  name: string;
  contactName: string;
  email: string;
  locale: string;
  timeZone: string;
  currency: string;
  /** Minor units. */
  amount: number;
  /** Days from today to the due date (negative: overdue). */
  dueIn: number;
  /** Ladder steps already sent by e-mail, each on its default day. */
  sent?: LadderStep[];
}

const DEMO_DEBTORS: DemoDebtor[] = [
  { id: 'demo-not-due', name: 'Estudio Creativo Marina', contactName: 'Marina Soler', email: 'marina@estudiomarina.example', locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', amount: 84700, dueIn: 12 },
  { id: 'demo-courtesy', name: 'Panadería Hermanos Ruiz', contactName: 'Pedro Ruiz', email: 'pedidos@panaderiaruiz.example', locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', amount: 36300, dueIn: 3 },
  { id: 'demo-overdue', name: 'Reformas Castillo S.L.', contactName: 'Lucía Castillo', email: 'administracion@reformascastillo.example', locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', amount: 242000, dueIn: -9, sent: ['courtesy', 'due'] },
  { id: 'demo-call', name: 'Talleres Mecánicos Ibáñez', contactName: 'Íñigo Ibáñez', email: 'facturas@talleresibanez.example', locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', amount: 121000, dueIn: -16, sent: ['due', 'overdue'] },
  { id: 'demo-firm', name: 'Northwind Traders Ltd', contactName: 'Grace Walker', email: 'accounts@northwind.example', locale: 'en-GB', timeZone: 'Europe/London', currency: 'GBP', amount: 450000, dueIn: -33, sent: ['due', 'overdue', 'call'] },
  { id: 'demo-formal', name: 'Distribuciones Peña', contactName: 'Begoña Peña', email: 'contabilidad@distpena.example', locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', amount: 605000, dueIn: -50, sent: ['due', 'overdue', 'call', 'firm'] },
  { id: 'demo-promised', name: 'Clínica Dental Sonrisa', contactName: 'Raúl Gómez', email: 'gerencia@clinicasonrisa.example', locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', amount: 181500, dueIn: -20, sent: ['due', 'overdue'] },
  { id: 'demo-broken-promise', name: 'Construcciones Gómez', contactName: 'Andrés Gómez', email: 'obras@construccionesgomez.example', locale: 'es-MX', timeZone: 'America/Mexico_City', currency: 'MXN', amount: 3480000, dueIn: -35, sent: ['due', 'overdue'] },
  { id: 'demo-plan', name: 'Café La Esquina', contactName: 'Carmen Núñez', email: 'cafe@laesquina.example', locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', amount: 90000, dueIn: -40, sent: ['due', 'overdue', 'call'] },
  { id: 'demo-disputed', name: 'Imprenta Sánchez', contactName: 'Nuria Sánchez', email: 'nuria@imprentasanchez.example', locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', amount: 72600, dueIn: -12, sent: ['due'] },
  { id: 'demo-paused', name: 'Harbor Design Co.', contactName: 'Oliver Hughes', email: 'billing@harbordesign.example', locale: 'en-US', timeZone: 'America/New_York', currency: 'USD', amount: 275000, dueIn: -20, sent: ['due', 'overdue'] },
  { id: 'demo-paid', name: 'Frutas Martínez', contactName: 'José Martínez', email: 'jose@frutasmartinez.example', locale: 'es-ES', timeZone: 'Europe/Madrid', currency: 'EUR', amount: 48400, dueIn: -5, sent: ['courtesy', 'due'] },
];

/** Default ladder days (settings.ladderDays), for placing past sends on their usual day. */
const STEP_DAY: Record<LadderStep, number> = { courtesy: -3, due: 0, overdue: 7, call: 14, firm: 30, formal: 45, agency: 60, legal: 90 };

export function demoLedger(now: Date = DEMO_NOW): LedgerData {
  const data: LedgerData = { debtors: [], invoices: [], payments: [], promises: [], plans: [], events: [] };
  const created = new Date(now.getTime() - 120 * 86_400_000).toISOString();
  /** 15:00 UTC: working hours in every demo zone, Madrid to Mexico City. */
  const at = (day: IsoDate, hour = 15) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

  for (const spec of DEMO_DEBTORS) {
    const today = dateIn(spec.timeZone, now);
    const dueDate = addDays(today, spec.dueIn);
    const spanish = spec.locale.startsWith('es');
    const debtor: Debtor = {
      id: spec.id,
      name: spec.name,
      emails: [spec.email],
      contactName: spec.contactName,
      locale: spec.locale,
      timeZone: spec.timeZone,
      tags: [],
      notes: '',
      pause: null,
      doNotContact: false,
      delinquencyOverride: null,
      contactPolicy: null,
      createdAt: created,
      updatedAt: created,
    };
    const invoice: Invoice = {
      id: `${spec.id}-invoice`,
      debtorId: spec.id,
      number: `${spanish ? 'F' : 'INV'}-${dueDate.slice(0, 4)}-${String(DEMO_DEBTORS.indexOf(spec) + 101)}`,
      currency: spec.currency,
      amount: spec.amount,
      paid: 0,
      issueDate: addDays(dueDate, -30),
      dueDate,
      status: 'open',
      description: spanish ? 'Servicios de diseño y mantenimiento' : 'Design and maintenance services',
      dispute: null,
      pause: null,
      source: { kind: 'manual' },
      createdAt: created,
      updatedAt: created,
    };
    const events: Event[] = (spec.sent ?? []).map((step) => ({
      id: `${spec.id}-sent-${step}`,
      debtorId: spec.id,
      at: at(addDays(dueDate, STEP_DAY[step])),
      kind: step === 'call' ? 'call' : 'email',
      channel: step === 'call' ? 'phone' : 'email',
      direction: 'outbound',
      ...(step === 'call' ? { outcome: 'reached' as const } : { templateId: `builtin:${step}:${spanish ? 'es' : 'en'}` }),
      step,
      invoiceIds: [invoice.id],
      ...(step === 'call'
        ? {}
        : { mail: { host: 'gmail' as const, threadId: `${spec.id}-thread`, messageId: `${spec.id}-${step}` } }),
      dedupeKey: `demo:${spec.id}:${step}`,
    }));
    const note = (suffix: string, day: IsoDate, fields: Partial<Event>): Event => ({
      id: `${spec.id}-${suffix}`,
      debtorId: spec.id,
      at: at(day),
      kind: 'note',
      channel: 'system',
      direction: 'internal',
      invoiceIds: [invoice.id],
      dedupeKey: `demo:${spec.id}:${suffix}`,
      ...fields,
    });

    switch (spec.id) {
      case 'demo-promised':
      case 'demo-broken-promise': {
        const broken = spec.id === 'demo-broken-promise';
        const promisedOn = addDays(today, broken ? -12 : -2);
        data.promises.push({
          id: `${spec.id}-promise`,
          debtorId: spec.id,
          invoiceIds: [invoice.id],
          currency: spec.currency,
          amount: spec.amount,
          date: addDays(today, broken ? -4 : 5),
          note: spanish ? 'Lo prometió por teléfono' : 'Promised on the phone',
          cancelledAt: null,
          createdAt: at(promisedOn),
        });
        events.push(note('promise', promisedOn, { kind: 'promise', direction: 'inbound', dedupeKey: `promise:${spec.id}-promise` }));
        break;
      }
      case 'demo-plan': {
        const share = Math.floor(spec.amount / 3);
        const firstDue = addDays(today, -10);
        data.plans.push({
          id: `${spec.id}-plan`,
          debtorId: spec.id,
          invoiceIds: [invoice.id],
          currency: spec.currency,
          installments: [
            { dueDate: firstDue, amount: share },
            { dueDate: addDays(firstDue, 30), amount: share },
            { dueDate: addDays(firstDue, 60), amount: spec.amount - 2 * share },
          ],
          cancelledAt: null,
          createdAt: at(addDays(today, -15)),
        });
        data.payments.push({
          id: `${spec.id}-payment-1`,
          debtorId: spec.id,
          currency: spec.currency,
          amount: share,
          date: firstDue,
          method: 'transferencia',
          allocations: [{ invoiceId: invoice.id, amount: share }],
          createdAt: at(firstDue),
        });
        invoice.paid = share;
        events.push(note('plan', addDays(today, -15), { kind: 'plan', dedupeKey: `plan:${spec.id}-plan` }));
        events.push(note('payment-1', firstDue, { kind: 'payment', direction: 'inbound', dedupeKey: `payment:${spec.id}-payment-1` }));
        break;
      }
      case 'demo-disputed': {
        const since = at(addDays(today, -2));
        invoice.status = 'disputed';
        invoice.dispute = { reason: 'Dice que faltan 200 folletos del pedido', since };
        events.push(note('dispute', addDays(today, -2), { kind: 'dispute', direction: 'inbound', note: invoice.dispute.reason }));
        break;
      }
      case 'demo-paused':
        debtor.pause = { reason: 'Owner in hospital; call back after the 15th', until: addDays(today, 10), since: at(addDays(today, -3)) };
        events.push(note('pause', addDays(today, -3), { kind: 'pause', note: debtor.pause.reason }));
        break;
      case 'demo-paid': {
        const paidOn = addDays(today, -1);
        invoice.paid = spec.amount;
        invoice.status = 'paid';
        data.payments.push({
          id: `${spec.id}-payment`,
          debtorId: spec.id,
          currency: spec.currency,
          amount: spec.amount,
          date: paidOn,
          method: 'bizum',
          allocations: [{ invoiceId: invoice.id, amount: spec.amount }],
          createdAt: at(paidOn),
        });
        events.push(note('payment', paidOn, { kind: 'payment', direction: 'inbound', dedupeKey: `payment:${spec.id}-payment` }));
        break;
      }
      default:
        break;
    }
    data.debtors.push(debtor);
    data.invoices.push(invoice);
    data.events.push(...events);
  }
  return data;
}

export const DEMO_LEDGER: LedgerData = demoLedger(DEMO_NOW);
