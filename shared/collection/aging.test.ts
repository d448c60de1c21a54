import { describe, expect, it } from 'vitest';
import { AGING_BUCKETS, agingBucketFor, agingBuckets } from './aging';
import { toDayNumber } from './days';
import { openInvoices } from './invoices';
import { makeInvoice } from './test-factories';

describe('aging', () => {
  it.each([
    [-10, 'current'],
    [0, 'current'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '90+'],
    [5000, '90+'],
  ])('%i days past due is %s', (days, bucket) => {
    expect(agingBucketFor(days)).toBe(bucket);
  });

  it('always returns the five buckets in order, totals per currency, oldest invoices first', () => {
    const today = toDayNumber('2026-06-30');
    const open = openInvoices([
      makeInvoice({ id: 'b', dueDate: '2026-06-10', amount: 500 }),
      makeInvoice({ id: 'a', dueDate: '2026-06-10', amount: 700, paid: 200 }),
      makeInvoice({ id: 'c', dueDate: '2026-05-01', amount: 900, currency: 'USD' }),
      makeInvoice({ id: 'd', dueDate: '2026-05-25', amount: 100 }),
      makeInvoice({ id: 'e', dueDate: '2026-07-15', amount: 300, status: 'disputed' }),
      makeInvoice({ id: 'f', dueDate: '2026-01-01', amount: 300, status: 'paid', paid: 300 }),
      makeInvoice({ id: 'g', dueDate: '2026-01-01', amount: 300, status: 'void' }),
    ]);
    expect(agingBuckets(open, today)).toEqual([
      { bucket: 'current', totals: [{ currency: 'EUR', amount: 300 }], invoiceIds: ['e'] },
      { bucket: '1-30', totals: [{ currency: 'EUR', amount: 1000 }], invoiceIds: ['a', 'b'] },
      { bucket: '31-60', totals: [{ currency: 'EUR', amount: 100 }, { currency: 'USD', amount: 900 }], invoiceIds: ['c', 'd'] },
      { bucket: '61-90', totals: [], invoiceIds: [] },
      { bucket: '90+', totals: [], invoiceIds: [] },
    ]);
    expect(agingBuckets([], today).map((bucket) => bucket.bucket)).toEqual([...AGING_BUCKETS]);
  });
});
