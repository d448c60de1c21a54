// Debtors: lookup by address (the Gmail chip), the card, search, and the edits that change
// whether and how they are chased.
import Dexie from 'dexie';
import type { HandlerArgs } from '../api';
import { oldestDueFirst } from '../allocation';
import { fromDebtorRow, toDebtorRow, type CobroDb, type DebtorRow } from '../db';
import { LedgerError, parseOrThrow } from '../errors';
import { FOLLOW_UP_TABLES, refreshFollowUps } from '../follow-up-refresh';
import { foldText } from '../search-key';
import { Debtor, normalizeEmail, type Event, type Invoice, type Payment, type PaymentMethod, type PaymentPlan, type PromiseToPay, type Settings } from '../schema';
import type { Money } from '../../money';
import { debtorRowsByEmail, nowIso, requireDebtor, requireDebtorRow, type HandlerContext } from './context';
import { recordEvent } from './events';
import { newInvoice } from './invoices';
import { readSettings } from './settings';
import { loadDebtorData, statusOf, STATUS_TABLES, type CollectionStatus } from './status';

/** The timeline a card shows; older events are paged with 'events-list'. */
export const CARD_EVENT_LIMIT = 200;

export interface DebtorCard {
  debtor: Debtor;
  invoices: Invoice[];
  payments: Payment[];
  promises: PromiseToPay[];
  plans: PaymentPlan[];
  /** Newest first; without the sent texts (the claim file and 'events-list' carry those). */
  events: Event[];
  status: CollectionStatus;
  /** The user's payment methods (settings), for the card's call guide: how the customer can pay. */
  paymentMethods: PaymentMethod[];
}

export interface DebtorMatch {
  debtor: Debtor;
  status: CollectionStatus;
  /** Which of the asked addresses belong to this debtor. */
  matchedEmails: string[];
}

export interface DebtorSearchHit {
  debtor: Debtor;
  outstanding: Money[];
  daysLate: CollectionStatus['daysLate'];
  severity: CollectionStatus['severity'];
}

function uniqueEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map(normalizeEmail))];
}

/**
 * One debtor per address: refuse an address another debtor already has, naming them.
 * `prefix` locates the addresses in the request ('emails', 'debtor.emails').
 */
export async function assertEmailsFree(db: CobroDb, emails: readonly string[], selfId: string | null, prefix = 'emails'): Promise<void> {
  if (emails.length === 0) return;
  const owners = await debtorRowsByEmail(db, emails);
  for (const owner of owners) {
    if (owner.id === selfId) continue;
    const taken = owner.emails.filter((address) => emails.includes(address));
    throw new LedgerError(
      'email-taken',
      `${taken.join(', ')} already belongs to ${owner.name}; an address can belong to one debtor only.`,
      taken.map((address) => ({ path: `${prefix}.${emails.indexOf(address)}`, message: `already used by ${owner.name} (${owner.id})` })),
    );
  }
}

/** The addresses a lookup asks about, as stored (trimmed, lower-cased), blanks left out. */
export function wantedEmails(emails: readonly string[]): Set<string> {
  return new Set(emails.map(normalizeEmail).filter((address) => address !== ''));
}

/**
 * Each debtor's status as the chip shows it, worked out once per debtor however often asked.
 * Use inside a read transaction over STATUS_TABLES.
 */
export function statusReader(ctx: HandlerContext, settings: Settings): (debtor: Debtor) => Promise<CollectionStatus> {
  const now = ctx.now();
  const known = new Map<string, Promise<CollectionStatus>>();
  return (debtor) => {
    let status = known.get(debtor.id);
    if (!status) {
      status = loadDebtorData(ctx.db, debtor.id).then((data) => statusOf(debtor, data, settings, now));
      known.set(debtor.id, status);
    }
    return status;
  };
}

