import { describe, expect, it } from 'vitest';
import { sample } from '../__fixtures__/samples';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const TOP = 'Acme Books LLC\nA/R Aging Detail\nAs of November 20, 2026\n\n,Date,Transaction Type,Num,Customer,Due Date,Past Due,Amount,Open Balance\n';

describe('qbo sample', () => {
  it.each<[string, string | null]>([
    ['EUR', null],
    ['USD', 'USD'],
    ['CAD', 'CAD'],
  ])('with %s as default, asks which currency "$" is, suggesting %s', (defaultCurrency, suggested) => {
    const result = parsed(sample('qbo-ar-aging-detail'), { defaultCurrency });
    expect(result).toMatchObject({ format: 'qbo-ar-aging-detail', needsDollarCurrency: true, suggestedDollarCurrency: suggested, rows: [], rejected: [] });
  });

  it.each<[string, string, boolean]>([
    ['EUR', 'USD', false],
    ['USD', 'USD', false],
    ['CAD', 'CAD', false],
    ['USD', 'MXN', false],
  ])('with %s as default and "$" answered %s, reads every invoice in it (the totals name no other currency)', (defaultCurrency, answer, warned) => {
    const result = parsed(sample('qbo-ar-aging-detail'), { defaultCurrency, dollarCurrency: answer });
    expect(result.format).toBe('qbo-ar-aging-detail');
    expect(result.headerLine).toBe(5);
    expect(result.needsDollarCurrency).toBe(false);
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual<RowTuple[]>([
      [7, 'Acme Robotics', [], '1045', answer, 120000, 0, '2026-11-05', '2026-12-05', 'open'],
      [10, 'Harbour Cafe', [], '1031', answer, 36000, 10000, '2026-10-01', '2026-10-31', 'open'],
      [13, 'Northwind Traders', [], '1002', answer, 1250000, 250000, '2026-06-01', '2026-07-01', 'open'],
    ]);
    expect(result.warnings.some((w) => w.code === 'currency-from-symbol')).toBe(warned);
  });

  it('reads a report whose totals say "£" in pounds without asking, and says so', () => {
    const result = parsed(sample('qbo-ar-aging-detail').replace(/\$/g, '£'), { defaultCurrency: 'EUR' });
    expect(result.needsDollarCurrency).toBe(false);
    expect(result.rows.map((row) => row.invoice.currency)).toEqual(['GBP', 'GBP', 'GBP']);
    expect(result.warnings.map((w) => w.code)).toContain('currency-from-symbol');
  });
});

describe('qbo report rows', () => {
  it('skips section titles, totals and footers, and rejects what is not an invoice', () => {
    const result = parsed(
      TOP +
        '1 - 30 days past due,,,,,,,,\n' +
        ',10/01/2026,Invoice,1031,Harbour Cafe,10/31/2026,20,360.00,260.00\n' +
        ',10/05/2026,Credit Memo,CM-4,Harbour Cafe,10/05/2026,46,-50.00,-50.00\n' +
        ',10/07/2026,Payment,,Harbour Cafe,10/07/2026,44,-100.00,-100.00\n' +
        'Total for 1 - 30 days past due,,,,,,,$210.00,$110.00\n' +
        'TOTAL,,,,,,,$210.00,$110.00\n\n\n' +
        '"Monday, November 23, 2026 09:12 AM GMT-08:00"\n',
      { defaultCurrency: 'USD', dollarCurrency: 'USD' },
    );
    expect(result.rows.map((row) => [row.line, row.invoice.number])).toEqual([[7, '1031']]);
    expect(rejections(result)).toEqual([
      [8, 'skipped-type'],
      [9, 'skipped-type'],
    ]);
    expect(result.rejected[0]!.message).toContain('Credit Memo');
  });

  it('reads a report without the leading blank column', () => {
    const result = parsed('Date,Transaction Type,Num,Customer,Due Date,Past Due,Amount,Open Balance\n10/01/2026,Invoice,1,Ann,10/31/2026,20,"$1,200.00",$0.00', {
      defaultCurrency: 'USD',
      dollarCurrency: 'USD',
    });
    expect(result.rows.map(tuple)).toEqual<RowTuple[]>([[2, 'Ann', [], '1', 'USD', 120000, 120000, '2026-10-01', '2026-10-31', 'paid']]);
  });

  it('asks for the date order when no date tells, suggesting month-first, then reads with the answer', () => {
    const text = TOP + ',10/01/2026,Invoice,1,Ann,11/01/2026,20,10.00,10.00\n';
    const first = parsed(text, { defaultCurrency: 'USD' });
    expect(first).toMatchObject({ needsDateOrder: true, suggestedDateOrder: 'mdy', rows: [], rejected: [] });
    const answered = parsed(text, { defaultCurrency: 'USD', dateOrder: 'mdy' });
    expect(answered.needsDateOrder).toBe(false);
    expect(answered.rows.map((row) => [row.invoice.issueDate, row.invoice.dueDate])).toEqual([['2026-10-01', '2026-11-01']]);
    const dayFirst = parsed(text, { defaultCurrency: 'USD', dateOrder: 'dmy' });
    expect(dayFirst.rows.map((row) => [row.invoice.issueDate, row.invoice.dueDate])).toEqual([['2026-01-10', '2026-01-11']]);
  });
});
