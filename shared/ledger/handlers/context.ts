// What every handler is built with, and the small reads most of them share.
import type { CobroDb, DebtorRow } from '../db';
import { fromDebtorRow } from '../db';
import { notFound } from '../errors';
import type { Debtor, Invoice } from '../schema';

export interface HandlerContext {
  db: CobroDb;
  /** The clock; injected so tests and the service worker agree on "now". */
  now: () => Date;
  newId: () => string;
}

export function nowIso(ctx: HandlerContext): string {
  return ctx.now().toISOString();
}

/** Any ISO instant as UTC with milliseconds: the one form whose string order is time order. */
export function toUtcInstant(value: string): string {
  return new Date(value).toISOString();
}

export async function requireDebtorRow(db: CobroDb, id: string): Promise<DebtorRow> {
  const row = await db.debtors.get(id);
  if (!row) throw notFound('debtor', id);
  return row;
}

export async function requireDebtor(db: CobroDb, id: string): Promise<Debtor> {
  return fromDebtorRow(await requireDebtorRow(db, id));
}

/**
 * The debtors owning any of these (normalised) addresses, each once. One indexed lookup per
 * address, side by side: an address belongs to one debtor at most, and `anyOf` walks the index
 * with a skipping cursor that is many times slower for the handful of addresses a message has.
 */
export async function debtorRowsByEmail(db: CobroDb, emails: Iterable<string>): Promise<DebtorRow[]> {
  const owners = await Promise.all([...new Set(emails)].map((address) => db.debtors.where('emails').equals(address).first()));
  const byId = new Map<string, DebtorRow>();
  for (const row of owners) if (row) byId.set(row.id, row);
  return [...byId.values()];
}

export async function invoicesOf(db: CobroDb, debtorId: string): Promise<Invoice[]> {
  return db.invoices.where('debtorId').equals(debtorId).toArray();
}

/** The debtor's invoices with these ids; any id not theirs is 'not-found'. */
export async function requireInvoicesOf(db: CobroDb, debtorId: string, ids: readonly string[]): Promise<Invoice[]> {
  const found = await db.invoices.bulkGet([...new Set(ids)]);
  return [...new Set(ids)].map((id, index) => {
    const invoice = found[index];
    if (!invoice || invoice.debtorId !== debtorId) throw notFound('invoice of this debtor', id);
    return invoice;
  });
}
