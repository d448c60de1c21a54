// Reading what a debtor's status is computed from: for one debtor (a handler answering about
// them), or for a run of debtors in id order (work over the whole ledger). The run reads each
// table once over a key range instead of five queries per debtor.
//
// Takes anything with Dexie's `table()`: the database, or a version upgrade's transaction,
// which sees the tables before the typed `CobroDb` properties exist.
import Dexie, { type Table } from 'dexie';
import type { Event, Invoice, Payment, PaymentPlan, PromiseToPay } from './schema';

export interface LedgerTables {
  table<T, Key>(name: string): Table<T, Key>;
}

export interface DebtorRecords {
  invoices: Invoice[];
  payments: Payment[];
  promises: PromiseToPay[];
  plans: PaymentPlan[];
  /** Oldest first. */
  events: Event[];
}

export function emptyRecords(): DebtorRecords {
  return { invoices: [], payments: [], promises: [], plans: [], events: [] };
}

export async function loadDebtorRecords(tables: LedgerTables, debtorId: string): Promise<DebtorRecords> {
  const [invoices, payments, promises, plans, events] = await Promise.all([
    tables.table<Invoice, string>('invoices').where('debtorId').equals(debtorId).toArray(),
    tables.table<Payment, string>('payments').where('debtorId').equals(debtorId).toArray(),
    tables.table<PromiseToPay, string>('promises').where('debtorId').equals(debtorId).toArray(),
    tables.table<PaymentPlan, string>('plans').where('debtorId').equals(debtorId).toArray(),
    tables
      .table<Event, string>('events')
      .where('[debtorId+at]')
      .between([debtorId, Dexie.minKey], [debtorId, Dexie.maxKey])
      .toArray(),
  ]);
  return { invoices, payments, promises, plans, events };
}

/**
 * The records of these debtors (ids in key order), by debtor id. When they are most of the
 * debtors in their id range, one range read per table serves them all; otherwise each is read
 * on its own, so a few scattered debtors do not drag in everyone between them.
 */
export async function loadRecordsOfDebtors(tables: LedgerTables, sortedIds: readonly string[]): Promise<Map<string, DebtorRecords>> {
  const first = sortedIds[0];
  const last = sortedIds[sortedIds.length - 1];
  if (first === undefined || last === undefined) return new Map();
  const inRange = await tables.table<{ id: string }, string>('debtors').where(':id').between(first, last, true, true).count();
  if (inRange <= sortedIds.length * 2) {
    const byDebtor = await loadDebtorRecordsBetween(tables, first, last);
    return new Map(sortedIds.map((id) => [id, byDebtor.get(id) ?? emptyRecords()]));
  }
  const each = await Promise.all(sortedIds.map((id) => loadDebtorRecords(tables, id)));
  return new Map(sortedIds.map((id, index) => [id, each[index]!]));
}

/** The records of every debtor whose id is in [firstId, lastId], by debtor id; debtors without any are absent. */
export async function loadDebtorRecordsBetween(
  tables: LedgerTables,
  firstId: string,
  lastId: string,
): Promise<Map<string, DebtorRecords>> {
  const compoundRange = [[firstId, Dexie.minKey], [lastId, Dexie.maxKey], true, true] as const;
  const [invoices, payments, promises, plans, events] = await Promise.all([
    tables.table<Invoice, string>('invoices').where('[debtorId+number]').between(...compoundRange).toArray(),
    tables.table<Payment, string>('payments').where('debtorId').between(firstId, lastId, true, true).toArray(),
    tables.table<PromiseToPay, string>('promises').where('debtorId').between(firstId, lastId, true, true).toArray(),
    tables.table<PaymentPlan, string>('plans').where('debtorId').between(firstId, lastId, true, true).toArray(),
    // [debtorId+at] order keeps each debtor's events oldest first.
    tables.table<Event, string>('events').where('[debtorId+at]').between(...compoundRange).toArray(),
  ]);
  return groupRecordsByDebtor({ invoices, payments, promises, plans, events });
}

/**
 * Records in hand (a run read from the tables, a backup, a generated ledger) sorted out by debtor;
 * debtors without any are absent. Each list keeps the order it is given in, so events must come
 * oldest first.
 */
export function groupRecordsByDebtor(records: {
  invoices: readonly Invoice[];
  payments: readonly Payment[];
  promises: readonly PromiseToPay[];
  plans: readonly PaymentPlan[];
  events: readonly Event[];
}): Map<string, DebtorRecords> {
  const byDebtor = new Map<string, DebtorRecords>();
  const recordsOf = (debtorId: string) => {
    let own = byDebtor.get(debtorId);
    if (!own) byDebtor.set(debtorId, (own = emptyRecords()));
    return own;
  };
  for (const invoice of records.invoices) recordsOf(invoice.debtorId).invoices.push(invoice);
  for (const payment of records.payments) recordsOf(payment.debtorId).payments.push(payment);
  for (const promise of records.promises) recordsOf(promise.debtorId).promises.push(promise);
  for (const plan of records.plans) recordsOf(plan.debtorId).plans.push(plan);
  for (const event of records.events) recordsOf(event.debtorId).events.push(event);
  return byDebtor;
}
