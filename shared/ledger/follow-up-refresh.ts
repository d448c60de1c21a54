// Keeping what is derived from a debtor's records true: their follow-up day (DebtorRow.followUpOn)
// and their summary (summary.ts). Every write that can change a debtor's status calls
// refreshFollowUps for the debtors it touched, inside its own rw transaction, so the derived rows
// and the records they come from commit together. Changes that move every debtor's dates (the
// ladder settings, a schema upgrade) use refreshAllFollowUps, which walks the ledger in id order.
import type { DebtorRow } from './db';
import { loadDebtorRecords, loadDebtorRecordsBetween, emptyRecords, type LedgerTables } from './debtor-records';
import { followUpDay } from './follow-up';
import type { Settings } from './schema';
import { readStoredSettings } from './stored-settings';
import { settingsStamp, summaryRow, type SummaryRow } from './summary';

/** Tables a transaction must hold to call refreshFollowUps (writes debtors and summaries, reads the rest). */
export const FOLLOW_UP_TABLES = ['debtors', 'invoices', 'payments', 'promises', 'plans', 'events', 'settings', 'summaries'] as const;

const BATCH = 500;

function debtorsTable(tables: LedgerTables) {
  return tables.table<DebtorRow, string>('debtors');
}

function summariesTable(tables: LedgerTables) {
  return tables.table<SummaryRow, string>('summaries');
}

/**
 * Recomputes followUpOn and the summary of these debtors and writes what changed; a debtor that
 * no longer exists (deleted, merged away) loses its summary.
 */
export async function refreshFollowUps(tables: LedgerTables, debtorIds: Iterable<string>, now: Date): Promise<void> {
  const ids = [...new Set(debtorIds)];
  if (ids.length === 0) return;
  const settings = await readStoredSettings(tables);
  const stamp = settingsStamp(settings);
  const rows = await debtorsTable(tables).bulkGet(ids);
  const gone = ids.filter((_id, index) => rows[index] === undefined);
  const refreshed = await Promise.all(
    rows.map(async (row) => {
      if (!row) return null;
      const records = await loadDebtorRecords(tables, row.id);
      const followUpOn = followUpDay(row, records, settings, now);
      return { row: row.followUpOn === followUpOn ? null : { ...row, followUpOn }, summary: summaryRow(row, records, settings, now, stamp) };
    }),
  );
  const writes = refreshed.flatMap((item) => (item?.row ? [item.row] : []));
  if (writes.length > 0) await debtorsTable(tables).bulkPut(writes);
  await summariesTable(tables).bulkPut(refreshed.flatMap((item) => (item ? [item.summary] : [])));
  if (gone.length > 0) await summariesTable(tables).bulkDelete(gone);
}

/**
 * Recomputes followUpOn (and, unless told not to, the summary) of every debtor, a batch of
 * consecutive ids at a time. Upgrades from before summaries existed pass `summaries: false`.
 */
export async function refreshAllFollowUps(tables: LedgerTables, settings: Settings, now: Date, options: { summaries?: boolean } = {}): Promise<void> {
  const withSummaries = options.summaries ?? true;
  const stamp = settingsStamp(settings);
  const debtors = debtorsTable(tables);
  let after: string | null = null;
  for (;;) {
    const rows: DebtorRow[] = await (after === null ? debtors.orderBy(':id') : debtors.where(':id').above(after)).limit(BATCH).toArray();
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return;
    const records = await loadDebtorRecordsBetween(tables, first.id, last.id);
    const writes: DebtorRow[] = [];
    const summaries: SummaryRow[] = [];
    for (const row of rows) {
      const own = records.get(row.id) ?? emptyRecords();
      const followUpOn = followUpDay(row, own, settings, now);
      if (row.followUpOn !== followUpOn) writes.push({ ...row, followUpOn });
      if (withSummaries) summaries.push(summaryRow(row, own, settings, now, stamp));
    }
    if (writes.length > 0) await debtors.bulkPut(writes);
    if (summaries.length > 0) await summariesTable(tables).bulkPut(summaries);
    after = last.id;
  }
}
