import { describe, expect, it } from 'vitest';
import { sample } from '../__fixtures__/samples';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const HEADER = 'Client Name,Invoice #,Date Issued,Date Due,Invoice Status,Date Paid,Item Name,Line Total,Currency';

function freshbooks(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

describe('freshbooks sample', () => {
  const result = parsed(sample('freshbooks-invoice-details'));

  it('sums line totals per invoice and leaves a partial invoice open with paid unknown', () => {
    expect(result.format).toBe('freshbooks-invoice-details');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual<RowTuple[]>([
      [2, 'Northwind Traders', [], '0000081', 'USD', 1250000, 0, '2026-06-01', '2026-07-01', 'open'],
      [4, 'Acme Robotics', [], '0000090', 'USD', 388800, 0, '2026-10-01', '2026-10-31', 'open'],
    ]);
    expect(result.rows[0]!.invoice.paidUnknown).toBe(true);
    expect(result.rows[1]!.invoice.paidUnknown).toBeUndefined();
    expect(result.warnings.map((w) => [w.line, w.code])).toContainEqual([2, 'paid-unknown']);
  });
});

describe('freshbooks invoices', () => {
  it.each<[string, string[], RowTuple]>([
    [
      'paid status',
      ['Ann,1,2026-01-01,2026-01-31,paid,,a,0.10,EUR', 'Ann,1,2026-01-01,2026-01-31,paid,,b,0.20,EUR'],
      [2, 'Ann', [], '1', 'EUR', 30, 30, '2026-01-01', '2026-01-31', 'paid'],
    ],
    ['a payment date', ['Ann,1,2026-01-01,2026-01-31,sent,2026-01-15,a,10.00,EUR'], [2, 'Ann', [], '1', 'EUR', 1000, 1000, '2026-01-01', '2026-01-31', 'paid']],
    ['disputed', ['Ann,1,2026-01-01,2026-01-31,disputed,,a,10.00,'], [2, 'Ann', [], '1', 'EUR', 1000, 0, '2026-01-01', '2026-01-31', 'disputed']],
    ['yen without decimals', ['Ann,1,2026-01-01,2026-01-31,overdue,,a,"1,500",JPY', 'Ann,1,2026-01-01,2026-01-31,overdue,,b,250,JPY'], [2, 'Ann', [], '1', 'JPY', 1750, 0, '2026-01-01', '2026-01-31', 'open']],
  ])('%s', (_, lines, expected) => {
    const result = parsed(freshbooks(...lines));
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual([expected]);
  });

  it.each<[string, string[], string]>([
    ['skipped-status', ['Ann,1,2026-01-01,2026-01-31,draft,,a,10.00,EUR', 'Ann,1,2026-01-01,2026-01-31,draft,,b,10.00,EUR'], 'draft'],
    ['inconsistent-group', ['Ann,1,2026-01-01,2026-01-31,sent,,a,10.00,EUR', 'Ann,1,2026-01-01,2026-02-28,sent,,b,10.00,EUR'], 'Date Due differs'],
    ['bad-amount', ['Ann,1,2026-01-01,2026-01-31,sent,,a,10.00,EUR', 'Ann,1,2026-01-01,2026-01-31,sent,,b,ten,EUR'], 'Line Total'],
    ['bad-amount', ['Ann,1,2026-01-01,2026-01-31,sent,,a,-10.00,EUR'], 'positive'],
  ])('%s rejects every line of the invoice', (code, lines, message) => {
    const result = parsed(freshbooks(...lines, 'Bob,2,2026-01-01,2026-01-31,sent,,a,1.00,EUR'));
    expect(result.rows.map((row) => row.invoice.number)).toEqual(['2']);
    expect(rejections(result)).toEqual(lines.map((_, index) => [index + 2, code]));
    expect(result.rejected[0]!.message).toContain(message);
  });
});
