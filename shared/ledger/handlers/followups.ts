// Today's follow-ups: every debtor whose next action is due, most urgent first, and how many
// there are. Only debtors whose stored follow-up day (follow-up.ts) has come on their own
// calendar are looked at, and through their stored summaries (summary.ts): the badge is
// recounted after every write, so on an unchanged day it reads one small row per candidate and
// no records. Only the debtors the list returns have their records read, for their full status.
import type { HandlerArgs } from '../api';
import { fromDebtorRow } from '../db';
import { loadRecordsOfDebtors } from '../debtor-records';
import { dateIn } from '../../dates';
import type { Debtor, Settings } from '../schema';
import { isDueToday, type DebtorSummary, type SummaryRow } from '../summary';
import { requireDebtor, type HandlerContext } from './context';
import { summariesOf } from './debtor-summaries';
import { readSettings } from './settings';
import { loadDebtorData, statusOf, STATUS_TABLES, type CollectionStatus } from './status';

/** The zone whose calendar is furthest ahead (UTC+14): no debtor's today is later than its today. */
const EARLIEST_ZONE = 'Pacific/Kiritimati';
/** Debtors whose records are in memory at once. */
const BATCH = 250;

export interface Followup {
  debtor: Debtor;
  status: CollectionStatus;
}

/** What the order of follow-ups reads: a stored summary holds it, and so does a full status. */
export type FollowupKey = Pick<DebtorSummary, 'id' | 'name' | 'nextAction' | 'severity' | 'outstanding'>;

export function followupKey({ debtor, status }: Followup): FollowupKey {
  return { id: debtor.id, name: debtor.name, nextAction: status.nextAction, severity: status.severity, outstanding: status.outstanding };
}

/**
 * Amounts in different currencies cannot be compared, so "largest outstanding" means the
 * outstanding in the user's default currency; debtors owing only other currencies come after.
 */
function outstandingIn(key: FollowupKey, currency: string): number {
  return key.outstanding.find((money) => money.currency === currency)?.amount ?? 0;
}

/** Earliest step first, then the most severe, the largest amount owed, the name and the id. Keys without a next action are never due. */
export function compareFollowups(settings: Pick<Settings, 'defaultCurrency'>) {
  return (a: FollowupKey, b: FollowupKey): number =>
    (a.nextAction?.date ?? '').localeCompare(b.nextAction?.date ?? '') ||
    b.severity - a.severity ||
    outstandingIn(b, settings.defaultCurrency) - outstandingIn(a, settings.defaultCurrency) ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id);
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The summaries of every debtor due today on their own calendar, unordered, with the settings
 * they were judged by: what the list pages through and the badge counts. Stored summaries that
 * still hold are used as they are; the others are worked out from the records (in short read
 * transactions, so the writes of a busy service worker are not held up) and stored for the next
 * call, best effort.
 */
async function dueToday(ctx: HandlerContext, now: Date): Promise<{ due: DebtorSummary[]; settings: Settings }> {
  const { db } = ctx;
  const todays = new Map<string, string>();
  const todayIn = (timeZone: string): string => {
    let today = todays.get(timeZone);
    if (today === undefined) todays.set(timeZone, (today = dateIn(timeZone, now)));
    return today;
  };
  const { settings, ids, stored } = await db.transaction('r', [db.debtors, db.summaries, db.settings], async () => {
    // The index is read up to the calendar furthest ahead; a day still ahead on the debtor's
    // own calendar means not due, and their summary stays unread.
    const rows = await db.debtors.where('followUpOn').belowOrEqual(dateIn(EARLIEST_ZONE, now)).toArray();
    // In id order: where most debtors are candidates (a backlog just imported), stale ones are
    // worked out a run of consecutive ids at a time, each table read once per run.
    const ids = rows.filter((row) => row.followUpOn !== null && row.followUpOn <= todayIn(row.timeZone)).map((row) => row.id).sort(byId);
    const [settings, stored] = await Promise.all([readSettings(db), db.summaries.bulkGet(ids)]);
    return { settings, ids, stored };
  });
  const storedById = new Map<string, SummaryRow>();
  for (const row of stored) if (row) storedById.set(row.debtorId, row);
  const entries = await summariesOf(db, ids, storedById, settings, now);
  // The settings changed while stale summaries were worked out: ask again.
  if (entries === null) return dueToday(ctx, now);
  return { due: entries.map((entry) => entry.summary).filter((summary) => summary.dueToday), settings };
}

/**
 * The follow-ups of the first `limit` of these summaries (already in order), each debtor and
 * status read afresh in one read transaction. A write may have landed since the summaries were
 * read: a debtor no longer due is left out and the next in line takes their place, and the page
 * is ordered by the statuses it shows.
 */
async function followupsOf(ctx: HandlerContext, ordered: readonly DebtorSummary[], limit: number, now: Date): Promise<Followup[]> {
  const { db } = ctx;
  return db.transaction('r', STATUS_TABLES, async () => {
    const settings = await readSettings(db);
    const listed: Followup[] = [];
    let next = 0;
    while (listed.length < limit && next < ordered.length) {
      const wanted = ordered.slice(next, next + limit - listed.length).map((summary) => summary.id);
      next += wanted.length;
      const found = new Map<string, Followup>();
      // Read in id order, a batch at a time: a long page then costs one range read per table per batch.
      const sorted = [...wanted].sort(byId);
      for (let start = 0; start < sorted.length; start += BATCH) {
        const batch = sorted.slice(start, start + BATCH);
        const [rows, records] = await Promise.all([db.debtors.bulkGet(batch), loadRecordsOfDebtors(db, batch)]);
        for (const row of rows) {
          if (!row) continue;
          const debtor = fromDebtorRow(row);
          const status = statusOf(debtor, records.get(row.id)!, settings, now);
          if (isDueToday(debtor, status)) found.set(row.id, { debtor, status });
        }
      }
      for (const id of wanted) {
        const followup = found.get(id);
        if (followup) listed.push(followup);
      }
    }
    const compare = compareFollowups(settings);
    return listed.sort((a, b) => compare(followupKey(a), followupKey(b)));
  });
}

export function followupHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'followups-today': async (input: HandlerArgs<'followups-today'>): Promise<Followup[]> => {
      const now = ctx.now();
      const { due, settings } = await dueToday(ctx, now);
      due.sort(compareFollowups(settings));
      return followupsOf(ctx, due, input.limit ?? due.length, now);
    },

    /** How many follow-ups 'followups-today' would list (the toolbar badge), from the summaries alone. */
    'followups-count': async (_input: HandlerArgs<'followups-count'>): Promise<{ count: number }> => ({
      count: (await dueToday(ctx, ctx.now())).due.length,
    }),

    'status-get': async (input: HandlerArgs<'status-get'>): Promise<CollectionStatus> =>
      db.transaction('r', STATUS_TABLES, async () => {
        // Side by side, not the debtor first: the answer costs one round of reads, not two.
        const [debtor, data, settings] = await Promise.all([
          requireDebtor(db, input.debtorId),
          loadDebtorData(db, input.debtorId),
          readSettings(db),
        ]);
        return statusOf(debtor, data, settings, ctx.now());
      }),
  };
}
