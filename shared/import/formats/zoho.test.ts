import { describe, expect, it } from 'vitest';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const HEADER = 'Invoice Date,Invoice ID,Invoice Number,Invoice Status,Customer Name,Due Date,Currency Code,Item Name,Item Total,SubTotal,Total,Balance';

function zoho(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

describe('zoho invoices', () => {
  it.each<[string, string[], RowTuple]>([
    [
      'lines grouped, paid is total minus balance',
      ['2026-01-05,1,INV-1,Partially Paid,Ann,2026-02-04,USD,a,60.00,100.00,121.00,21.00', '2026-01-05,1,INV-1,Partially Paid,Ann,2026-02-04,USD,b,40.00,100.00,121.00,21.00'],
      [2, 'Ann', [], 'INV-1', 'USD', 12100, 10000, '2026-01-05', '2026-02-04', 'open'],
    ],
    ['paid', ['2026-01-05,1,INV-1,Paid,Ann,2026-02-04,EUR,a,10.00,10.00,10.00,0.00'], [2, 'Ann', [], 'INV-1', 'EUR', 1000, 1000, '2026-01-05', '2026-02-04', 'paid']],
    ['void keeps its word', ['2026-01-05,1,INV-1,Void,Ann,2026-02-04,EUR,a,10.00,10.00,10.00,10.00'], [2, 'Ann', [], 'INV-1', 'EUR', 1000, 0, '2026-01-05', '2026-02-04', 'void']],
  ])('%s', (_, lines, expected) => {
    const result = parsed(zoho(...lines));
    expect(result.format).toBe('zoho-invoices');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual([expected]);
  });

  it.each<[string, string[], string]>([
    ['lines-sum-mismatch', ['2026-01-05,1,INV-1,Sent,Ann,2026-02-04,USD,a,60.00,100.00,100.00,100.00', '2026-01-05,1,INV-1,Sent,Ann,2026-02-04,USD,b,30.00,100.00,100.00,100.00'], 'SubTotal says 10000'],
    ['lines-disagree', ['2026-01-05,1,INV-1,Sent,Ann,2026-02-04,USD,a,50.00,100.00,100.00,100.00', '2026-01-05,1,INV-1,Sent,Ann,2026-03-04,USD,b,50.00,100.00,100.00,100.00'], 'Due Date differs'],
    ['not-to-collect', ['2026-01-05,1,INV-1,Draft,Ann,2026-02-04,USD,a,10.00,10.00,10.00,10.00'], 'Draft'],
  ])('%s rejects every line of the invoice', (reason, lines, message) => {
    const result = parsed(zoho(...lines, '2026-01-05,2,INV-2,Sent,Bob,2026-02-04,USD,a,1.00,1.00,1.00,1.00'));
    expect(result.rows.map((row) => row.invoice.number)).toEqual(['INV-2']);
    expect(rejections(result)).toEqual(lines.map((_, index) => [index + 2, reason === 'not-to-collect' ? 'skipped-status' : 'inconsistent-group']));
    expect(result.rejected.map((row) => row.reason.code)).toEqual(lines.map(() => reason));
    expect(result.rejected[0]!.message).toContain(message);
  });
});
