// The full backup: every table as one JSON file (shared/export/backup.ts writes and checks the
// file), and the restore that replaces the whole ledger with a backup's contents in one
// transaction. A file from a newer Cobro, altered or damaged, or whose records do not hang
// together is refused before anything is touched.
import { z } from 'zod';
import type { HandlerArgs } from '../api';
import { fromDebtorRow, RECORD_TABLES, SETTINGS_ID, TABLE_NAMES, toDebtorRow, type CobroDb, type SettingsRow } from '../db';
import { emptyRecords, groupRecordsByDebtor } from '../debtor-records';
import { followUpDay } from '../follow-up';
import { settingsFromStored } from '../stored-settings';
import { settingsStamp, summaryRow } from '../summary';
import { LEDGER_VERSIONS } from '../versions';
import { createBackup, readBackup, type BackupCounts, type BackupTables, type BackupUpgrade, type ReadBackupCode } from '../../export';
import { hashStoredRow } from '../event-hash';
import type { HandlerContext } from './context';
import { chunkedWriter, type WriteProgress } from './write-progress';

/** The data version a backup made now carries: the database's latest version. */
export const BACKUP_SCHEMA_VERSION = Math.max(...LEDGER_VERSIONS.map((entry) => entry.version));
/** Characters of backup text a restore reads (about 1 GB). */
export const MAX_BACKUP_TEXT = 1_000_000_000;

export const BackupRestoreInput = z.strictObject({ text: z.string().max(MAX_BACKUP_TEXT) });

export interface BackupExport {
  text: string;
  fileName: string;
  counts: BackupCounts;
  schemaVersion: number;
}

export type RestoreRefusal = ReadBackupCode | 'broken-reference';

export type BackupRestoreResult =
  | { restored: true; counts: BackupCounts; schemaVersion: number }
  /** `count`: with 'event-hash-mismatch', how many events do not match their hash. */
  | { restored: false; reason: RestoreRefusal; message: string; where?: string; count?: number };

/** The data version from which backups carry each event's hash. */
const EVENT_HASHES_SINCE = 6;

/**
 * Brings an older backup's records to today's shape, as the database's own upgrades do: events
 * from before hashes get the hash of what they say (there is nothing to check them against).
 */
export const upgradeBackupTables: BackupUpgrade = (tables, fromVersion) => {
  if (fromVersion >= EVENT_HASHES_SINCE || !Array.isArray(tables.events)) return tables;
  const events = tables.events.map((event: unknown) =>
    event !== null && typeof event === 'object' && !Array.isArray(event) ? hashStoredRow(event as Record<string, unknown>) : event,
  );
  return { ...tables, events };
};

/** Every record of the ledger, as a backup holds them (debtors without their derived fields). */
export async function readAllTables(db: CobroDb): Promise<BackupTables> {
  return db.transaction('r', RECORD_TABLES, async () => {
    const [debtors, invoices, payments, promises, plans, events, templates, settings, diagnostics] = await Promise.all([
      db.debtors.toArray(),
      db.invoices.toArray(),
      db.payments.toArray(),
      db.promises.toArray(),
      db.plans.toArray(),
      db.events.toArray(),
      db.templates.toArray(),
      db.settings.get(SETTINGS_ID),
      db.diagnostics.toArray(),
    ]);
    return {
      debtors: debtors.map(fromDebtorRow),
      invoices,
      payments,
      promises,
      plans,
      events,
      templates,
      settings: settings?.value ?? null,
      diagnostics,
    };
  });
}

/** Records that point at a debtor or invoice the backup does not hold; the first one found. */
export function brokenReference(tables: BackupTables): string | null {
  const debtors = new Set(tables.debtors.map((debtor) => debtor.id));
  const invoices = new Set(tables.invoices.map((invoice) => invoice.id));
  const owned: [string, { id: string; debtorId: string }[]][] = [
    ['invoices', tables.invoices],
    ['payments', tables.payments],
    ['promises', tables.promises],
    ['plans', tables.plans],
    ['events', tables.events],
  ];
  for (const [table, records] of owned) {
    const orphan = records.findIndex((record) => !debtors.has(record.debtorId));
    if (orphan !== -1) return `tables.${table}[${orphan}].debtorId`;
  }
  const payment = tables.payments.findIndex((p) => p.allocations.some((allocation) => !invoices.has(allocation.invoiceId)));
  if (payment !== -1) return `tables.payments[${payment}].allocations`;
  const plan = tables.plans.findIndex((p) => p.invoiceIds.some((id) => !invoices.has(id)));
  if (plan !== -1) return `tables.plans[${plan}].invoiceIds`;
  return null;
}

