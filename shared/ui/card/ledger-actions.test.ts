import { describe, expect, it } from 'vitest';
import { createTestLedger, must, type TestLedger } from '../../ledger/test-ledger';
import type { DebtorActions } from './actions';
import { debtorActionsFor } from './ledger-actions';

async function ledgerWithDebtor(): Promise<{ ledger: TestLedger; actions: DebtorActions; debtorId: string; invoiceId: string }> {
  const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
  const { debtor, invoice } = must(
    await ledger.client.send('debtor-create', {
      name: 'Talleres Ruiz',
      emails: ['pagos@talleresruiz.example'],
      firstInvoice: { number: 'F-2026-014', currency: 'EUR', amount: 125_000, dueDate: '2026-02-01' },
    }),
  );
  return { ledger, actions: debtorActionsFor(ledger.client, debtor.id), debtorId: debtor.id, invoiceId: invoice!.id };
}

describe('debtorActionsFor', () => {
  it('records a payment against the debtor, lowering what they owe', async () => {
    const { ledger, actions, debtorId } = await ledgerWithDebtor();
    must(await actions.recordPayment({ amount: 25_000, currency: 'EUR', date: '2026-03-02', method: 'transferencia' }));
    const status = must(await ledger.client.send('status-get', { debtorId }));
    expect(status.outstanding).toEqual([{ currency: 'EUR', amount: 100_000 }]);
  });

  it.each<[string, (a: DebtorActions, invoiceId: string) => Promise<unknown>, string]>([
    ['a call', (a) => a.logCall({ outcome: 'voicemail', note: 'Left a message' }), 'call'],
    ['a promise', (a) => a.recordPromise({ amount: 125_000, currency: 'EUR', date: '2026-03-09' }), 'promise'],
    ['a plan', (a, invoiceId) => a.startPlan({ invoiceIds: [invoiceId], installments: [{ dueDate: '2026-03-15', amount: 62_500 }, { dueDate: '2026-04-15', amount: 62_500 }] }), 'plan'],
    ['a pause', (a) => a.pause({ reason: 'On holiday', until: '2026-03-20' }), 'pause'],
    ['a dispute', (a) => a.markDisputed({ reason: 'Missing delivery' }), 'dispute'],
  ])('logs %s on the debtor’s timeline', async (_label, act, kind) => {
    const { ledger, actions, debtorId, invoiceId } = await ledgerWithDebtor();
    const result = (await act(actions, invoiceId)) as { ok: boolean };
    expect(result.ok).toBe(true);
    const events = must(await ledger.client.send('events-list', { debtorId }));
    expect(events.map((e) => e.kind)).toContain(kind);
  });

  it('resumes a paused debtor and resolves a dispute', async () => {
    const { ledger, actions, debtorId } = await ledgerWithDebtor();
    must(await actions.pause({ reason: 'On holiday', until: null }));
    must(await actions.resume());
    must(await actions.markDisputed({ reason: 'Wrong amount' }));
    must(await actions.resolveDispute());
    const card = must(await ledger.client.send('debtor-get', { id: debtorId }));
    expect(card.debtor.pause).toBeNull();
    expect(card.invoices.map((i) => i.status)).toEqual(['open']);
  });

  it('saves the phone number through debtor-update', async () => {
    const { ledger, actions, debtorId } = await ledgerWithDebtor();
    must(await actions.updatePhone('+34 600 123 456'));
    const card = must(await ledger.client.send('debtor-get', { id: debtorId }));
    expect(card.debtor.phone).toBe('+34 600 123 456');
  });
});
