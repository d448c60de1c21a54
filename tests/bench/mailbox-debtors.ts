// The customers who write in the fake mailbox, made debtors of a generated ledger: a few generated
// debtors, spread through it, take their names and addresses and keep their own invoices,
// payments and contact history, so the chip in each fixture thread costs what it would for any
// debtor of that ledger. Pure: it runs in Node tests and, bundled, in an extension page.
import type { LedgerData } from '../../shared/ledger/sample-ledger';
import { BenchError } from './bench-error';

export interface MailboxCustomer {
  key: string;
  name: string;
  contactName: string;
  emails: readonly string[];
  locale: string;
  timeZone: string;
}


/** Which generated debtors stand in for the customers: evenly spaced through the ledger, all different. */
export function standInIndexes(debtorCount: number, customerCount: number): number[] {
  if (customerCount > debtorCount) {
    throw new BenchError('mailbox-seed', `${customerCount} mailbox customers need at least as many debtors; the ledger has ${debtorCount}.`);
  }
  return Array.from({ length: customerCount }, (_, k) => Math.floor(((k + 1) * debtorCount) / (customerCount + 1)));
}

/**
 * The ledger with the customers in it, and each customer's debtor id by key. The stand-ins are
 * neither paused nor marked do-not-contact, so their chips and pickers show the ordinary case.
 */
export function withMailboxCustomers(
  data: LedgerData,
  customers: readonly MailboxCustomer[],
): { data: LedgerData; ids: Record<string, string> } {
  const taken = new Set(customers.flatMap((c) => c.emails.map((address) => address.toLowerCase())));
  if (taken.size !== customers.reduce((n, c) => n + c.emails.length, 0)) {
    throw new BenchError('mailbox-seed', 'Two mailbox customers share an address; one debtor per address.');
  }
  const clash = data.debtors.find((d) => d.emails.some((address) => taken.has(address)));
  if (clash) throw new BenchError('mailbox-seed', `The generated debtor ${clash.id} already uses a mailbox address.`);

  const indexes = standInIndexes(data.debtors.length, customers.length);
  const debtors = [...data.debtors];
  const ids: Record<string, string> = {};
  customers.forEach((customer, k) => {
    const index = indexes[k]!;
    const original = debtors[index]!;
    debtors[index] = {
      ...original,
      name: customer.name,
      contactName: customer.contactName,
      emails: customer.emails.map((address) => address.toLowerCase()),
      locale: customer.locale,
      timeZone: customer.timeZone,
      pause: null,
      doNotContact: false,
    };
    ids[customer.key] = original.id;
  });
  return { data: { ...data, debtors }, ids };
}
