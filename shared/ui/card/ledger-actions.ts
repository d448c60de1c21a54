// The card's quick actions wired to the ledger's handlers through any client (runtime
// messaging in a content script, in-process on an extension page or in tests).
import type { LedgerClient } from '../../ledger/client';
import type { DebtorActions } from './actions';

export function debtorActionsFor(client: LedgerClient, debtorId: string): DebtorActions {
  return {
    logCall: ({ outcome, note }) =>
      client.send('event-log', { debtorId, kind: 'call', channel: 'phone', direction: 'outbound', outcome, note }),
    recordPromise: (input) => client.send('promise-record', { debtorId, ...input }),
    recordPayment: (input) => client.send('payment-record', { debtorId, ...input }),
    startPlan: (input) => client.send('plan-create', { debtorId, ...input }),
    pause: (input) => client.send('debtor-pause', { id: debtorId, ...input }),
    resume: () => client.send('debtor-resume', { id: debtorId }),
    markDisputed: (input) => client.send('invoice-dispute', { debtorId, ...input }),
    resolveDispute: () => client.send('dispute-resolve', { debtorId }),
    writeOff: (input) => client.send('debtor-write-off', { debtorId, ...input }),
    updatePhone: (phone) => client.send('debtor-update', { id: debtorId, patch: { phone } }),
  };
}
