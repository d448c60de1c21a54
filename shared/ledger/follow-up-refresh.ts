// Keeping DebtorRow.followUpOn true. Every write that can change a debtor's status calls
// refreshFollowUps for the debtors it touched, inside its own rw transaction, so the row and the
// records it is derived from commit together. Changes that move every debtor's dates (the
// ladder settings, a schema upgrade) use refreshAllFollowUps, which walks the ledger in id order.
import type { DebtorRow } from './db';
import { loadDebtorRecords, loadDebtorRecordsBetween, emptyRecords, type LedgerTables } from './debtor-records';
import { followUpDay } from './follow-up';
import type { Settings } from './schema';
import { readStoredSettings } from './stored-settings';

/** Tables a transaction must hold to call refreshFollowUps (writes debtors, reads the rest). */
export const FOLLOW_UP_TABLES = ['debtors', 'invoices', 'payments', 'promises', 'plans', 'events', 'settings'] as const;

const BATCH = 500;

function debtorsTable(tables: LedgerTables) {
  return tables.table<DebtorRow, string>('debtors');
}

/** Recomputes followUpOn for these debtors (missing ones are skipped) and writes the rows that changed. */
export async function refreshFollowUps(tables: LedgerTables, debtorIds: Iterable<string>, now: Date): Promise<void> {
  const ids = [...new Set(debtorIds)];
  if (ids.length === 0) return;
  const settings = await readStoredSettings(tables);
  const rows = await debtorsTable(tables).bulkGet(ids);
  const changed = await Promise.all(
    rows.map(async (row) => {
      if (!row) return null;
      const followUpOn = followUpDay(row, await loadDebtorRecords(tables, row.id), settings, now);
      return row.followUpOn === followUpOn ? null : { ...row, followUpOn };
    }),
  );
  const writes = changed.filter((row) => row !== null);
  if (writes.length > 0) await debtorsTable(tables).bulkPut(writes);
}

/** Recomputes followUpOn for every debtor, a batch of consecutive ids at a time. */
export async function refreshAllFollowUps(tables: LedgerTables, settings: Settings, now: Date): Promise<void> {
  const debtors = debtorsTable(tables);
  let after: string | null = null;
  for (;;) {
    const rows: DebtorRow[] = await (after === null ? debtors.orderBy(':id') : debtors.where(':id').above(after)).limit(BATCH).toArray();
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return;
    const records = await loadDebtorRecordsBetween(tables, first.id, last.id);
    const writes: DebtorRow[] = [];
    for (const row of rows) {
      const followUpOn = followUpDay(row, records.get(row.id) ?? emptyRecords(), settings, now);
      if (row.followUpOn !== followUpOn) writes.push({ ...row, followUpOn });
    }
    if (writes.length > 0) await debtors.bulkPut(writes);
    after = last.id;
  }
}
