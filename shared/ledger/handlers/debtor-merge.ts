// Merging two records of the same customer (an import that spelled the name differently, a
// second address tracked by hand): everything the second one has moves to the first, in one
// transaction, and the second is deleted. Invoice numbers are unique per debtor, so a number
// both have stops the merge and is reported; nothing changes until the user renames one.
import Dexie from 'dexie';
import { z } from 'zod';
import type { HandlerArgs } from '../api';
import { toDebtorRow } from '../db';
import { LedgerError } from '../errors';
import { FOLLOW_UP_TABLES, refreshFollowUps } from '../follow-up-refresh';
import { Debtor, Id, type Event } from '../schema';
import { invoicesOf, nowIso, requireDebtor, type HandlerContext } from './context';
import { withHash } from '../event-hash';
import { recordEvent } from './events';

export const DebtorMergeInput = z
  .strictObject({ keepId: Id, mergeId: Id })
  .refine((input) => input.keepId !== input.mergeId, { message: 'a debtor cannot be merged into itself', path: ['mergeId'] });

export interface DebtorMergeResult {
  debtor: Debtor;
  /** How many records moved from the merged debtor, per table. */
  moved: { invoices: number; payments: number; promises: number; plans: number; events: number };
  event: Event;
  mergedId: string;
}

const MAX_NOTES = 5000;

/** An optional field, left out rather than stored as undefined. */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** The kept debtor with what only the merged one knew: addresses, tags, a phone, notes. */
export function mergedDebtor(keep: Debtor, merge: Debtor, at: string): Debtor {
  const notes = [keep.notes, merge.notes].filter((text) => text.trim() !== '').join('\n\n').slice(0, MAX_NOTES);
  return Debtor.parse({
    ...keep,
    emails: [...new Set([...keep.emails, ...merge.emails])],
    tags: [...new Set([...keep.tags, ...merge.tags])].slice(0, 20),
    ...optional('phone', keep.phone ?? merge.phone),
    ...optional('contactName', keep.contactName ?? merge.contactName),
    notes,
    // Either record's "do not contact" is the customer's wish; it is kept.
    doNotContact: keep.doNotContact || merge.doNotContact,
    pause: keep.pause ?? merge.pause,
    delinquencyOverride: keep.delinquencyOverride ?? merge.delinquencyOverride,
    contactPolicy: keep.contactPolicy ?? merge.contactPolicy,
    updatedAt: at,
  });
}

export function debtorMergeHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'debtor-merge': async (input: HandlerArgs<'debtor-merge'>): Promise<DebtorMergeResult> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const [keep, merge] = await Promise.all([requireDebtor(db, input.keepId), requireDebtor(db, input.mergeId)]);
        const [keptInvoices, mergedInvoices] = await Promise.all([invoicesOf(db, keep.id), invoicesOf(db, merge.id)]);
        const keptNumbers = new Set(keptInvoices.map((invoice) => invoice.number));
        const clashes = mergedInvoices.filter((invoice) => keptNumbers.has(invoice.number)).map((invoice) => invoice.number).sort();
        if (clashes.length > 0) {
          throw new LedgerError(
            'conflict',
            `Both debtors have invoices numbered ${clashes.join(', ')}; rename one of each pair before merging. Nothing was changed.`,
            clashes.map((number) => ({ path: 'invoices', message: number })),
          );
        }
        const at = nowIso(ctx);
        const debtor = mergedDebtor(keep, merge, at);
        const moveTo = <T extends { debtorId: string }>(record: T): T => ({ ...record, debtorId: keep.id });

        const [payments, promises, plans, events] = await Promise.all([
          db.payments.where('debtorId').equals(merge.id).toArray(),
          db.promises.where('debtorId').equals(merge.id).toArray(),
          db.plans.where('debtorId').equals(merge.id).toArray(),
          db.events.where('[debtorId+at]').between([merge.id, Dexie.minKey], [merge.id, Dexie.maxKey]).toArray(),
        ]);
        // The merged debtor's row goes first: its addresses are unique and move to the kept one.
        await db.debtors.delete(merge.id);
        await db.debtors.put(toDebtorRow(debtor));
        await db.invoices.bulkPut(mergedInvoices.map((invoice) => ({ ...moveTo(invoice), updatedAt: at })));
        await db.payments.bulkPut(payments.map(moveTo));
        await db.promises.bulkPut(promises.map(moveTo));
        await db.plans.bulkPut(plans.map(moveTo));
        // Moving an event to the kept debtor changes it: it gets the hash of what it now says.
        await db.events.bulkPut(events.map((event) => withHash(moveTo(event))));
        const event = recordEvent(ctx, keep.id, 'note', { note: `Merged ${merge.name} (${merge.id}) into this debtor` });
        await db.events.add(event);
        // The merged-away debtor is gone: refreshing it drops its summary.
        await refreshFollowUps(db, [keep.id, merge.id], ctx.now());
        return {
          debtor,
          moved: { invoices: mergedInvoices.length, payments: payments.length, promises: promises.length, plans: plans.length, events: events.length },
          event,
          mergedId: merge.id,
        };
      }),
  };
}
