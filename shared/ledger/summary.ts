// One line per debtor for the workspace's table and overview: the fields of their status that
// lists sort, filter and add up. Worked out whenever a write changes the debtor (with their
// follow-up day, follow-up-refresh.ts) and stored, so a list of 10,000 debtors reads 10,000
// small rows instead of every invoice and event of the ledger.
//
// A summary reads the calendar (days late, aging, what is due), so it holds for the day it was
// worked out on, in the debtor's time zone, and for the settings it was worked out with; a
// reader finding it older than that works it out again (debtor-summaries.ts).
import { computeStatus, type CollectionStatus } from '../collection/status';
import type { AgingBucketName } from '../collection/aging';
import { toDayNumber } from '../collection/days';
import { isDisputed, isPauseActive, isUnpaid } from '../collection/invoices';
import type { CollectionState } from '../collection/next-action';
import type { Severity } from '../collection/severity';
import { dateIn, type IsoDate, type IsoDateTime } from '../dates';
import type { Money } from '../money';
import { fromDebtorRow, type DebtorRow } from './db';
import type { DebtorRecords } from './debtor-records';
import { foldText } from './search-key';
import type { Debtor, DelinquencyKind, LadderStep, Settings, TemplatePurpose } from './schema';

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
  /** Each written-off invoice's month (in the debtor's time zone, "2026-03") and the balance given up. */
  writtenOff: { month: string; amount: Money }[];
}

export interface SummaryEntry {
  summary: DebtorSummary;
  facts: DebtorFacts;
  /** Folded name, addresses and invoice numbers: what the table's search box matches. */
  searchText: string;
}

/**
 * The one definition of "due today": the debtor's own today has reached their next action's
 * date. A summary's `dueToday` and 'followups-today' both ask this, so the badge, the overview
 * and the list never disagree.
 */
export function isDueToday(debtor: Pick<Debtor, 'doNotContact'>, status: Pick<CollectionStatus, 'nextAction' | 'today'>): boolean {
  return !debtor.doNotContact && status.nextAction !== null && status.nextAction.date <= status.today;
}

export function summarize(row: DebtorRow, records: DebtorRecords, settings: Settings, now: Date): SummaryEntry {
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
    dueToday: isDueToday(debtor, status),
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
    writtenOff: records.invoices.flatMap((invoice) =>
      invoice.status === 'written_off' && invoice.writeOff
        ? [{ month: dateIn(debtor.timeZone, new Date(invoice.writeOff.at)).slice(0, 7), amount: { currency: invoice.currency, amount: invoice.writeOff.amount } }]
        : [],
    ),
  };
  const searchText = [foldText(debtor.name), ...debtor.emails, ...records.invoices.map((invoice) => foldText(invoice.number))].join('\n');
  return { summary, facts, searchText };
}

/** A summary as stored, one row per debtor (the 'summaries' table, keyed by debtor id). */
export interface SummaryRow {
  debtorId: string;
  /** The debtor's calendar day it was worked out on. */
  on: IsoDate;
  /** settingsStamp of the settings it was worked out with. */
  settings: string;
  /** New with every write of the row: a writer that read the row earlier replaces it only if this is unchanged. */
  writeId: string;
  entry: SummaryEntry;
}

/**
 * The shape of a stored summary: raised whenever summarize() gains a fact, so rows written
 * before it (without that fact) no longer hold and are worked out again. 2: facts.writtenOff.
 */
export const SUMMARY_SHAPE = 2;

/**
 * A short fingerprint of the summary's shape and the settings (FNV-1a over their JSON): a summary worked out under
 * other settings is not reused. Any change counts: settings change rarely, and a recount once
 * after a change is better than a list showing a ladder step the new settings would not give.
 */
export function settingsStamp(settings: Settings): string {
  const text = JSON.stringify(settings);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${SUMMARY_SHAPE}:${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

export function summaryRow(row: DebtorRow, records: DebtorRecords, settings: Settings, now: Date, stamp = settingsStamp(settings)): SummaryRow {
  return { debtorId: row.id, on: dateIn(row.timeZone, now), settings: stamp, writeId: crypto.randomUUID(), entry: summarize(row, records, settings, now) };
}

/** Whether a stored summary still holds at `now` under the settings with this stamp. */
export function summaryHolds(stored: SummaryRow, stamp: string, now: Date): boolean {
  return stored.settings === stamp && stored.on === dateIn(stored.entry.summary.timeZone, now);
}