/** Replaces every table with the backup's records; run inside a rw transaction over all tables. */
async function replaceLedger(db: CobroDb, tables: BackupTables, now: Date, progress?: WriteProgress): Promise<void> {
  const settings = settingsFromStored(tables.settings ?? undefined);
  // A backup's events may come in any order; a debtor's status reads them oldest first.
  const events = [...tables.events].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const records = groupRecordsByDebtor({ ...tables, events });
  for (const name of TABLE_NAMES) await db.table(name).clear();
  const counts = countsOf(tables);
  const writer = chunkedWriter(Object.values(counts).reduce((sum, count) => sum + count, 0), progress);
  const rows = tables.debtors.map((debtor) => toDebtorRow(debtor, followUpDay(debtor, records.get(debtor.id) ?? emptyRecords(), settings, now)));
  await writer.add(db.debtors, rows);
  await writer.add(db.invoices, tables.invoices);
  await writer.add(db.payments, tables.payments);
  await writer.add(db.promises, tables.promises);
  await writer.add(db.plans, tables.plans);
  await writer.add(db.events, tables.events);
  await writer.add(db.templates, tables.templates);
  await writer.add(db.diagnostics, tables.diagnostics);
  const row: SettingsRow[] = tables.settings === null ? [] : [{ id: SETTINGS_ID, value: tables.settings }];
  await writer.put(db.settings, row);
  // Derived rows: not counted as records restored.
  const stamp = settingsStamp(settings);
  await db.summaries.bulkAdd(rows.map((debtor) => summaryRow(debtor, records.get(debtor.id) ?? emptyRecords(), settings, now, stamp)));
}

/**
 * 'backup-restore' itself, for callers that show how far the write got (the workspace's
 * worker); `text` must already have passed the handler's schema.
 */
export async function restoreBackup(ctx: HandlerContext, text: string, progress?: WriteProgress): Promise<BackupRestoreResult> {
  // Checked in full before the transaction starts: a refused file never opens one.
  const read = readBackup(text, BACKUP_SCHEMA_VERSION, upgradeBackupTables);
  if (!read.ok) {
    return {
      restored: false,
      reason: read.code,
      message: read.message,
      ...(read.where ? { where: read.where } : {}),
      ...(read.count !== undefined ? { count: read.count } : {}),
    };
  }
  const broken = brokenReference(read.tables);
  if (broken !== null) {
    return { restored: false, reason: 'broken-reference', message: 'a record points at a debtor or invoice the backup does not hold', where: broken };
  }
  await ctx.db.transaction('rw', TABLE_NAMES, () => replaceLedger(ctx.db, read.tables, ctx.now(), progress));
  return { restored: true, counts: countsOf(read.tables), schemaVersion: read.schemaVersion };
}

export function countsOf(tables: BackupTables): BackupCounts {
  const counts = { settings: tables.settings === null ? 0 : 1 } as BackupCounts;
  for (const name of RECORD_TABLES) if (name !== 'settings') counts[name] = tables[name].length;
  return counts;
}

function fileStamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
}

export function backupHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'backup-export': async (_input: HandlerArgs<'backup-export'>): Promise<BackupExport> => {
      const tables = await readAllTables(db);
      const now = ctx.now();
      const text = createBackup(tables, BACKUP_SCHEMA_VERSION, now);
      return { text, fileName: `cobro-backup-${fileStamp(now)}.json`, counts: countsOf(tables), schemaVersion: BACKUP_SCHEMA_VERSION };
    },

    'backup-restore': (input: HandlerArgs<'backup-restore'>): Promise<BackupRestoreResult> => restoreBackup(ctx, input.text),
  };
}
