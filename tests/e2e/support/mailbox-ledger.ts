// The ledger the fake mailbox is read against: the demo ledger (one debtor per situation), plus
// the customers who write in tests/fixtures/gmail/mailbox-data.json, each with an overdue invoice
// dated from today so their chips read the same on any day. Written through the handlers, as the
// extension would: 'demo-load', the first-run setup's 'settings-set' (so the picker inserts), then
// 'debtor-create' with a first invoice, and 'event-log' for each reminder the mailbox shows we
// sent, at the instant the mailbox dates it (mailDate below and mailbox.js count alike; a test
// beside the mailbox holds the two files to each other).
import { addDays, dateIn } from '../../../shared/dates';
import type { Settings } from '../../../shared/ledger/schema';

/** The business the suites write as: a name to sign with and a way to pay, as the first-run setup stores them. */
export const MAILBOX_PROFILE = {
  business: { name: 'Estudio Lumen', email: 'cobros@estudiolumen.example', phone: '', address: '', taxId: '' },
  senderName: 'Lucía Gómez',
  signature: 'Lucía Gómez\nEstudio Lumen',
  paymentMethods: [{ kind: 'iban', label: 'Transferencia', value: 'ES91 2100 0418 4502 0005 1332' }],
} as const satisfies Partial<Settings>;

/** Runs one ledger handler in an extension page and returns its Result. */
export type LedgerCall = (name: string, input: unknown) => Promise<unknown>;

export interface MailboxDebtor {
  key: 'ruiz' | 'sonrisa' | 'brightpixel';
  name: string;
  contactName: string;
  emails: string[];
  locale: string;
  timeZone: string;
  invoice: { number: string; currency: string; amount: number; daysOverdue: number };
  /**
   * A reminder already sent in the debtor's thread, logged as Cobro would have: its ladder step,
   * and when the mailbox dates it (its message's daysAgo and UTC time in mailbox-data.json).
   */
  reminded?: { step: 'overdue'; daysAgo: number; time: string; subject: string; threadId: string; messageId: string };
}

/** The mailbox account's time zone: its messages are dated from today's date there. */
export const MAILBOX_TIME_ZONE = 'Europe/Madrid';

/** The instant of a mailbox message sent `daysAgo` days before today (in MAILBOX_TIME_ZONE) at `time` UTC. */
export function mailDate(daysAgo: number, time: string, now: Date = new Date()): string {
  return `${addDays(dateIn(MAILBOX_TIME_ZONE, now), -daysAgo)}T${time}:00.000Z`;
}

export const MAILBOX_DEBTORS: readonly MailboxDebtor[] = [
  {
    key: 'ruiz',
    name: 'Talleres Ruiz',
    contactName: 'Lucía Ruiz',
    emails: ['pagos@talleresruiz.example', 'contabilidad@talleresruiz.example'],
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    invoice: { number: 'F-2025-014', currency: 'EUR', amount: 125_000, daysOverdue: 18 },
    // The thread opens with our overdue reminder, 7 days after the due date; the call is next.
    reminded: {
      step: 'overdue',
      daysAgo: 11,
      time: '08:30',
      subject: 'Factura F-2025-014 pendiente',
      threadId: 'thread-f:1801000000000000001',
      messageId: 'msg-a:r7100000000000000001',
    },
  },
  {
    key: 'sonrisa',
    name: 'Clínica Sonrisa',
    contactName: 'Marta Gil',
    emails: ['administracion@sonrisa.example'],
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    invoice: { number: '2025-031', currency: 'EUR', amount: 48_000, daysOverdue: 5 },
  },
  {
    key: 'brightpixel',
    name: 'Bright Pixel Ltd',
    contactName: 'Sam Carter',
    emails: ['accounts@brightpixel.example'],
    locale: 'en-GB',
    timeZone: 'Europe/London',
    invoice: { number: 'BP-2025-007', currency: 'GBP', amount: 240_000, daysOverdue: 10 },
    // Our overdue reminder, 7 days after the due date; Sam answered it offering to pay in two parts.
    reminded: {
      step: 'overdue',
      daysAgo: 3,
      time: '11:00',
      subject: 'Invoice BP-2025-007 overdue',
      threadId: 'thread-f:1801000000000000021',
      messageId: 'msg-a:r7100000000000000021',
    },
  },
];

/** Thread tokens of the fixture mailbox (mailbox-data.json), by who the thread is with. */
export const MAILBOX_THREADS = {
  ruiz: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwL',
  sonrisa: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwM',
  brightpixel: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwN',
  northwind: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwP',
  reformas: 'FMfcgzQZTVsbWJxKcDqPjhzkRHnSnSwQ',
} as const;

export type MailboxDebtorIds = Record<MailboxDebtor['key'], string>;

export class SeedError extends Error {
  readonly code = 'seed-failed';
  constructor(step: string, answer: unknown) {
    super(`Seeding the mailbox ledger failed at ${step}: ${JSON.stringify(answer)}`);
    this.name = 'SeedError';
  }
}

function valueOf<T>(step: string, answer: unknown): T {
  const result = answer as { ok?: boolean; value?: T };
  if (result?.ok !== true) throw new SeedError(step, answer);
  return result.value as T;
}

export async function seedMailboxLedger(call: LedgerCall, now: Date = new Date()): Promise<MailboxDebtorIds> {
  valueOf('demo-load', await call('demo-load', {}));
  valueOf('settings-set', await call('settings-set', { patch: MAILBOX_PROFILE }));
  const ids = {} as MailboxDebtorIds;
  for (const debtor of MAILBOX_DEBTORS) {
    const dueDate = addDays(dateIn(debtor.timeZone, now), -debtor.invoice.daysOverdue);
    const created = valueOf<{ debtor: { id: string }; invoice: { id: string } }>(
      `debtor-create ${debtor.name}`,
      await call('debtor-create', {
        name: debtor.name,
        contactName: debtor.contactName,
        emails: debtor.emails,
        locale: debtor.locale,
        timeZone: debtor.timeZone,
        firstInvoice: {
          number: debtor.invoice.number,
          currency: debtor.invoice.currency,
          amount: debtor.invoice.amount,
          issueDate: addDays(dueDate, -30),
          dueDate,
        },
      }),
    );
    ids[debtor.key] = created.debtor.id;
    const { reminded } = debtor;
    if (reminded) {
      valueOf(
        `event-log ${debtor.name}`,
        await call('event-log', {
          debtorId: created.debtor.id,
          kind: 'email',
          channel: 'email',
          direction: 'outbound',
          at: mailDate(reminded.daysAgo, reminded.time, now),
          step: reminded.step,
          invoiceIds: [created.invoice.id],
          subject: reminded.subject,
          mail: { host: 'gmail', threadId: reminded.threadId, messageId: reminded.messageId },
        }),
      );
    }
  }
  return ids;
}
