import { describe, expect, it } from 'vitest';
import { parsed, rejections, tuple } from '../__fixtures__/support';

const HEADER = 'Transaction ID,Transaction Date,Account Name,Transaction Description,Amount (One column),Customer,Invoice Number,Account Type';

function wave(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

const INVOICE = [
  '1,2026-01-05,Sales,Ann - 7,100.00,Ann,7,Income',
  '1,2026-01-05,Sales Tax,Ann - 7,21.00,Ann,7,Sales Taxes',
  '1,2026-01-05,Accounts Receivable,Ann - 7,121.00,Ann,7,System Receivable Invoice',
];

describe('wave transactions', () => {
  it.each<[string, string[], number, string]>([
    ['an unpaid invoice', [], 0, 'open'],
    ['a partial payment', ['2,2026-01-20,Accounts Receivable,Invoice Payment,-21.00,Ann,7,System Receivable Invoice', '2,2026-01-20,Cash on Hand,Invoice Payment,21.00,,,Cash and Bank'], 2100, 'open'],
    ['a full payment', ['2,2026-01-20,Accounts Receivable,Invoice Payment,-121.00,Ann,7,System Receivable Invoice', '2,2026-01-20,Cash on Hand,Invoice Payment,121.00,,,Cash and Bank'], 12100, 'paid'],
  ])('%s', (_, more, paid, status) => {
    const result = parsed(wave(...INVOICE, ...more), { defaultCurrency: 'CAD' });
    expect(result.format).toBe('wave-transactions');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual([[2, 'Ann', [], '7', 'CAD', 12100, paid, '2026-01-05', '2026-02-04', status]]);
  });

  it('rejects an invoice whose lines do not add up to its receivable', () => {
    const result = parsed(wave(INVOICE[0]!, INVOICE[2]!));
    expect(result.rows).toEqual([]);
    expect(rejections(result)).toEqual([[2, 'inconsistent-group'], [3, 'inconsistent-group']]);
    expect(result.rejected[0]!.reason).toEqual({ code: 'lines-sum-mismatch', column: 'Amount (One column)', total: 12100, sum: 10000, currency: 'EUR' });
  });
});
