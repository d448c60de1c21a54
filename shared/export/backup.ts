// The whole ledger as one JSON file the user keeps, and the checks before restoring one:
// it is ours, it is not from a newer Cobro, it was not altered (a SHA-256 of its records),
// every record passes the same schema the database enforces, and every event still carries
// the hash of its own fields.
import type { z } from 'zod';
import {
  Debtor,
  Diagnostic,
  HashedEvent,
  Invoice,
  Payment,
  PaymentPlan,
  PromiseToPay,
  Settings,
  Template,
} from '../ledger/schema';
import { countHashMismatches, sha256Hex } from '../ledger/event-hash';
import { canonicalJson } from './canonical-json';

export interface BackupTables {
  debtors: Debtor[];
  invoices: Invoice[];
  payments: Payment[];
  promises: PromiseToPay[];
  plans: PaymentPlan[];
  events: HashedEvent[];
  templates: Template[];
  /** The single settings record; null when the user never saved any. */
  settings: Settings | null;
  diagnostics: Diagnostic[];
}

type ListTable = Exclude<keyof BackupTables, 'settings'>;

const LIST_SCHEMAS: { [K in ListTable]: z.ZodType<BackupTables[K][number]> } = {
  debtors: Debtor,
  invoices: Invoice,
  payments: Payment,
  promises: PromiseToPay,
  plans: PaymentPlan,
  events: HashedEvent,
  templates: Template,
  diagnostics: Diagnostic,
};
const LIST_TABLES = Object.keys(LIST_SCHEMAS) as ListTable[];

export type BackupCounts = Record<keyof BackupTables, number>;

export interface BackupFile {
  app: 'cobro';
  kind: 'backup';
  schemaVersion: number;
  exportedAt: string;
  counts: BackupCounts;
  checksum: string;
  tables: BackupTables;
}

export type ReadBackupCode = 'not-json' | 'not-a-backup' | 'newer-version' | 'checksum-mismatch' | 'invalid-record' | 'event-hash-mismatch';

export type ReadBackupResult =
  | { ok: true; tables: BackupTables; schemaVersion: number }
  /** `count`: with 'event-hash-mismatch', how many events do not match their hash. */
  | { ok: false; code: ReadBackupCode; message: string; where?: string; count?: number };

/** Brings a backup's tables from an older schema version to the current one (the database's own upgrades). */
export type BackupUpgrade = (tables: Record<string, unknown>, fromVersion: number) => Record<string, unknown>;

function countsOf(tables: BackupTables): BackupCounts {
  const counts = { settings: tables.settings === null ? 0 : 1 } as BackupCounts;
  for (const table of LIST_TABLES) counts[table] = tables[table].length;
  return counts;
}

/** The checksum covers the records only, in canonical form, so key order and spacing do not matter. */
export function backupChecksum(tables: unknown): string {
  return sha256Hex(canonicalJson(tables));
}

export function createBackup(tables: BackupTables, schemaVersion: number, now: Date): string {
  const file: BackupFile = {
    app: 'cobro',
    kind: 'backup',
    schemaVersion,
    exportedAt: now.toISOString(),
    counts: countsOf(tables),
    checksum: backupChecksum(tables),
    tables,
  };
  return JSON.stringify(file);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(code: ReadBackupCode, message: string, where?: string): ReadBackupResult {
  return where === undefined ? { ok: false, code, message } : { ok: false, code, message, where };
}

function issueWhere(prefix: string, issue: z.core.$ZodIssue | undefined): string {
  const path = issue?.path ?? [];
  return path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${String(key)}`), prefix);
}

/**
 * Checks a backup file before a restore. `upgrade` is the database's upgrade path for an
 * older schemaVersion; without it, older records must already pass today's schemas.
 */
export function readBackup(text: string, currentSchemaVersion: number, upgrade?: BackupUpgrade): ReadBackupResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return problem('not-json', 'the file is not JSON');
  }
  if (!isRecord(data) || data.app !== 'cobro' || data.kind !== 'backup' || !isRecord(data.tables)) {
    return problem('not-a-backup', 'the file is not a Cobro backup');
  }
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return problem('not-a-backup', 'the backup has no valid schemaVersion', 'schemaVersion');
  }
  if (version > currentSchemaVersion) {
    return problem(
      'newer-version',
      `the backup was made by a newer Cobro (data version ${version}; this one reads up to ${currentSchemaVersion}): update Cobro first`,
    );
  }
  const raw = data.tables;
  for (const table of LIST_TABLES) {
    if (!Array.isArray(raw[table])) return problem('not-a-backup', `the backup has no ${table} table`, `tables.${table}`);
  }
  if (raw.settings !== null && !isRecord(raw.settings)) {
    return problem('not-a-backup', 'the backup has no settings record', 'tables.settings');
  }

  if (typeof data.checksum !== 'string' || backupChecksum(raw) !== data.checksum.toLowerCase()) {
    return problem('checksum-mismatch', 'the backup was altered or damaged after it was made (its checksum does not match)', 'checksum');
  }
  const counts = isRecord(data.counts) ? data.counts : {};
  for (const table of LIST_TABLES) {
    if (counts[table] !== (raw[table] as unknown[]).length) {
      return problem('checksum-mismatch', `the backup says it holds ${String(counts[table])} ${table} but holds ${(raw[table] as unknown[]).length}`, `counts.${table}`);
    }
  }

  const current = version < currentSchemaVersion && upgrade ? upgrade(raw, version) : raw;
  const tables = { settings: null } as BackupTables;
  for (const table of LIST_TABLES) {
    const schema = LIST_SCHEMAS[table] as z.ZodType<unknown>;
    const records = current[table];
    if (!Array.isArray(records)) return problem('invalid-record', `the ${table} table is missing after upgrade`, `tables.${table}`);
    const valid: unknown[] = [];
    const ids = new Set<string>();
    for (let index = 0; index < records.length; index++) {
      const parsed = schema.safeParse(records[index]);
      const where = `tables.${table}[${index}]`;
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return problem('invalid-record', `a record in ${table} is not valid: ${issue?.message ?? 'invalid'}`, issueWhere(where, issue));
      }
      const id = (parsed.data as { id: string }).id;
      if (ids.has(id)) return problem('invalid-record', `two records in ${table} share the id ${id}`, `${where}.id`);
      ids.add(id);
      valid.push(parsed.data);
    }
    (tables as unknown as Record<string, unknown[]>)[table] = valid;
  }
  if (current.settings !== null && current.settings !== undefined) {
    const parsed = Settings.safeParse(current.settings);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem('invalid-record', `the settings are not valid: ${issue?.message ?? 'invalid'}`, issueWhere('tables.settings', issue));
    }
    tables.settings = parsed.data;
  }
  // The file's checksum says the file is as it was written; an event's hash says the event is as
  // it was logged. A file rebuilt around a changed event (checksum recomputed) fails here.
  const mismatched = countHashMismatches(tables.events);
  if (mismatched > 0) {
    const first = tables.events.findIndex((event) => countHashMismatches([event]) > 0);
    return {
      ok: false,
      code: 'event-hash-mismatch',
      message: `${mismatched} of the backup's events do not match their hash: they were changed after they were logged`,
      where: `tables.events[${first}].hash`,
      count: mismatched,
    };
  }
  return { ok: true, tables, schemaVersion: version };
}
