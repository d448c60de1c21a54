// Shared by the ledger's tests and by e2e/bench setup: a fresh database name per test,
// predictable ids, and a dump of every table to compare before and after.
import { TABLE_NAMES, type CobroDb, type TableName } from './db';

export function freshDbName(prefix = 'cobro-test'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${String(++next).padStart(6, '0')}`;
}

export type LedgerDump = Record<TableName, unknown[]>;

/** Every row of every table, in primary-key order. */
export async function dumpDb(db: CobroDb): Promise<LedgerDump> {
  const dump = {} as LedgerDump;
  for (const name of TABLE_NAMES) dump[name] = await db.table(name).toArray();
  return dump;
}
