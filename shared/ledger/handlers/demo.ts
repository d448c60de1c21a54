// The demo ledger, on request: lets someone trying Cobro (and the e2e suites) start from a ledger
// with one debtor in each situation. It only ever fills an empty ledger, so it cannot mix demo
// customers into real ones.
import type { HandlerArgs } from '../api';
import { demoLedger } from '../demo-ledger';
import { loadLedger } from '../sample-ledger';
import type { HandlerContext } from './context';

export interface DemoLoadResult {
  /** False when the ledger already had debtors; nothing was written then. */
  loaded: boolean;
  debtors: number;
}

export function demoHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'demo-load': async (_input: HandlerArgs<'demo-load'>): Promise<DemoLoadResult> =>
      db.transaction('rw', [db.debtors, db.invoices, db.payments, db.promises, db.plans, db.events, db.templates, db.settings], async () => {
        if ((await db.debtors.count()) > 0) return { loaded: false, debtors: 0 };
        // Dated from the handler's clock, so the demo debtors are in their situations today.
        const now = ctx.now();
        const data = demoLedger(now);
        await loadLedger(db, data, { now });
        return { loaded: true, debtors: data.debtors.length };
      }),
  };
}
