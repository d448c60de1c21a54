// Shared by the ledger's tests and by e2e/bench setup: a fresh database name per test,
// predictable ids, and a dump of every table to compare before and after.
import { RECORD_TABLES, type CobroDb, type RecordTableName } from './db';

export function freshDbName(prefix = 'cobro-test'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${String(++next).padStart(6, '0')}`;
}

export type LedgerDump = Record<RecordTableName, unknown[]>;

/**
 * Every row of every table of records, in primary-key order. Derived tables (summaries) are left
 * out: they are worked out again, and their own tests check them against the records.
 */
export async function dumpDb(db: CobroDb): Promise<LedgerDump> {
  const dump = {} as LedgerDump;
  for (const name of RECORD_TABLES) dump[name] = await db.table(name).toArray();
  return dump;
}
