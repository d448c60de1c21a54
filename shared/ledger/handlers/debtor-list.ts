// The workspace's debtor table: a page of debtors matching a search and filters, in a chosen
// order, each with the summary of their status worked out here (debtor-summaries.ts), so the
// table pages through 10,000 debtors without computing anything itself.
import { z } from 'zod';
import { AGING_BUCKETS } from '../../collection/aging';
import type { HandlerArgs } from '../api';
import { foldText } from '../search-key';
import { CurrencyCode, DelinquencyKind, LadderStep } from '../schema';
import type { HandlerContext } from './context';
import { ledgerSummaries, type DebtorSummary, type LedgerSummaries, type SummaryEntry } from './debtor-summaries';

export type { DebtorSummary } from './debtor-summaries';

export const DEBTOR_SORT_KEYS = ['name', 'outstanding', 'daysLate', 'severity', 'nextAction', 'lastContact'] as const;
export type DebtorSortKey = (typeof DEBTOR_SORT_KEYS)[number];

export const DebtorListFilters = z.strictObject({
  /** Any of these ladder steps. */
  steps: z.array(LadderStep).max(8).optional(),
  /** Any of these as the oldest bucket holding a balance. */
  agingBuckets: z.array(z.enum(AGING_BUCKETS)).max(5).optional(),
  /** Any of these kinds of late payer; 'none' for debtors not classified. */
  kinds: z.array(z.union([DelinquencyKind, z.literal('none')])).max(4).optional(),
  /** Has invoices in this currency. */
  currency: CurrencyCode.optional(),
  paused: z.boolean().optional(),
  disputed: z.boolean().optional(),
});
export type DebtorListFilters = z.infer<typeof DebtorListFilters>;

export const DebtorListInput = z.strictObject({
  query: z.string().max(200).optional(),
  filters: DebtorListFilters.default({}),
  sort: z
    .strictObject({ by: z.enum(DEBTOR_SORT_KEYS), direction: z.enum(['asc', 'desc']) })
    .default({ by: 'severity', direction: 'desc' }),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

export interface DebtorListPage {
  /** Debtors matching the search and filters. */
  total: number;
  /** Debtors in the ledger. */
  all: number;
  offset: number;
  rows: DebtorSummary[];
  /** Every currency any invoice is in, for the currency filter. */
  currencies: string[];
  /** The currency 'outstanding' sorts by: the filter's, else the default currency. */
  sortCurrency: string;
  computedAt: string;
}

function matchesFilters(summary: DebtorSummary, filters: DebtorListFilters): boolean {
  if (filters.steps && filters.steps.length > 0 && (summary.ladderStep === null || !filters.steps.includes(summary.ladderStep))) return false;
  if (filters.agingBuckets && filters.agingBuckets.length > 0) {
    if (summary.agingBucket === null || !filters.agingBuckets.includes(summary.agingBucket)) return false;
  }
  if (filters.kinds && filters.kinds.length > 0 && !filters.kinds.includes(summary.kind ?? 'none')) return false;
  if (filters.currency !== undefined && !summary.currencies.includes(filters.currency)) return false;
  if (filters.paused !== undefined && summary.paused !== filters.paused) return false;
  if (filters.disputed !== undefined && summary.disputed !== filters.disputed) return false;
  return true;
}

function amountIn(summary: DebtorSummary, currency: string): number {
  return summary.outstanding.find((money) => money.currency === currency)?.amount ?? 0;
}

/** The value a sort key compares; null sorts last whatever the direction. */
function sortValue(summary: DebtorSummary, by: DebtorSortKey, currency: string): string | number | null {
  switch (by) {
    case 'name':
      return foldText(summary.name);
    case 'outstanding':
      return amountIn(summary, currency);
    case 'daysLate':
      return summary.daysLate;
    case 'severity':
      return summary.severity;
    case 'nextAction':
      return summary.nextAction?.date ?? null;
    case 'lastContact':
      return summary.lastContactAt;
  }
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

export function sortSummaries(entries: readonly DebtorSummary[], by: DebtorSortKey, direction: 'asc' | 'desc', currency: string): DebtorSummary[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = entries.map((summary) => ({ summary, value: sortValue(summary, by, currency), name: foldText(summary.name) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else {
      const order = compareValues(a.value, b.value);
      if (order !== 0) return sign * order;
    }
    return a.name.localeCompare(b.name) || a.summary.id.localeCompare(b.summary.id);
  });
  return keyed.map((item) => item.summary);
}

function matchesQuery(entry: SummaryEntry, folded: string): boolean {
  return folded === '' || entry.searchText.includes(folded);
}

/** The last few orderings of each set of summaries: scrolling asks for page after page of the same one. */
const orderings = new WeakMap<LedgerSummaries, Map<string, DebtorSummary[]>>();
const ORDERINGS_KEPT = 4;

function ordered(summaries: LedgerSummaries, input: HandlerArgs<'debtor-list'>, sortCurrency: string): DebtorSummary[] {
  let byQuery = orderings.get(summaries);
  if (!byQuery) orderings.set(summaries, (byQuery = new Map()));
  const key = JSON.stringify([input.query ?? '', input.filters, input.sort, sortCurrency]);
  const found = byQuery.get(key);
  if (found) return found;
  const folded = foldText(input.query ?? '');
  const matching = summaries.entries
    .filter((entry) => matchesQuery(entry, folded) && matchesFilters(entry.summary, input.filters))
    .map((entry) => entry.summary);
  const sorted = sortSummaries(matching, input.sort.by, input.sort.direction, sortCurrency);
  if (byQuery.size >= ORDERINGS_KEPT) byQuery.delete(byQuery.keys().next().value!);
  byQuery.set(key, sorted);
  return sorted;
}

export function debtorListHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'summaries-refresh': async (_input: HandlerArgs<'summaries-refresh'>): Promise<{ debtors: number }> => ({
      debtors: (await ledgerSummaries(db, ctx.now())).entries.length,
    }),

    'debtor-list': async (input: HandlerArgs<'debtor-list'>): Promise<DebtorListPage> => {
      const summaries = await ledgerSummaries(db, ctx.now());
      const { entries, settings, computedAt } = summaries;
      const sortCurrency = input.filters.currency ?? settings.defaultCurrency;
      const sorted = ordered(summaries, input, sortCurrency);
      const currencies = [...new Set(entries.flatMap((entry) => entry.summary.currencies))].sort();
      return {
        total: sorted.length,
        all: entries.length,
        offset: input.offset,
        rows: sorted.slice(input.offset, input.offset + input.limit),
        currencies,
        sortCurrency,
        computedAt: computedAt.toISOString(),
      };
    },
  };
}
