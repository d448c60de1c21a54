// One line per debtor for the workspace's table and overview: the fields of their status that
// lists sort, filter and add up, worked out for the whole ledger in one read transaction, a run
// of debtors at a time (each table read once per run, not five queries per debtor).
//
// Doing that for 10,000 debtors takes seconds, so the result is kept and reused until the
// ledger changes. Dexie announces every committed write, in this context and (through a
// BroadcastChannel) in the extension's other contexts, as 'storagemutated'; any such write
// to a table the status reads drops what is kept. The status also moves with the clock, so
// what is kept is dropped after a few minutes as well.
import Dexie from 'dexie';
import { computeStatus } from '../../collection/status';
import type { AgingBucketName } from '../../collection/aging';
import { toDayNumber } from '../../collection/days';
import { isDisputed, isPauseActive, isUnpaid } from '../../collection/invoices';
import type { CollectionState } from '../../collection/next-action';
import type { Severity } from '../../collection/severity';
import { dateIn, type IsoDate, type IsoDateTime } from '../../dates';
import type { Money } from '../../money';
import { fromDebtorRow, type CobroDb, type DebtorRow } from '../db';
import { emptyRecords, loadDebtorRecordsBetween } from '../debtor-records';
import { foldText } from '../search-key';
import type { DelinquencyKind, LadderStep, Settings, TemplatePurpose } from '../schema';
import { readSettings } from './settings';
import { STATUS_TABLES } from './status';

export interface DebtorSummary {
  id: string;
  name: string;
  emails: string[];
  locale: string;
  timeZone: string;
  tags: string[];
  /** Balances of open and disputed invoices, per currency, sorted by code. */
  outstanding: Money[];
  overdue: Money[];
  /** Days late of the oldest unpaid invoice (negative: not yet due); null when nothing is unpaid. */
  daysLate: number | null;
  oldestDueDate: IsoDate | null;
  /** The oldest aging bucket holding a balance; null when nothing is unpaid. */
  agingBucket: AgingBucketName | null;
  ladderStep: LadderStep | null;
  state: CollectionState;
  severity: Severity;
  kind: DelinquencyKind | null;
  nextAction: { purpose: TemplatePurpose; date: IsoDate } | null;
  /** Their `today` has reached the next action's date (what 'followups-today' lists). */
  dueToday: boolean;
  lastContactAt: IsoDateTime | null;
  /** Paused by hand (the debtor, not single invoices). */
  paused: boolean;
  /** At least one invoice is disputed. */
  disputed: boolean;
  doNotContact: boolean;
  /** Currencies of every invoice they have, sorted. */
  currencies: string[];
  invoiceCount: number;
  openInvoiceCount: number;
}

/** What the overview adds up, per debtor; amounts per currency are never mixed. */
export interface DebtorFacts {
  aging: { bucket: AgingBucketName; totals: Money[] }[];
  openPromises: { date: IsoDate; amount: Money }[];
  payments: { date: IsoDate; amount: Money }[];
  /** Each invoice's sale day (issue date, else due date) and amount, for days sales outstanding. */
  sales: { date: IsoDate; amount: Money }[];
}

export interface SummaryEntry {
  summary: DebtorSummary;
  facts: DebtorFacts;
  /** Folded name, addresses and invoice numbers: what the table's search box matches. */
  searchText: string;
}

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
const TABLES_STATUS_IGNORES = new Set(['templates', 'diagnostics']);

function summarize(row: DebtorRow, records: ReturnType<typeof emptyRecords>, settings: Settings, now: Date): SummaryEntry {
  const debtor = fromDebtorRow(row);
  const status = computeStatus({ debtor, ...records, settings, now });
  const oldestBucket = [...status.aging].reverse().find((bucket) => bucket.totals.length > 0)?.bucket ?? null;
  const today = status.today;
  const currencies = [...new Set(records.invoices.map((invoice) => invoice.currency))].sort();
  const summary: DebtorSummary = {
    id: debtor.id,
    name: debtor.name,
    emails: debtor.emails,
    locale: debtor.locale,
    timeZone: debtor.timeZone,
    tags: debtor.tags,
    outstanding: status.outstanding,
    overdue: status.overdue,
    daysLate: status.daysLate,
    oldestDueDate: status.oldestDueDate,
    agingBucket: oldestBucket,
    ladderStep: status.ladderStep,
    state: status.state,
    severity: status.severity,
    kind: status.delinquency.kind,
    nextAction: status.nextAction ? { purpose: status.nextAction.purpose, date: status.nextAction.date } : null,
    dueToday: !debtor.doNotContact && status.nextAction !== null && status.nextAction.date <= dateIn(debtor.timeZone, now),
    lastContactAt: status.lastContact?.at ?? null,
    paused: isPauseActive(debtor.pause, toDayNumber(today)),
    disputed: records.invoices.some((invoice) => isUnpaid(invoice) && isDisputed(invoice)),
    doNotContact: debtor.doNotContact,
    currencies,
    invoiceCount: records.invoices.length,
    openInvoiceCount: records.invoices.filter(isUnpaid).length,
  };
  const facts: DebtorFacts = {
    aging: status.aging.map((bucket) => ({ bucket: bucket.bucket, totals: bucket.totals })),
    openPromises: status.promises.open.map((view) => ({ date: view.date, amount: view.amount })),
    payments: records.payments.map((payment) => ({ date: payment.date, amount: { currency: payment.currency, amount: payment.amount } })),
    sales: records.invoices
      .filter((invoice) => invoice.status !== 'void')
      .map((invoice) => ({ date: invoice.issueDate ?? invoice.dueDate, amount: { currency: invoice.currency, amount: invoice.amount } })),
  };
  const searchText = [foldText(debtor.name), ...debtor.emails, ...records.invoices.map((invoice) => foldText(invoice.number))].join('\n');
  return { summary, facts, searchText };
}

/** Every debtor's summary, computed now, in id order. */
export async function computeSummaries(db: CobroDb, now: Date): Promise<LedgerSummaries> {
  return db.transaction('r', STATUS_TABLES, async () => {
    const settings = await readSettings(db);
    const entries: SummaryEntry[] = [];
    let after: string | null = null;
    for (;;) {
      const rows: DebtorRow[] = await (after === null ? db.debtors.orderBy(':id') : db.debtors.where(':id').above(after))
        .limit(BATCH)
        .toArray();
      const first = rows[0];
      const last = rows[rows.length - 1];
      if (!first || !last) break;
      const records = await loadDebtorRecordsBetween(db, first.id, last.id);
      for (const row of rows) entries.push(summarize(row, records.get(row.id) ?? emptyRecords(), settings, now));
      after = last.id;
    }
    return { entries, settings, computedAt: now };
  });
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
