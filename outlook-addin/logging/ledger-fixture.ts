// Test support: a ledger with one debtor who owes one invoice, and a send to them.
import { createTestLedger, must, type TestLedger } from '../../shared/ledger/test-ledger';
import type { SentMail } from './sent-mail';

export interface DebtorLedger extends TestLedger {
  debtorId: string;
  invoiceId: string;
}

export async function ledgerWithDebtor(email = 'pagos@acme.es'): Promise<DebtorLedger> {
  const ledger = createTestLedger('2026-03-20T10:00:00.000Z');
  const { debtor, invoice } = must(
    await ledger.client.send('debtor-create', {
      name: 'Acme SL',
      emails: [email],
      firstInvoice: { number: 'F-12', currency: 'EUR', amount: 150_000, dueDate: '2026-03-01' },
    }),
  );
  return { ...ledger, debtorId: debtor.id, invoiceId: invoice!.id };
}

export function sentTo(ledger: DebtorLedger, to: string[], sendId = 'cobro-send-1'): SentMail {
  return {
    v: 1,
    sendId,
    debtorId: ledger.debtorId,
    templateId: 'builtin:overdue:es',
    step: 'overdue',
    invoiceIds: [ledger.invoiceId],
    to,
    subject: 'Factura F-12 vencida',
    threadId: 'conv-1',
    at: '2026-03-20T09:30:00.000Z',
  };
}
