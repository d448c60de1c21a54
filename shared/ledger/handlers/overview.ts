// The workspace's overview: what is owed, how old it is, how fast customers pay, and what needs
// doing this week, added up from the debtors' summaries. Every total is per currency.
import type { HandlerArgs } from '../api';
import { AGING_BUCKETS, type AgingBucketName } from '../../collection/aging';
import { addDays, dateIn, type IsoDate } from '../../dates';
import { addTo, totalsList, type Money, type Totals } from '../../money';
import type { TemplatePurpose } from '../schema';
import type { HandlerContext } from './context';
import { ledgerSummaries, type SummaryEntry } from './debtor-summaries';

/** Days sales outstanding looks back this many days. */
export const DSO_WINDOW_DAYS = 90;
/** Lists in the overview show at most this many lines; the counts cover all. */
export const OVERVIEW_LIST_LIMIT = 20;

export interface AgingByCurrency {
  currency: string;
  /** Always the five buckets, in order. */
  buckets: { bucket: AgingBucketName; amount: number }[];
  total: number;
}

export interface DaysSalesOutstanding {
  currency: string;
  /** Receivables ÷ sales of the window × its days; null when nothing was sold in the window. */
  days: number | null;
  receivable: number;
  sales: number;
}

export interface DuePromise {
  debtorId: string;
  debtorName: string;
  date: IsoDate;
  amount: Money;
}

export interface DueFollowup {
  debtorId: string;
  debtorName: string;
  purpose: TemplatePurpose;
  date: IsoDate;
  severity: number;
}

export interface Overview {
  /** Today in the user's time zone (settings.defaultTimeZone). */
  today: IsoDate;
  debtors: number;
  debtorsOwing: number;
  owed: Money[];
  overdue: Money[];
  aging: AgingByCurrency[];
  dso: DaysSalesOutstanding[];
  dsoWindowDays: number;
  promisesDueThisWeek: { count: number; amounts: Money[]; items: DuePromise[]; until: IsoDate };
  followupsDueToday: { count: number; items: DueFollowup[] };
  /** What was written off, per month ("2026-03") of the last twelve with any, newest first; per currency. */
  writtenOffByMonth: { month: string; amounts: Money[] }[];
  /** Payments dated in the current month. */
  recoveredThisMonth: Money[];
  month: string;
}

/** The overview's write-offs cover this month and the eleven before it. */
export const WRITE_OFF_MONTHS = 12;

/** "2026-03" minus 3 months is "2025-12". */
export function monthsBefore(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function buildOverview(entries: readonly SummaryEntry[], today: IsoDate): Overview {
  const owed: Totals = {};
  const overdue: Totals = {};
  const aging = new Map<string, Map<AgingBucketName, number>>();
  const sales: Totals = {};
  const recovered: Totals = {};
  const promised: Totals = {};
  const promises: DuePromise[] = [];
  const followups: DueFollowup[] = [];
  const weekEnd = addDays(today, 6);
  const windowStart = addDays(today, -DSO_WINDOW_DAYS);
  const month = today.slice(0, 7);
  const firstMonth = monthsBefore(month, WRITE_OFF_MONTHS - 1);
  const writtenOff = new Map<string, Totals>();
  let debtorsOwing = 0;

  for (const { summary, facts } of entries) {
    if (summary.outstanding.length > 0) debtorsOwing++;
    for (const money of summary.outstanding) addTo(owed, money);
    for (const money of summary.overdue) addTo(overdue, money);
    for (const { bucket, totals } of facts.aging) {
      for (const money of totals) {
        let buckets = aging.get(money.currency);
        if (!buckets) aging.set(money.currency, (buckets = new Map()));
        buckets.set(bucket, (buckets.get(bucket) ?? 0) + money.amount);
      }
    }
    for (const sale of facts.sales) if (sale.date > windowStart && sale.date <= today) addTo(sales, sale.amount);
    for (const payment of facts.payments) if (payment.date.startsWith(month) && payment.date <= today) addTo(recovered, payment.amount);
    for (const item of facts.writtenOff) {
      if (item.month < firstMonth || item.month > month) continue;
      let totals = writtenOff.get(item.month);
      if (!totals) writtenOff.set(item.month, (totals = {}));
      addTo(totals, item.amount);
    }
    for (const promise of facts.openPromises) {
      if (promise.date < today || promise.date > weekEnd) continue;
      addTo(promised, promise.amount);
      promises.push({ debtorId: summary.id, debtorName: summary.name, date: promise.date, amount: promise.amount });
    }
    if (summary.dueToday && summary.nextAction) {
      followups.push({
        debtorId: summary.id,
        debtorName: summary.name,
        purpose: summary.nextAction.purpose,
        date: summary.nextAction.date,
        severity: summary.severity,
      });
    }
  }

  const owedList = totalsList(owed);
  promises.sort((a, b) => a.date.localeCompare(b.date) || a.debtorName.localeCompare(b.debtorName) || a.debtorId.localeCompare(b.debtorId));
  followups.sort(
    (a, b) => a.date.localeCompare(b.date) || b.severity - a.severity || a.debtorName.localeCompare(b.debtorName) || a.debtorId.localeCompare(b.debtorId),
  );
  return {
    today,
    debtors: entries.length,
    debtorsOwing,
    owed: owedList,
    overdue: totalsList(overdue),
    aging: [...aging.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, buckets]) => {
        const list = AGING_BUCKETS.map((bucket) => ({ bucket, amount: buckets.get(bucket) ?? 0 }));
        return { currency, buckets: list, total: list.reduce((sum, item) => sum + item.amount, 0) };
      })
      .filter((row) => row.total > 0),
    dso: owedList.map(({ currency, amount }) => {
      const sold = sales[currency] ?? 0;
      return {
        currency,
        receivable: amount,
        sales: sold,
        days: sold > 0 ? Math.round((amount * DSO_WINDOW_DAYS) / sold) : null,
      };
    }),
    dsoWindowDays: DSO_WINDOW_DAYS,
    promisesDueThisWeek: { count: promises.length, amounts: totalsList(promised), items: promises.slice(0, OVERVIEW_LIST_LIMIT), until: weekEnd },
    followupsDueToday: { count: followups.length, items: followups.slice(0, OVERVIEW_LIST_LIMIT) },
    writtenOffByMonth: [...writtenOff.entries()]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([when, totals]) => ({ month: when, amounts: totalsList(totals) })),
    recoveredThisMonth: totalsList(recovered),
    month,
  };
}

export function overviewHandlers(ctx: HandlerContext) {
  return {
    'overview-get': async (_input: HandlerArgs<'overview-get'>): Promise<Overview> => {
      const now = ctx.now();
      const { entries, settings } = await ledgerSummaries(ctx.db, now);
      return buildOverview(entries, dateIn(settings.defaultTimeZone, now));
    },
  };
}
