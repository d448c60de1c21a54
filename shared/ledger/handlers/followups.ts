// Today's follow-ups: every debtor whose next action is due, most urgent first. This scans
// every debtor, so it reads per-debtor data through indexes, in one read transaction, in
// batches that keep memory flat.
import type { HandlerArgs } from '../api';
import { fromDebtorRow } from '../db';
import { dateIn } from '../../dates';
import type { Debtor, Settings } from '../schema';
import { requireDebtor, type HandlerContext } from './context';
import { readSettings } from './settings';
import { loadDebtorData, statusOf, STATUS_TABLES, type CollectionStatus } from './status';

const BATCH = 200;

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

export function followupHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'followups-today': async (input: HandlerArgs<'followups-today'>): Promise<Followup[]> =>
      db.transaction('r', STATUS_TABLES, async () => {
        const settings = await readSettings(db);
        const now = ctx.now();
        const due: Followup[] = [];
        const ids = await db.debtors.toCollection().primaryKeys();
        for (let start = 0; start < ids.length; start += BATCH) {
          const rows = await db.debtors.bulkGet(ids.slice(start, start + BATCH));
          const batch = await Promise.all(
            rows.map(async (row) => {
              if (!row || row.doNotContact) return null;
              const debtor = fromDebtorRow(row);
              const status = statusOf(debtor, await loadDebtorData(db, debtor.id), settings, now);
              const action = status.nextAction;
              return action && action.date <= dateIn(debtor.timeZone, now) ? { debtor, status } : null;
            }),
          );
          for (const item of batch) if (item) due.push(item);
        }
        due.sort(compareFollowups(settings));
        return input.limit === undefined ? due : due.slice(0, input.limit);
      }),

    'status-get': async (input: HandlerArgs<'status-get'>): Promise<CollectionStatus> =>
      db.transaction('r', STATUS_TABLES, async () => {
        const debtor = await requireDebtor(db, input.debtorId);
        const [data, settings] = await Promise.all([loadDebtorData(db, debtor.id), readSettings(db)]);
        return statusOf(debtor, data, settings, ctx.now());
      }),
  };
}
