// Loads what the collection status needs for one debtor, through indexed queries only, and
// computes it. Callers run this inside their own read transaction over STATUS_TABLES.
import { computeStatus, type CollectionStatus } from '../../collection/status';
import type { CobroDb } from '../db';
import { loadDebtorRecords, type DebtorRecords } from '../debtor-records';
import type { Debtor, Settings } from '../schema';

export type { CollectionStatus };

export const STATUS_TABLES = ['debtors', 'invoices', 'payments', 'promises', 'plans', 'events', 'settings'] as const;

export type DebtorData = DebtorRecords;

export function loadDebtorData(db: CobroDb, debtorId: string): Promise<DebtorData> {
  return loadDebtorRecords(db, debtorId);
}

export function statusOf(debtor: Debtor, data: DebtorData, settings: Settings, now: Date): CollectionStatus {
  return computeStatus({ debtor, ...data, settings, now });
}
