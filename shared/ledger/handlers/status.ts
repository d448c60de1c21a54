// Loads what the collection status needs for one debtor, through indexed queries only, and
// computes it. Callers run this inside their own read transaction over STATUS_TABLES.
import Dexie from 'dexie';
import { computeStatus, type CollectionStatus } from '../../collection/status';
import type { CobroDb } from '../db';
import type { Debtor, Event, Invoice, Payment, PaymentPlan, PromiseToPay, Settings } from '../schema';
import { invoicesOf } from './context';

export type { CollectionStatus };

export const STATUS_TABLES = ['debtors', 'invoices', 'payments', 'promises', 'plans', 'events', 'settings'] as const;

export interface DebtorData {
  invoices: Invoice[];
  payments: Payment[];
  promises: PromiseToPay[];
  plans: PaymentPlan[];
  /** Oldest first. */
  events: Event[];
}

export async function loadDebtorData(db: CobroDb, debtorId: string): Promise<DebtorData> {
  const [invoices, payments, promises, plans, events] = await Promise.all([
    invoicesOf(db, debtorId),
    db.payments.where('debtorId').equals(debtorId).toArray(),
    db.promises.where('debtorId').equals(debtorId).toArray(),
    db.plans.where('debtorId').equals(debtorId).toArray(),
    db.events.where('[debtorId+at]').between([debtorId, Dexie.minKey], [debtorId, Dexie.maxKey]).toArray(),
  ]);
  return { invoices, payments, promises, plans, events };
}

export function statusOf(debtor: Debtor, data: DebtorData, settings: Settings, now: Date): CollectionStatus {
  return computeStatus({ debtor, ...data, settings, now });
}
