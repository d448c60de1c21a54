// Every debtor's summary (summary.ts), for the workspace's table and overview. Writes keep each
// debtor's stored summary true; what is read here is reused when it still holds (same day in the
// debtor's zone, same settings) and worked out again otherwise: debtors nobody wrote to since
// yesterday, or since the settings changed, or since an upgrade or a bulk load. Those are read a
// run of debtors at a time (each table read once per run), and stored for the next reader.
//
// The result is also kept in memory and reused until the ledger changes. Dexie announces every
// committed write, in this context and (through a BroadcastChannel) in the extension's other
// contexts, as 'storagemutated'; any such write to a table the status reads drops what is kept.
// The status also moves with the clock, so what is kept is dropped after a few minutes as well.
import Dexie from 'dexie';
import type { Settings } from '../schema';
import type { CobroDb } from '../db';
import { loadRecordsOfDebtors } from '../debtor-records';
import { settingsStamp, summaryHolds, summaryRow, type SummaryEntry, type SummaryRow } from '../summary';
import { readSettings } from './settings';
import { STATUS_TABLES } from './status';

export type { DebtorFacts, DebtorSummary, SummaryEntry } from '../summary';

export interface LedgerSummaries {
  entries: SummaryEntry[];
  settings: Settings;
  /** The clock reading they were computed at. */
  computedAt: Date;
}

/** How long summaries may be reused with no write to the ledger: dates and lateness follow the clock. */
export const SUMMARY_MAX_AGE_MS = 5 * 60_000;
const BATCH = 500;

/** Writes to these tables leave every status unchanged. */
const TABLES_STATUS_IGNORES = new Set(['templates', 'diagnostics', 'summaries']);

/**
 * Works out the summaries of these debtors (sorted ids) from their records, one short read
 * transaction per run of debtors: a first open of the day reads the whole ledger, and one long
 * transaction would hold up every write (a send being logged) until it ended. Each debtor's
 * records are read together, so each summary is consistent; `settings` is null when they changed
 * between runs (the caller starts again).
 */
async function workOut(db: CobroDb, ids: readonly string[], now: Date): Promise<{ rows: SummaryRow[]; settings: Settings | null }> {
  const rows: SummaryRow[] = [];
  let settings: Settings | null = null;
  let stamp: string | null = null;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const run = await db.transaction('r', STATUS_TABLES, async () => {
      const runSettings = await readSettings(db);
      const [debtors, records] = await Promise.all([db.debtors.bulkGet(batch), loadRecordsOfDebtors(db, batch)]);
      return { runSettings, debtors, records };
    });
    const runStamp = settingsStamp(run.runSettings);
    if (stamp !== null && runStamp !== stamp) return { rows, settings: null };
    settings = run.runSettings;
    stamp = runStamp;
    for (const debtor of run.debtors) if (debtor) rows.push(summaryRow(debtor, run.records.get(debtor.id)!, run.runSettings, now, runStamp));
  }
  return { rows, settings };
}

/**
 * Stores summaries worked out from what `seen` held: a row some write replaced meanwhile is newer
 * than ours and stays. A transaction over the summaries alone, so it never holds up the chips.
 */
async function storeWorkedOut(db: CobroDb, rows: readonly SummaryRow[], seen: ReadonlyMap<string, SummaryRow>): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction('rw', db.summaries, async () => {
    const current = await db.summaries.bulkGet(rows.map((row) => row.debtorId));
    const still = rows.filter((row, index) => current[index]?.writeId === seen.get(row.debtorId)?.writeId);
    await db.summaries.bulkPut(still);
  });
}

/**
 * The summaries of `ids` (sorted) at `now`, in that order: those in `stored` that still hold under
 * `settings` as they are, the others worked out and stored for the next reader (best effort: a
 * reader that cannot store them is still right, only slower next time). Null when the settings
 * changed while they were worked out: the caller reads everything again.
 */
export async function summariesOf(
  db: CobroDb,
  ids: readonly string[],
  stored: ReadonlyMap<string, SummaryRow>,
  settings: Settings,
  now: Date,
): Promise<SummaryEntry[] | null> {
  const stamp = settingsStamp(settings);
  const stale = ids.filter((id) => {
    const row = stored.get(id);
    return row === undefined || !summaryHolds(row, stamp, now);
  });
  if (stale.length === 0) return ids.map((id) => stored.get(id)!.entry);

  const workedOut = await workOut(db, stale, now);
  await storeWorkedOut(db, workedOut.rows, stored).catch(() => undefined);
  if (workedOut.settings === null || settingsStamp(workedOut.settings) !== stamp) return null;
  const byId = new Map(stored);
  for (const row of workedOut.rows) byId.set(row.debtorId, row);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row.entry] : [];
  });
}

/** Every debtor's summary at `now`, in id order. */
export async function computeSummaries(db: CobroDb, now: Date): Promise<LedgerSummaries> {
  const { ids, stored, settings } = await db.transaction('r', [db.debtors, db.summaries, db.settings], async () => ({
    ids: (await db.debtors.toCollection().primaryKeys()) as string[],
    stored: await db.summaries.toArray(),
    settings: await readSettings(db),
  }));
  const entries = await summariesOf(db, ids, new Map(stored.map((row) => [row.debtorId, row])), settings, now);
  return entries === null ? computeSummaries(db, now) : { entries, settings, computedAt: now };
}

// ---------------------------------------------------------------- what is kept between requests

interface Kept {
  generation: number;
  summaries: Promise<LedgerSummaries>;
}

const kept = new WeakMap<CobroDb, Kept>();
let generation = 0;
let listening = false;

/** Table names a storagemutated event names: its parts are 'idb://<database>/<table>/<index>'. */
function touchesStatus(parts: Record<string, unknown>): boolean {
  for (const part of Object.keys(parts)) {
    const table = /^idb:\/\/[^/]*\/([^/]*)/.exec(part)?.[1];
    if (table === undefined || !TABLES_STATUS_IGNORES.has(table)) return true;
  }
  return false;
}

function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    if (touchesStatus(parts as Record<string, unknown>)) generation++;
  });
}

/** Drops what is kept for this database (a test, or a write the caller knows of). */
export function forgetSummaries(db: CobroDb): void {
  kept.delete(db);
}

/**
 * The summaries, reused while no write has reached a status table and they are younger than
 * SUMMARY_MAX_AGE_MS by `now`. Concurrent callers share one computation.
 */
export async function ledgerSummaries(db: CobroDb, now: Date): Promise<LedgerSummaries> {
  listen();
  const current = kept.get(db);
  if (current && current.generation === generation) {
    const summaries = await current.summaries;
    const age = now.getTime() - summaries.computedAt.getTime();
    if (current.generation === generation && age >= 0 && age < SUMMARY_MAX_AGE_MS) return summaries;
  }
  const entry: Kept = { generation, summaries: computeSummaries(db, now) };
  kept.set(db, entry);
  try {
    return await entry.summaries;
  } catch (error) {
    if (kept.get(db) === entry) kept.delete(db);
    throw error;
  }
}
