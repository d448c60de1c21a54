// Accounts-receivable aging: each unpaid invoice in a bucket by how many days past due it is.
import type { Money } from '../money';
import type { DayNumber } from './days';
import { balanceTotals, type OpenInvoice } from './invoices';

export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucketName = (typeof AGING_BUCKETS)[number];

export interface AgingBucket {
  bucket: AgingBucketName;
  /** Balances per currency in this bucket. */
  totals: Money[];
  /** Oldest due date first, ties by id. */
  invoiceIds: string[];
}

/** 'current' covers not yet due and due today (0 or fewer days past due). */
export function agingBucketFor(daysPastDue: number): AgingBucketName {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  return '90+';
}

/** Always the five buckets, in order, even when empty. `open` must be sorted oldest first. */
export function agingBuckets(open: readonly OpenInvoice[], today: DayNumber): AgingBucket[] {
  const members = new Map<AgingBucketName, OpenInvoice[]>(AGING_BUCKETS.map((bucket) => [bucket, []]));
  for (const item of open) members.get(agingBucketFor(today - item.due))!.push(item);
  return AGING_BUCKETS.map((bucket) => {
    const items = members.get(bucket)!;
    return { bucket, totals: balanceTotals(items), invoiceIds: items.map((item) => item.id) };
  });
}
