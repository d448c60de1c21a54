// What the picker must recommend and insert for the demo mailbox's customers, and what no
// reminder may ever say to them: the three cases a new user saw go wrong (a call script sent to
// the customer, "due today" five days late, "despite our earlier reminders" to someone never
// contacted). Shared by the Chromium and Firefox suites.
import { addDays, dateIn } from '../../../shared/dates';
import { MAILBOX_THREADS } from './mailbox-ledger';

export interface TrueReminder {
  /** Whose thread is replied to. */
  thread: string;
  /** The recommended template, selected when the picker opens. */
  templateId: string;
  /** Phrases the inserted body must contain: what is true of this debtor. */
  says: string[];
}

/** Never in a reminder: the call script meant for the user, empty slots, claims without a record. */
export const NEVER_SAID = ['Antes de llamar', 'le llamo de', 'Guion', ' de .', 'vence hoy', 'A pesar de nuestros recordatorios', 'recordatorios anteriores'];

/** A customer tracked a minute ago: 35 days late, never contacted (the sender of the "reformas" thread). */
export function trackedLateDebtor(now = new Date()) {
  return {
    name: 'Reformas del Sur',
    emails: ['hola@reformasdelsur.example'],
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    firstInvoice: { number: 'RS-77', currency: 'EUR', amount: 64_050, dueDate: addDays(dateIn('Europe/Madrid', now), -35) },
  };
}

export const TRUE_REMINDERS: Record<'ruiz' | 'sonrisa' | 'reformas', TrueReminder> = {
  // 18 days late, our overdue reminder logged: the phone step, served by the e-mail asking for a call.
  ruiz: { thread: MAILBOX_THREADS.ruiz, templateId: 'builtin:call:es', says: ['Ya le enviamos un recordatorio', 'hace 18 días', 'qué hora le viene bien'] },
  // 5 days late, never contacted: the due-day reminder, saying when the invoice fell due.
  sonrisa: { thread: MAILBOX_THREADS.sonrisa, templateId: 'builtin:due:es', says: ['venció el', 'hace 5 días'] },
  // 35 days late, never contacted: the overdue reminder, never the firm one.
  reformas: { thread: MAILBOX_THREADS.reformas, templateId: 'builtin:overdue:es', says: ['hace 35 días', 'RS-77'] },
};