/** 'debtor-lookup''s answer for the debtors owning some of the wanted addresses. */
export function debtorMatches(rows: readonly DebtorRow[], wanted: ReadonlySet<string>, statusOfDebtor: (debtor: Debtor) => Promise<CollectionStatus>): Promise<DebtorMatch[]> {
  return Promise.all(
    rows.map(fromDebtorRow).map(async (debtor) => ({
      debtor,
      status: await statusOfDebtor(debtor),
      matchedEmails: debtor.emails.filter((address) => wanted.has(address)),
    })),
  );
}

function byName(a: Debtor, b: Debtor): number {
  return foldText(a.name).localeCompare(foldText(b.name)) || a.id.localeCompare(b.id);
}

/** A new debtor from what the user gave; the language and time zone default to the settings'. */
export function newDebtor(
  ctx: HandlerContext,
  settings: Pick<Settings, 'defaultLocale' | 'defaultTimeZone'>,
  fields: Pick<Debtor, 'name' | 'emails'> & Partial<Pick<Debtor, 'phone' | 'contactName' | 'taxId' | 'address' | 'notes' | 'tags'>> & { locale?: string | undefined; timeZone?: string | undefined },
): Debtor {
  const { locale, timeZone, ...rest } = fields;
  const at = nowIso(ctx);
  return Debtor.parse({
    tags: [],
    notes: '',
    ...rest,
    id: ctx.newId(),
    locale: locale ?? settings.defaultLocale,
    timeZone: timeZone ?? settings.defaultTimeZone,
    pause: null,
    doNotContact: false,
    delinquencyOverride: null,
    contactPolicy: null,
    createdAt: at,
    updatedAt: at,
  });
}

