import { describe, expect, it } from 'vitest';
import type { DebtorMatch } from '../../shared/ledger/handlers/debtors';
import type { Debtor, Invoice } from '../../shared/ledger/schema';
import { pageBalanceIn, planChip, type KnownInvoice, type PageLookup } from './chip-plan';
import type { PageInvoice } from './page-invoice';
import { pageRow } from './test-rows';

const debtor = (id: string, name: string, emails: string[]) => ({ id, name, emails }) as unknown as Debtor;
const invoice = (id: string, number: string, fields: Partial<Invoice> = {}) =>
  ({ id, number, currency: 'EUR', amount: 123_456, paid: 0, status: 'open', ...fields }) as Invoice;
const known = (inv: Invoice, who: Debtor): KnownInvoice => ({ number: inv.number, invoice: inv, debtor: who, status: {} as KnownInvoice['status'] });

const ruiz = debtor('d1', 'Talleres Ruiz S.L.', ['pagos@talleres-ruiz.es']);
const pena = debtor('d2', 'Peña Arquitectos', ['admin@pena.es']);
const lookup: PageLookup = {
  invoices: [known(invoice('i1', 'F-0107'), ruiz), known(invoice('i2', '42'), ruiz), known(invoice('i3', '42'), pena), known(invoice('i4', 'F-0110', { paid: 23_456 }), ruiz)],
  debtors: [{ debtor: pena, matchedEmails: ['admin@pena.es'], status: {} } as unknown as DebtorMatch],
};

describe('planChip', () => {
  it.each<[string, Partial<PageInvoice>, string, string | null]>([
    ['a number the ledger has', { number: 'F-0107', balanceText: '1.234,56 €' }, 'known', 'i1'],
    ['…written with spaces around it', { number: ' F-0107 ' }, 'known', 'i1'],
    ['a number two customers share, the page naming one by address', { number: '42', email: 'admin@pena.es' }, 'known', 'i3'],
    ['…by name, written differently', { number: '42', customer: 'TALLERES RUIZ SL' }, 'known', 'i2'],
    ['…the page saying nothing about whose', { number: '42' }, 'none', null],
    ['an unknown number of a known customer', { number: 'F-9', email: 'admin@pena.es' }, 'customer', null],
    ['an unknown number, unknown customer', { number: 'F-9', customer: 'Nadie' }, 'unknown', null],
    ['an unknown draft is not offered', { number: 'F-9', status: 'draft' }, 'none', null],
    ['an unknown void one neither', { number: 'F-9', status: 'void' }, 'none', null],
    ['no number at all', { customer: 'Talleres Ruiz' }, 'none', null],
    ['an address alone, of a known customer', { email: 'admin@pena.es' }, 'customer', null],
  ])('%s', (_case, fields, kind, invoiceId) => {
    const plan = planChip(pageRow(fields), lookup);
    expect(plan.kind).toBe(kind);
    expect(plan.kind === 'known' ? plan.known.invoice.id : null).toBe(invoiceId);
  });

  it.each<[string, Partial<PageInvoice>, unknown]>([
    ['the same balance: nothing to record', { number: 'F-0107', balanceText: '1.234,56 €' }, null],
    ['paid on the page', { number: 'F-0107', status: 'paid', balanceText: '0,00 €' }, { kind: 'paid', currency: 'EUR', ledgerBalance: 123_456, pageBalance: 0 }],
    ['paid, no balance shown', { number: 'F-0107', status: 'paid' }, { kind: 'paid', currency: 'EUR', ledgerBalance: 123_456, pageBalance: 0 }],
    ['a lower balance', { number: 'F-0107', balanceText: '€234.56' }, { kind: 'lower', currency: 'EUR', ledgerBalance: 123_456, pageBalance: 23_456 }],
    ['less paid already in the ledger', { number: 'F-0110', balanceText: '1.000,00 €' }, null],
    ['a balance in another currency is not compared', { number: 'F-0107', balanceText: 'US$0.00' }, null],
    ['a higher balance is not a payment', { number: 'F-0107', balanceText: '2.000,00 €' }, null],
    ['words are not a balance', { number: 'F-0107', balanceText: 'Pendiente' }, null],
  ])('update: %s', (_case, fields, update) => {
    const plan = planChip(pageRow(fields), lookup);
    expect(plan.kind === 'known' ? plan.update : 'not known').toEqual(update);
  });
});

describe('pageBalanceIn', () => {
  it.each<[string | null, string | null, string, number | null]>([
    ['1.234,56 €', null, 'EUR', 123_456],
    ['$1,200.00', null, 'USD', 120_000],
    ['$1,200.00', null, 'MXN', 120_000],
    ['$1,200.00', 'USD', 'MXN', null],
    ['£12.00', null, 'EUR', null],
    ['-5,00 €', null, 'EUR', null],
    [null, null, 'EUR', null],
  ])('%j (%s) in %s → %j', (balanceText, currency, ledgerCurrency, expected) => {
    expect(pageBalanceIn({ balanceText, currency, status: null }, ledgerCurrency)).toBe(expected);
  });
});
