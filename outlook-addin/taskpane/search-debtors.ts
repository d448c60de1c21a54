// The search box's query, answered by the ledger. DebtorSearch shows a failure when the promise
// rejects, so a ledger error becomes a rejection carrying the handler's code.
import type { HandlerError, HandlerOutput } from '../../shared/ledger/api';
import type { LedgerClient } from '../../shared/ledger/client';

export class LedgerCallError extends Error {
  readonly code: HandlerError['code'];
  constructor(error: HandlerError) {
    super(error.message);
    this.name = 'LedgerCallError';
    this.code = error.code;
  }
}

export function searchDebtors(client: LedgerClient): (query: string) => Promise<HandlerOutput<'debtor-search'>> {
  return async (query) => {
    const result = await client.send('debtor-search', { query });
    if (!result.ok) throw new LedgerCallError(result.error);
    return result.value;
  };
}
