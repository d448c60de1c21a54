import { describe, expect, it } from 'vitest';
import { ledgerChangeOf } from './ledger-changes';

describe('ledgerChangeOf', () => {
  it.each<[string, string, unknown, unknown, ReturnType<typeof ledgerChangeOf>]>([
    ['a read', 'debtor-lookup', { emails: ['a@b.es'] }, [{ debtor: { id: 'd1' } }], null],
    ['a diagnostic', 'diagnostic-record', { code: 'x' }, { diagnostic: { id: 'g1' } }, null],
    ['a payment', 'payment-record', { debtorId: 'd1', amount: 5 }, { payment: { debtorId: 'd1' }, invoices: [{ debtorId: 'd1' }] }, { debtorIds: ['d1'], all: false }],
    ['a debtor edit named by id', 'debtor-update', { id: 'd2', patch: {} }, { id: 'd2', name: 'Ana' }, { debtorIds: ['d2'], all: false }],
    ['a new debtor, known only from the output', 'debtor-create', { name: 'Ana' }, { debtor: { id: 'd3' }, invoice: { debtorId: 'd3' } }, { debtorIds: ['d3'], all: false }],
    ['a send to two debtors', 'mail-sent', { to: ['a@b.es'] }, { logged: [{ debtorId: 'd5' }, { debtorId: 'd4' }], duplicates: 0 }, { debtorIds: ['d4', 'd5'], all: false }],
    ['a send that was a duplicate', 'mail-sent', { to: ['a@b.es'] }, { logged: [], duplicates: 1 }, null],
    ['an invoice edit by id', 'invoice-update', { id: 'i1', patch: {} }, { debtorId: 'd6', id: 'i1' }, { debtorIds: ['d6'], all: false }],
    ['settings', 'settings-set', { patch: {} }, {}, { debtorIds: [], all: true }],
    ['the demo ledger', 'demo-load', {}, { loaded: true, debtors: 12 }, { debtorIds: [], all: true }],
  ])('%s', (_label, name, input, output, expected) => {
    expect(ledgerChangeOf(name, input, output)).toEqual(expected);
  });
});
