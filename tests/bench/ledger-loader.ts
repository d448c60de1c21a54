// Bundled for the bench (bench-builds.ts) and evaluated in an extension page, where it writes a
// generated ledger straight into that extension's own IndexedDB: 400,000 records are far too
// many to send one handler call at a time, and the shipped extension gets no hook for it.
// It defines one global, `cobroBenchLoad`, and does nothing else on load.
import { openCobroDb } from '../../shared/ledger/db';
import { DEFAULT_SETTINGS } from '../../shared/ledger/schema';
import { generateLedger, loadLedger } from '../../shared/ledger/sample-ledger';
import { MAILBOX_PROFILE } from '../e2e/support/mailbox-ledger';
import { withMailboxCustomers, type MailboxCustomer } from './mailbox-debtors';

export interface LedgerLoadRequest {
  dbName: string;
  debtors: number;
  invoicesPerDebtor: number;
  eventsPerDebtor: number;
  seed: number;
  /** ISO instant the ledger is generated for (the handlers' clock is the real one). */
  now: string;
  customers: MailboxCustomer[];
}

export interface LedgerLoadResult {
  generateMs: number;
  loadMs: number;
  counts: { debtors: number; invoices: number; payments: number; events: number };
  /** The mailbox customers' debtor ids, by key. */
  ids: Record<string, string>;
}

export type LedgerLoad = (request: LedgerLoadRequest) => Promise<LedgerLoadResult>;

const load: LedgerLoad = async (request) => {
  const now = new Date(request.now);
  const generateStart = performance.now();
  const generated = generateLedger({ ...request, now });
  const { data, ids } = withMailboxCustomers(generated, request.customers);
  const generateMs = performance.now() - generateStart;

  const db = openCobroDb(request.dbName);
  const loadStart = performance.now();
  try {
    // With the first-run setup done, as a user who inserts templates has it: the picker offers Insert.
    await loadLedger(db, { ...data, settings: { ...DEFAULT_SETTINGS, ...MAILBOX_PROFILE, paymentMethods: [...MAILBOX_PROFILE.paymentMethods] } }, { now });
  } finally {
    db.close();
  }
  return {
    generateMs,
    loadMs: performance.now() - loadStart,
    counts: { debtors: data.debtors.length, invoices: data.invoices.length, payments: data.payments.length, events: data.events.length },
    ids,
  };
};

(globalThis as unknown as { cobroBenchLoad: LedgerLoad }).cobroBenchLoad = load;
