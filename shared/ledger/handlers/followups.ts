// Today's follow-ups: every debtor whose next action is due, most urgent first, and how many
// there are. Only debtors whose stored follow-up day (follow-up.ts) has come on their own
// calendar have their records read; their status then says whether they are due today.
import type { HandlerArgs } from '../api';
import { fromDebtorRow } from '../db';
import { loadRecordsOfDebtors } from '../debtor-records';
import { dateIn } from '../../dates';
import type { Debtor, Settings } from '../schema';
import { requireDebtor, type HandlerContext } from './context';
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

/**
 * Amounts in different currencies cannot be compared, so "largest outstanding" means the
 * outstanding in the user's default currency; debtors owing only other currencies come after.
 */
function outstandingIn(status: CollectionStatus, currency: string): number {
  return status.outstanding.find((money) => money.currency === currency)?.amount ?? 0;
}

export function compareFollowups(settings: Pick<Settings, 'defaultCurrency'>) {
  return (a: Followup, b: Followup): number =>
    a.status.nextAction!.date.localeCompare(b.status.nextAction!.date) ||
    b.status.severity - a.status.severity ||
    outstandingIn(b.status, settings.defaultCurrency) - outstandingIn(a.status, settings.defaultCurrency) ||
    a.debtor.name.localeCompare(b.debtor.name) ||
    a.debtor.id.localeCompare(b.debtor.id);
}

/**
 * Every debtor whose next action is due on their own calendar, unordered, with the settings it
 * was judged by. The one definition of "due today": the list and the count both read it. Runs
 * inside the caller's read transaction over STATUS_TABLES.
 */
async function dueToday(ctx: HandlerContext): Promise<{ due: Followup[]; settings: Settings }> {
  const { db } = ctx;
  const settings = await readSettings(db);
  const now = ctx.now();
  const todays = new Map<string, string>();
  const todayIn = (timeZone: string): string => {
    let today = todays.get(timeZone);
    if (today === undefined) todays.set(timeZone, (today = dateIn(timeZone, now)));
    return today;
  };
  // The index is read up to the calendar furthest ahead; a day still ahead on the debtor's
  // own calendar means not due, and their records stay unread.
  const rows = (await db.debtors.where('followUpOn').belowOrEqual(dateIn(EARLIEST_ZONE, now)).toArray()).filter(
    (row) => row.followUpOn !== null && row.followUpOn <= todayIn(row.timeZone),
  );
  // In id order, so that where most debtors are candidates (a backlog just imported) a
  // batch's records come in one range read per table.
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const due: Followup[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const records = await loadRecordsOfDebtors(db, batch.map((row) => row.id));
    for (const row of batch) {
      const debtor = fromDebtorRow(row);
      const status = statusOf(debtor, records.get(row.id)!, settings, now);
      const action = status.nextAction;
      if (action && action.date <= status.today) due.push({ debtor, status });
    }
  }
  return { due, settings };
}

export function followupHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'followups-today': async (input: HandlerArgs<'followups-today'>): Promise<Followup[]> =>
      db.transaction('r', STATUS_TABLES, async () => {
        const { due, settings } = await dueToday(ctx);
        due.sort(compareFollowups(settings));
        return input.limit === undefined ? due : due.slice(0, input.limit);
      }),

    /** How many follow-ups 'followups-today' would list (the toolbar badge), without ordering or sending them. */
    'followups-count': async (_input: HandlerArgs<'followups-count'>): Promise<{ count: number }> =>
      db.transaction('r', STATUS_TABLES, async () => ({ count: (await dueToday(ctx)).due.length })),

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
