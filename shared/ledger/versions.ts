// The database's history. Each entry is one Dexie version: the tables it adds or changes
// (Dexie keeps the rest from earlier versions) and, when rows must change shape, an upgrade.
// Entries are frozen once released: a change is always a new entry at the end, with a
// fixture in versions.test.ts proving that data written by the previous version survives.
import type { Transaction } from 'dexie';
import { hashStoredRow } from './event-hash';
import { refreshAllFollowUps } from './follow-up-refresh';
import { nameKeys } from './search-key';
import { readStoredSettings } from './stored-settings';

export interface LedgerVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Runs inside the versionchange transaction when upgrading from an older version. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const LEDGER_VERSIONS: readonly LedgerVersion[] = [
  {
    version: 1,
    stores: {
      debtors: 'id, &*emails',
      invoices: 'id, &[debtorId+number], [status+dueDate]',
      payments: 'id, debtorId',
      promises: 'id, debtorId',
      plans: 'id, debtorId',
      events: 'id, &dedupeKey, [debtorId+at]',
      templates: 'id, &builtinId',
      settings: 'id',
    },
  },
  {
    version: 2,
    stores: {
      debtors: 'id, &*emails, *nameKeys',
      diagnostics: 'id, &dedupeKey, at',
    },
    // Debtors written by version 1 have no search keys yet.
    upgrade: async (tx) => {
      await tx
        .table('debtors')
        .toCollection()
        .modify((row: { name: string; nameKeys?: string[] }) => {
          row.nameKeys = nameKeys(row.name);
        });
    },
  },
  {
    version: 3,
    stores: {
      debtors: 'id, &*emails, *nameKeys, followUpOn',
    },
    // Debtors written by version 2 have no follow-up day; it is worked out as of the upgrade,
    // with the rules of the code doing it.
    upgrade: async (tx) => {
      // Summaries come with version 4; this step sees no such table.
      await refreshAllFollowUps(tx, await readStoredSettings(tx), new Date(), { summaries: false });
    },
  },
  {
    version: 4,
    stores: {
      // Nothing queried open invoices by status and due date; the index only slowed every write.
      invoices: 'id, &[debtorId+number]',
      // Left empty here: the first list works each debtor's summary out and stores it.
      summaries: 'debtorId',
    },
  },
  {
    version: 5,
    stores: {
      // A page of an invoicing tool shows invoice numbers without saying whose they are: the
      // overlay looks them up by number alone. Not unique: two customers may share a number.
      invoices: 'id, &[debtorId+number], number',
    },
  },
  {
    version: 6,
    // Events carry their hash from now on; the hash is not indexed (nothing looks events up by it).
    stores: {},
    // Events logged by version 5 get the hash of what they say now. Synchronous hashing: the
    // upgrade's transaction must not wait on anything but IndexedDB.
    upgrade: async (tx) => {
      await tx
        .table('events')
        .toCollection()
        .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
          ref.value = hashStoredRow(row);
        });
    },
  },
];
