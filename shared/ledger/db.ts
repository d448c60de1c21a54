// The Dexie database. Opened by whoever owns the data (the extension's background and pages,
// the Outlook task pane), never by a content script. Nothing here runs on import.
import Dexie, { type Table } from 'dexie';
import type { IsoDate } from '../dates';
import type { Debtor, Diagnostic, HashedEvent, Invoice, PaymentPlan, Payment, PromiseToPay, Template } from './schema';
import { LedgerVersionError } from './errors';
import { nameKeys } from './search-key';
import type { SettingsRow } from './stored-settings';
import type { SummaryRow } from './summary';
import { LEDGER_VERSIONS, type LedgerVersion } from './versions';

export { SETTINGS_ID, type SettingsRow } from './stored-settings';

/**
 * A debtor as stored: the record plus what is derived from it and never sent to the UI, its
 * search keys and the day it next needs attention (follow-up.ts; null: not without a new write).
 */
export type DebtorRow = Debtor & { nameKeys: string[]; followUpOn: IsoDate | null };

/**
 * The follow-up day of a row whose day has not been worked out yet: before every real day, so
 * followups-today looks at the debtor until a refresh stores the real one.
 */
export const FOLLOW_UP_UNKNOWN: IsoDate = '0000-01-01';

// The schema the versions in versions.ts add up to (a test checks they agree), and the
// query each index exists for. Only indexed fields are listed; rows hold the whole record.
export const SCHEMA = {
  debtors: [
    'id',
    '&*emails', // debtor-lookup/mail-sent: the debtor owning an address; unique = one debtor per address
    '*nameKeys', // debtor-search: prefix of the folded name or of any word in it
    'followUpOn', // followups-today: debtors whose next action may be due (null rows are not indexed)
  ].join(', '),
  invoices: [
    'id',
    '&[debtorId+number]', // an invoice number is unique per debtor; its prefix serves "invoices of a debtor"
    'number', // page-lookup: the invoices a tool's page names by number, whoever the customer (not unique)
  ].join(', '),
  payments: 'id, debtorId', // payments of a debtor
  promises: 'id, debtorId', // promises of a debtor
  plans: 'id, debtorId', // plans of a debtor
  events: [
    'id',
    '&dedupeKey', // exactly-once logging: the same send seen twice is refused by the index
    '[debtorId+at]', // a debtor's timeline, newest first (reverse), paged by time
  ].join(', '),
  templates: [
    'id',
    '&builtinId', // the user's edit of a built-in (at most one); custom templates have none
  ].join(', '),
  settings: 'id', // a single row, id 'settings'
  diagnostics: [
    'id',
    '&dedupeKey', // one record per problem and host version
    'at', // newest first
  ].join(', '),
  summaries: 'debtorId', // derived: each debtor's line in the workspace's lists (summary.ts); never backed up
} as const;

export type TableName = keyof typeof SCHEMA;
export const TABLE_NAMES = Object.keys(SCHEMA) as TableName[];
/** Tables worked out from the others: a backup leaves them out and a restore works them out again. */
export const DERIVED_TABLES = ['summaries'] as const satisfies readonly TableName[];
export type RecordTableName = Exclude<TableName, (typeof DERIVED_TABLES)[number]>;
/** Tables holding what the user entered or imported: what a backup carries. */
export const RECORD_TABLES = TABLE_NAMES.filter((name): name is RecordTableName => !(DERIVED_TABLES as readonly string[]).includes(name));

export class CobroDb extends Dexie {
  declare debtors: Table<DebtorRow, string>;
  declare invoices: Table<Invoice, string>;
  declare payments: Table<Payment, string>;
  declare promises: Table<PromiseToPay, string>;
  declare plans: Table<PaymentPlan, string>;
  declare events: Table<HashedEvent, string>;
  declare templates: Table<Template, string>;
  declare settings: Table<SettingsRow, string>;
  declare diagnostics: Table<Diagnostic, string>;
  declare summaries: Table<SummaryRow, string>;

  constructor(name: string, versions: readonly LedgerVersion[] = LEDGER_VERSIONS) {
    super(name);
    for (const entry of versions) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
    // Dexie 4 quietly opens a database newer than the code declares; older code must not
    // read or write rows whose shape it does not know, so refuse instead.
    this.on(
      'ready',
      (vipDb: Dexie) => {
        const installed = Math.floor(vipDb.backendDB().version / 10);
        if (installed > vipDb.verno) throw new LedgerVersionError(installed, vipDb.verno);
      },
      true,
    );
  }
}

/** The ledger database (opened lazily by Dexie on first use). */
export function openCobroDb(name = 'cobro', versions: readonly LedgerVersion[] = LEDGER_VERSIONS): CobroDb {
  return new CobroDb(name, versions);
}

export function toDebtorRow(debtor: Debtor, followUpOn: IsoDate | null = FOLLOW_UP_UNKNOWN): DebtorRow {
  return { ...debtor, nameKeys: nameKeys(debtor.name), followUpOn };
}

export function fromDebtorRow(row: DebtorRow): Debtor {
  const { nameKeys: _keys, followUpOn: _followUpOn, ...debtor } = row;
  return debtor;
}
