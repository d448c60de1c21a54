// The debtor card's quick actions, each mapped to the ledger handler that does it.
import type { LedgerClient } from '../../../shared/ledger/client';
import type { DebtorActions } from '../../../shared/ui/card/actions';

export function debtorActions(client: LedgerClient, debtorId: string): DebtorActions {
  return {
    logCall: ({ outcome, note }) =>
      client.send('event-log', {
        debtorId,
        kind: 'call',
        channel: 'phone',
        direction: 'outbound',
        outcome,
        ...(note ? { note } : {}),
      }),
    recordPromise: ({ amount, currency, date, note }) =>
      client.send('promise-record', { debtorId, amount, currency, date, ...(note ? { note } : {}) }),
    recordPayment: ({ amount, currency, date, method, note }) =>
      client.send('payment-record', { debtorId, amount, currency, date, ...(method ? { method } : {}), ...(note ? { note } : {}) }),
    startPlan: ({ installments, invoiceIds }) => client.send('plan-create', { debtorId, invoiceIds, installments }),
    pause: ({ reason, until }) => client.send('debtor-pause', { id: debtorId, reason, until }),
    resume: () => client.send('debtor-resume', { id: debtorId }),
    markDisputed: ({ reason, invoiceIds }) =>
      client.send('invoice-dispute', { debtorId, reason, ...(invoiceIds && invoiceIds.length > 0 ? { invoiceIds } : {}) }),
    resolveDispute: () => client.send('dispute-resolve', { debtorId }),
  };
}
