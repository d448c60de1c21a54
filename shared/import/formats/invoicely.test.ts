import { describe, expect, it } from 'vitest';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const HEADER = '"Date","Due","Details","Client","Status","Total"';

describe('invoicely invoices', () => {
  it.each<[string, string, RowTuple]>([
    ['due', '"Jan 28 2021","Feb 27 2021","INV-1","Ann","Due","1,020.00"', [2, 'Ann', [], 'INV-1', 'EUR', 102000, 0, '2021-01-28', '2021-02-27', 'open']],
    ['paid in full', '"Jan 28 2021","Feb 27 2021","INV-1","Ann","Paid","20.00"', [2, 'Ann', [], 'INV-1', 'EUR', 2000, 2000, '2021-01-28', '2021-02-27', 'paid']],
    ['no due date: 30 days after the issue date', '"Jan 28 2021","","INV-1","Ann","Due","20.00"', [2, 'Ann', [], 'INV-1', 'EUR', 2000, 0, '2021-01-28', '2021-02-27', 'open']],
  ])('%s', (_, line, expected) => {
    const result = parsed([HEADER, line].join('\n'));
    expect(result.format).toBe('invoicely-invoices');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual([expected]);
  });

  it.each<[string, string, string]>([
    ['a draft', '"Jan 28 2021","Feb 27 2021","INV-1","Ann","Draft","20.00"', 'skipped-status'],
    ['no client', '"Jan 28 2021","Feb 27 2021","INV-1","","Due","20.00"', 'missing-value'],
  ])('rejects %s', (_, line, code) => {
    expect(rejections(parsed([HEADER, line].join('\n')))).toEqual([[2, code]]);
  });
});
