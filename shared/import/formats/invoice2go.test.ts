import { describe, expect, it } from 'vitest';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const HEADER = 'Id,DocumentDate,DocumentNumber,Name,EmailRecipient,DocumentStatus,StyleName,DatePaid,CurrencyCode,TotalAmount,BalanceDueAmount,AmountPaidAmount';

describe('invoice2go invoices', () => {
  it.each<[string, string, RowTuple]>([
    ['unpaid', 'a,2021-01-28,1,Ann,ann@example.com,sent,invoice,,ILS,953.55,953.55,0', [2, 'Ann', ['ann@example.com'], '1', 'ILS', 95355, 0, '2021-01-28', '2021-02-27', 'open']],
    ['partly paid', 'a,2021-01-28,1,Ann,ann@example.com,sent,invoice,,USD,70.2,50.2,20', [2, 'Ann', ['ann@example.com'], '1', 'USD', 7020, 2000, '2021-01-28', '2021-02-27', 'open']],
    ['paid', 'a,2021-01-28,1,Ann,ann@example.com,fully_paid,invoice,2021-02-01,USD,70.2,0,70.2', [2, 'Ann', ['ann@example.com'], '1', 'USD', 7020, 7020, '2021-01-28', '2021-02-27', 'paid']],
  ])('%s', (_, line, expected) => {
    const result = parsed([HEADER, line].join('\n'));
    expect(result.format).toBe('invoice2go-invoices');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual([expected]);
  });

  it('rejects an estimate, which is not an invoice', () => {
    const result = parsed([HEADER, 'a,2021-01-28,E1,Ann,ann@example.com,sent,estimate,,USD,10,10,0'].join('\n'));
    expect(rejections(result)).toEqual([[2, 'skipped-type']]);
  });
});
