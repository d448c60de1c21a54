import { describe, expect, it } from 'vitest';
import { parsed, tuple } from '../__fixtures__/support';

describe('freshbooks invoices (no Date Due)', () => {
  it.each<[string, string, string]>([
    ['without Date Due', 'Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Line Total,Currency', 'freshbooks-invoices'],
    ['with Date Due it stays the Invoice Details report', 'Client Name,Invoice #,Date Issued,Date Due,Invoice Status,Date Paid,Item Name,Line Total,Currency', 'freshbooks-invoice-details'],
  ])('%s', (_, header, format) => {
    const lines = header.includes('Date Due')
      ? ['Ann,1,2026-01-01,2026-01-01,sent,,a,10.00,USD', 'Ann,1,2026-01-01,2026-01-01,sent,,b,5.50,USD']
      : ['Ann,1,2026-01-01,sent,,a,10.00,USD', 'Ann,1,2026-01-01,sent,,b,5.50,USD'];
    const result = parsed([header, ...lines].join('\n'));
    expect(result.format).toBe(format);
    // Without Date Due, the invoice is due after the default terms (30 days), which the preview names.
    const due = header.includes('Date Due') ? '2026-01-01' : '2026-01-31';
    expect(result.rows.map(tuple)).toEqual([[2, 'Ann', [], '1', 'USD', 1550, 0, '2026-01-01', due, 'open']]);
  });
});
