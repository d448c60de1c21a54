// Test helper: a page's reading with nothing read, from which each test builds the row or the
// expectation it needs.
import type { PageInvoice } from './page-invoice';

/** Every field a reader fills from the page, none of them shown (the key and anchor are not read fields). */
export const NOTHING_READ: Omit<PageInvoice, 'key' | 'anchor'> = {
  number: null,
  customer: null,
  email: null,
  amountText: null,
  balanceText: null,
  currency: null,
  issueDate: null,
  dueDate: null,
  status: null,
  statusText: null,
};

/** A row as a reader gives it, with only these fields shown; its anchor is never looked at. */
export function pageRow(fields: Partial<PageInvoice>): PageInvoice {
  return { key: 'k', ...NOTHING_READ, anchor: {} as Element, ...fields };
}
