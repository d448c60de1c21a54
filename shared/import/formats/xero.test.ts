import { describe, expect, it } from 'vitest';
import { sample } from '../__fixtures__/samples';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const HEADER =
  '*ContactName,EmailAddress,*InvoiceNumber,*InvoiceDate,*DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Description,LineAmount,Currency,Type,Status';

function xero(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

describe('xero sample', () => {
  const result = parsed(sample('xero-sales-invoices'));

  it('groups line items into invoices with totals from the invoice columns', () => {
    expect(result.format).toBe('xero-sales-invoices');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual<RowTuple[]>([
      [2, 'Bright Pixel Ltd', ['accounts@brightpixel.example'], 'INV-0077', 'GBP', 95000, 0, '2026-10-20', '2026-11-19', 'open'],
      [4, 'Harbour Cafe', ['owner@harbourcafe.example'], 'INV-0079', 'GBP', 36000, 10000, '2026-09-01', '2026-10-01', 'open'],
    ]);
    expect(result.rows[0]!.lines).toEqual([2, 3]);
  });
});

describe('xero groups', () => {
  it.each<[string, string[], RowTuple]>([
    [
      "'*' headers, lines apart from each other",
      [
        'Ann,ann@x.example,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,a,60.00,EUR,Sales invoice,AUTHORISED',
        'Bob,bob@x.example,INV-2,20/10/2026,19/11/2026,5.00,0.00,5.00,a,5.00,EUR,Sales invoice,AUTHORISED',
        'Ann,ann@x.example,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,b,40.00,EUR,Sales invoice,AUTHORISED',
      ],
      [2, 'Ann', ['ann@x.example'], 'INV-1', 'EUR', 10000, 0, '2026-10-20', '2026-11-19', 'open'],
    ],
    [
      'PAID',
      ['Ann,ann@x.example,INV-1,20/10/2026,19/11/2026,100.00,100.00,0.00,a,100.00,EUR,Sales invoice,PAID'],
      [2, 'Ann', ['ann@x.example'], 'INV-1', 'EUR', 10000, 10000, '2026-10-20', '2026-11-19', 'paid'],
    ],
    [
      'VOIDED',
      ['Ann,ann@x.example,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,a,100.00,EUR,Sales invoice,VOIDED'],
      [2, 'Ann', ['ann@x.example'], 'INV-1', 'EUR', 10000, 0, '2026-10-20', '2026-11-19', 'void'],
    ],
    [
      'named-month dates and no currency (the default)',
      ['Ann,,INV-1,20 Oct 2026,19 Nov 2026,100.00,0.00,100.00,a,100.00,,Sales invoice,AUTHORISED'],
      [2, 'Ann', [], 'INV-1', 'EUR', 10000, 0, '2026-10-20', '2026-11-19', 'open'],
    ],
  ])('%s', (_, lines, expected) => {
    const result = parsed(xero(...lines));
    expect(result.rejected).toEqual([]);
    expect(tuple(result.rows[0]!)).toEqual(expected);
  });

  it('counts a credit note applied to the invoice as paid, with a warning', () => {
    const result = parsed(xero('Ann,,INV-1,20/10/2026,19/11/2026,100.00,30.00,50.00,a,100.00,EUR,Sales invoice,AUTHORISED'));
    expect(result.rows[0]!.invoice.paid).toBe(5000);
    expect(result.warnings.map((w) => w.code)).toContain('paid-includes-credits');
  });

  it.each<[string, string[], string, string]>([
    [
      'Total disagrees between lines',
      [
        'Ann,,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,a,60.00,EUR,Sales invoice,AUTHORISED',
        'Ann,,INV-1,20/10/2026,19/11/2026,90.00,0.00,90.00,b,40.00,EUR,Sales invoice,AUTHORISED',
      ],
      'inconsistent-group',
      'Total differs between lines 2 and 3',
    ],
    [
      'contact disagrees between lines',
      [
        'Ann,,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,a,60.00,EUR,Sales invoice,AUTHORISED',
        'Bob,,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,b,40.00,EUR,Sales invoice,AUTHORISED',
      ],
      'inconsistent-group',
      '*ContactName differs',
    ],
    [
      'DRAFT',
      [
        'Ann,,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,a,60.00,EUR,Sales invoice,DRAFT',
        'Ann,,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,b,40.00,EUR,Sales invoice,DRAFT',
      ],
      'skipped-status',
      'DRAFT',
    ],
    ['DELETED', ['Ann,,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,a,100.00,EUR,Sales invoice,DELETED'], 'skipped-status', 'DELETED'],
    ['a credit note', ['Ann,,CN-1,20/10/2026,19/11/2026,100.00,0.00,100.00,a,100.00,EUR,Sales credit note,AUTHORISED'], 'skipped-type', 'credit note'],
    ['a bad total', ['Ann,,INV-1,20/10/2026,19/11/2026,lots,0.00,100.00,a,100.00,EUR,Sales invoice,AUTHORISED'], 'bad-amount', 'Total'],
    ['a bad address', ['Ann,ann(at)x,INV-1,20/10/2026,19/11/2026,100.00,0.00,100.00,a,100.00,EUR,Sales invoice,AUTHORISED'], 'bad-email', 'ann(at)x'],
    ['no invoice number', ['Ann,,,20/10/2026,19/11/2026,100.00,0.00,100.00,a,100.00,EUR,Sales invoice,AUTHORISED'], 'missing-value', 'InvoiceNumber'],
  ])('rejects every line of a group when %s', (_, lines, code, message) => {
    const result = parsed(xero(...lines, 'Zed,,OK-1,20/10/2026,19/11/2026,1.00,0.00,1.00,a,1.00,EUR,Sales invoice,AUTHORISED'));
    expect(result.rows.map((row) => row.invoice.number)).toEqual(['OK-1']);
    expect(rejections(result)).toEqual(lines.map((_, index) => [index + 2, code]));
    expect(result.rejected[0]!.message).toContain(message);
  });
});
