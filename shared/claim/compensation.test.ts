import { describe, expect, it } from 'vitest';
import { statutoryCompensation, type LateInvoice } from './compensation';

const eur = (id: string): LateInvoice => ({ id, currency: 'EUR' });
const usd = (id: string): LateInvoice => ({ id, currency: 'USD' });

describe('statutoryCompensation', () => {
  it.each<[string, LateInvoice[], boolean, string[], number | null]>([
    // €40 × 1 = 4000 cents
    ['one late invoice', [eur('a')], true, ['a'], 4000],
    // €40 × 3 = 12000 cents: per invoice, not per claim
    ['three late invoices', [eur('a'), eur('b'), eur('c')], true, ['a', 'b', 'c'], 12000],
    // only the two in euros: €40 × 2 = 8000 cents; the dollar invoice gets nothing statutory
    ['mixed currencies', [eur('a'), usd('b'), eur('c')], true, ['a', 'c'], 8000],
    ['no invoice in euros', [usd('a')], true, [], null],
    ['a debtor who is not a business', [eur('a'), eur('b')], false, [], null],
    ['no late invoice', [], true, [], null],
  ])('%s', (_name, invoices, business, ids, total) => {
    const result = statutoryCompensation(invoices, business);
    expect(result.invoiceIds).toEqual(ids);
    expect(result.total).toEqual(total === null ? null : { currency: 'EUR', amount: total });
  });
});
