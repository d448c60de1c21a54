// A change notice makes the tab forget what it knew about the changed debtors, and every "nobody"
// answer (lookup-cache.ts). Every sent reminder is such a change, so without this the debtor just
// written to would be a round trip to the background the next time one of their threads opens.
// The forgotten addresses are asked about again at once instead, most recently used first, in one
// batch; those a lookup already on its way asks about (the thread on screen, the list) are left out.
import type { LedgerClient } from '../../../shared/ledger/client';
import { LOOKUP_BATCH_LIMIT, lookUpDebtors, type LookupCache } from './lookup-cache';

export interface ChangeRefillDeps {
  client: LedgerClient;
  cache: LookupCache;
}

/** Asks again about the forgotten addresses nothing is known or being asked about; resolves once answered. */
export async function refillForgotten(deps: ChangeRefillDeps, forgotten: readonly string[]): Promise<void> {
  const wanted = deps.cache.unasked(forgotten).slice(0, LOOKUP_BATCH_LIMIT);
  if (wanted.length === 0) return;
  // Unanswered: the threads showing these addresses ask when they open, as before the notice.
  await lookUpDebtors(deps.client, deps.cache, wanted);
}