export function debtorHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'debtor-lookup': async (input: HandlerArgs<'debtor-lookup'>): Promise<DebtorMatch[]> => {
      const wanted = wantedEmails(input.emails);
      if (wanted.size === 0) return [];
      return db.transaction('r', STATUS_TABLES, async () => {
        const [rows, settings] = await Promise.all([debtorRowsByEmail(db, wanted), readSettings(db)]);
        return debtorMatches(rows, wanted, statusReader(ctx, settings));
      });
    },

    'debtor-get': async (input: HandlerArgs<'debtor-get'>): Promise<DebtorCard> =>
      db.transaction('r', STATUS_TABLES, async () => {
        const [debtor, data, settings] = await Promise.all([requireDebtor(db, input.id), loadDebtorData(db, input.id), readSettings(db)]);
        return {
          debtor,
          invoices: [...data.invoices].sort(oldestDueFirst),
          payments: [...data.payments].sort((a, b) => b.date.localeCompare(a.date)),
          promises: [...data.promises].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
          plans: [...data.plans].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
          // The card travels to the Gmail page on every open and never shows a send's words:
          // up to 200 sent texts of up to 20,000 characters each stay behind.
          events: data.events
            .slice(-CARD_EVENT_LIMIT)
            .reverse()
            .map(({ sentText: _sentText, ...event }) => event),
          status: statusOf(debtor, data, settings, ctx.now()),
          paymentMethods: settings.paymentMethods,
        };
      }),

    'debtor-search': async (input: HandlerArgs<'debtor-search'>): Promise<DebtorSearchHit[]> =>
      db.transaction('r', STATUS_TABLES, async () => {
        const nameQuery = foldText(input.query);
        const byAddress = normalizeEmail(input.query);
        const [nameRows, addressRows] = await Promise.all([
          db.debtors.where('nameKeys').startsWith(nameQuery).distinct().limit(input.limit).toArray(),
          byAddress === '' ? [] : db.debtors.where('emails').startsWith(byAddress).distinct().limit(input.limit).toArray(),
        ]);
        const debtors = [...new Map([...nameRows, ...addressRows].map((row) => [row.id, fromDebtorRow(row)])).values()]
          .sort(byName)
          .slice(0, input.limit);
        const settings = await readSettings(db);
        const now = ctx.now();
        return Promise.all(
          debtors.map(async (debtor) => {
            const status = statusOf(debtor, await loadDebtorData(db, debtor.id), settings, now);
            return { debtor, outstanding: status.outstanding, daysLate: status.daysLate, severity: status.severity };
          }),
        );
      }),

    'debtor-create': async (input: HandlerArgs<'debtor-create'>): Promise<{ debtor: Debtor; invoice?: Invoice }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const { firstInvoice, locale, timeZone, ...fields } = input;
        const emails = uniqueEmails(fields.emails);
        await assertEmailsFree(db, emails, null);
        const debtor = newDebtor(ctx, await readSettings(db), { ...fields, emails, locale, timeZone });
        await db.debtors.add(toDebtorRow(debtor));
        const invoice = firstInvoice ? newInvoice(ctx, debtor.id, firstInvoice, ['firstInvoice']) : undefined;
        if (invoice) await db.invoices.add(invoice);
        await refreshFollowUps(db, [debtor.id], ctx.now());
        return invoice ? { debtor, invoice } : { debtor };
      }),

    'debtor-update': async (input: HandlerArgs<'debtor-update'>): Promise<Debtor> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const current = await requireDebtor(db, input.id);
        const patch = { ...input.patch };
        if (patch.emails) {
          patch.emails = uniqueEmails(patch.emails);
          await assertEmailsFree(db, patch.emails, current.id);
        }
        const debtor = parseOrThrow(Debtor, { ...current, ...patch, updatedAt: nowIso(ctx) }, ['patch']);
        await db.debtors.put(toDebtorRow(debtor));
        await refreshFollowUps(db, [debtor.id], ctx.now());
        return debtor;
      }),

    'debtor-delete': async (input: HandlerArgs<'debtor-delete'>): Promise<{ id: string; deleted: Record<string, number> }> =>
      db.transaction('rw', [db.debtors, db.invoices, db.payments, db.promises, db.plans, db.events, db.summaries], async () => {
        await requireDebtorRow(db, input.id);
        const id = input.id;
        const [invoices, payments, promises, plans, events] = await Promise.all([
          db.invoices.where('debtorId').equals(id).delete(),
          db.payments.where('debtorId').equals(id).delete(),
          db.promises.where('debtorId').equals(id).delete(),
          db.plans.where('debtorId').equals(id).delete(),
          db.events.where('[debtorId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete(),
        ]);
        await db.debtors.delete(id);
        await db.summaries.delete(id);
        return { id, deleted: { invoices, payments, promises, plans, events } };
      }),

    'debtor-pause': async (input: HandlerArgs<'debtor-pause'>): Promise<{ debtor: Debtor; event: Event }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const current = await requireDebtor(db, input.id);
        const at = nowIso(ctx);
        const debtor = Debtor.parse({ ...current, pause: { reason: input.reason, until: input.until, since: at }, updatedAt: at });
        const event = recordEvent(ctx, debtor.id, 'pause', { note: input.reason });
        await db.debtors.put(toDebtorRow(debtor));
        await db.events.add(event);
        await refreshFollowUps(db, [debtor.id], ctx.now());
        return { debtor, event };
      }),

    'debtor-resume': async (input: HandlerArgs<'debtor-resume'>): Promise<{ debtor: Debtor; event: Event | null }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const current = await requireDebtor(db, input.id);
        // Resuming twice (two open tabs) is not an error and logs nothing the second time.
        if (current.pause === null) return { debtor: current, event: null };
        const debtor = Debtor.parse({ ...current, pause: null, updatedAt: nowIso(ctx) });
        const event = recordEvent(ctx, debtor.id, 'resume');
        await db.debtors.put(toDebtorRow(debtor));
        await db.events.add(event);
        await refreshFollowUps(db, [debtor.id], ctx.now());
        return { debtor, event };
      }),

    'delinquency-override': async (input: HandlerArgs<'delinquency-override'>): Promise<Debtor> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const current = await requireDebtor(db, input.debtorId);
        const at = nowIso(ctx);
        const override = input.kind === null ? null : { kind: input.kind, reason: input.reason, at };
        const debtor = Debtor.parse({ ...current, delinquencyOverride: override, updatedAt: at });
        await db.debtors.put(toDebtorRow(debtor));
        await refreshFollowUps(db, [debtor.id], ctx.now());
        return debtor;
      }),
  };
}
