// More threads for the bench's mailbox, each with a customer of its own, so that a thread can be
// opened for the first time again and again: copies of the Ruiz thread (three messages, two of
// the customer's addresses) with a generated customer in Ruiz's place. Some are filed in the
// inbox, where the thread list shows them (and Cobro looks their senders up before any is opened);
// the others only under a label the list never shows, as a thread reached by a link or a search.
// Pure: the bench serves the result as the fake Gmail's mailbox data.
import { BenchError } from './bench-error';
import type { MailboxCustomer } from './mailbox-debtors';

export interface FixturePerson {
  email: string;
  name: string;
}

export interface FixtureThread {
  token: string;
  threadId: string;
  legacyThreadId: string;
  labels: string[];
  unread: boolean;
  subject: string;
  messages: Array<{ messageId: string; permMessageId: string; from: FixturePerson; to: FixturePerson[]; cc: FixturePerson[]; [key: string]: unknown }>;
}

export interface FixtureMailbox {
  account: FixturePerson;
  threads: FixtureThread[];
}

/** The label the list-less threads carry: a thread list is never drawn for it in the bench. */
export const UNLISTED_LABEL = 'cobro-bench-unlisted';
/** Where Gmail shows a thread of a user's label, as a link to it reads. */
export const unlistedThreadHash = (token: string) => `#label/${UNLISTED_LABEL}/${token}`;

export interface MoreThreads {
  /** Customers of threads in the inbox, in list order. */
  listed: MailboxCustomer[];
  /** Customers of threads no list shows. */
  unlisted: MailboxCustomer[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `count` customers, numbered from `first`, one pair of addresses each, none shared with the fixture's. */
export function numberedCustomers(prefix: string, first: number, count: number): MailboxCustomer[] {
  return Array.from({ length: count }, (_, k) => {
    const n = pad(first + k, 3);
    return {
      key: `${prefix}-${n}`,
      name: `Cliente ${prefix} ${n}`,
      contactName: `Contacto ${n}`,
      emails: [`pagos@${prefix}-${n}.example`, `contabilidad@${prefix}-${n}.example`],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
    };
  });
}

export function moreThreadCustomers(listed: number, unlisted: number): MoreThreads {
  return { listed: numberedCustomers('lista', 1, listed), unlisted: numberedCustomers('enlace', 1, unlisted) };
}

/** The token of the n-th added thread: Gmail's shape (20+ letters and digits), unlike the fixture's own. */
export const addedToken = (n: number) => `FMfcgzQZBenchThread${pad(n, 5)}`;

function threadFor(model: FixtureThread, modelCustomer: readonly string[], customer: MailboxCustomer, n: number, label: string): FixtureThread {
  const [modelMain, modelOther] = modelCustomer;
  const [main, other] = customer.emails;
  if (!modelMain || !modelOther || !main || !other) throw new BenchError('mailbox-seed', 'a bench thread needs two addresses of its customer');
  const swap = (person: FixturePerson): FixturePerson =>
    person.email === modelMain ? { email: main, name: customer.contactName } : person.email === modelOther ? { email: other, name: `Contabilidad ${customer.name}` } : person;
  return {
    ...model,
    token: addedToken(n),
    threadId: `thread-f:18090000000${pad(n, 8)}`,
    legacyThreadId: `18ff${pad(n, 8)}0000`,
    labels: [label],
    subject: `Factura ${customer.name}`,
    messages: model.messages.map((message, m) => ({
      ...message,
      messageId: `18ff${pad(n, 8)}${pad(m + 1, 4)}`,
      permMessageId: `msg-f:18090000${pad(n, 8)}${pad(m + 1, 3)}`,
      from: swap(message.from),
      to: message.to.map(swap),
      cc: message.cc.map(swap),
    })),
  };
}

/**
 * The mailbox with one copy of the thread `modelToken` per added customer: the listed ones
 * labelled inbox, the unlisted ones UNLISTED_LABEL. `modelCustomer`: the model thread's customer
 * addresses, main first, each replaced by the added customer's.
 */
export function withMoreThreads(mailbox: FixtureMailbox, modelToken: string, modelCustomer: readonly string[], more: MoreThreads): FixtureMailbox {
  const model = mailbox.threads.find((thread) => thread.token === modelToken);
  if (!model) throw new BenchError('mailbox-seed', `the fixture mailbox has no thread ${modelToken} to copy`);
  const added = [
    ...more.listed.map((customer, k) => threadFor(model, modelCustomer, customer, k + 1, 'inbox')),
    ...more.unlisted.map((customer, k) => threadFor(model, modelCustomer, customer, more.listed.length + k + 1, UNLISTED_LABEL)),
  ];
  return { ...mailbox, threads: [...mailbox.threads, ...added] };
}
