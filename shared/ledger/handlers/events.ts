// The contact log: append-only, and exactly once per dedupe key (a send seen by two tabs, a
// retried message, a replayed Outlook queue all land as one event).
import Dexie from 'dexie';
import type { HandlerArgs } from '../api';
import type { CobroDb } from '../db';
import { FOLLOW_UP_TABLES, refreshFollowUps } from '../follow-up-refresh';
import { withHash } from '../event-hash';
import { normalizeEmail, type Event, type EventKind, type HashedEvent } from '../schema';
import { debtorRowsByEmail, nowIso, requireDebtorRow, requireInvoicesOf, toUtcInstant, type HandlerContext } from './context';
import { findTemplate } from './templates';

export interface LoggedEvent {
  event: HashedEvent;
  created: boolean;
}

function isConstraintError(error: unknown): boolean {
  return error instanceof Dexie.DexieError && error.name === 'ConstraintError';
}

/**
 * Adds the event unless one with its dedupe key exists. Run inside a rw transaction over
 * events: IndexedDB serialises those, so the check and the add cannot interleave.
 */
export async function addEventOnce(db: CobroDb, event: HashedEvent): Promise<LoggedEvent> {
  const existing = await db.events.where('dedupeKey').equals(event.dedupeKey).first();
  if (existing) return { event: existing, created: false };
  await db.events.add(event);
  return { event, created: true };
}

/** The same, in its own transaction; a racing writer on another connection is caught by the unique index. */
async function logOnce(db: CobroDb, event: HashedEvent, now: Date, check: () => Promise<unknown>): Promise<LoggedEvent> {
  try {
    return await db.transaction('rw', FOLLOW_UP_TABLES, async () => {
      await check();
      const logged = await addEventOnce(db, event);
      if (logged.created) await refreshFollowUps(db, [event.debtorId], now);
      return logged;
    });
  } catch (error) {
    if (!isConstraintError(error)) throw error;
    const existing = await db.events.where('dedupeKey').equals(event.dedupeKey).first();
    if (!existing) throw error;
    return { event: existing, created: false };
  }
}

/** An event the ledger writes about its own records (a payment, a pause...). */
export function recordEvent(
  ctx: HandlerContext,
  debtorId: string,
  kind: EventKind,
  fields: Partial<Pick<Event, 'direction' | 'invoiceIds' | 'note' | 'dedupeKey'>> = {},
): HashedEvent {
  const id = ctx.newId();
  return withHash({
    id,
    debtorId,
    at: nowIso(ctx),
    kind,
    channel: 'system',
    direction: fields.direction ?? 'internal',
    invoiceIds: fields.invoiceIds ?? [],
    ...(fields.note ? { note: fields.note } : {}),
    dedupeKey: fields.dedupeKey ?? `${kind}:${id}`,
  });
}

export function eventHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'event-log': async (input: HandlerArgs<'event-log'>): Promise<LoggedEvent> => {
      const { at, dedupeKey, ...fields } = input;
      const id = ctx.newId();
      const event = withHash({
        ...fields,
        id,
        at: at ? toUtcInstant(at) : nowIso(ctx),
        dedupeKey: dedupeKey ?? `event:${id}`,
      });
      return logOnce(db, event, ctx.now(), async () => {
        await requireDebtorRow(db, input.debtorId);
        await requireInvoicesOf(db, input.debtorId, input.invoiceIds);
      });
    },

    'mail-sent': async (input: HandlerArgs<'mail-sent'>): Promise<{ logged: HashedEvent[]; duplicates: number }> => {
      const recipients = [...new Set(input.to.map(normalizeEmail).filter((address) => address !== ''))];
      const at = input.at ? toUtcInstant(input.at) : nowIso(ctx);
      return db.transaction('rw', [...FOLLOW_UP_TABLES, 'templates'], async () => {
        const uniqueDebtors = await debtorRowsByEmail(db, recipients);
        // A message written without a template is a plain contact: no template, no step.
        const template = input.templateId ? await findTemplate(db, input.templateId) : undefined;
        const step = input.templateId ? (input.step ?? template?.purpose) : undefined;
        const named = input.invoiceIds ? await db.invoices.bulkGet(input.invoiceIds) : [];
        const logged: HashedEvent[] = [];
        let duplicates = 0;
        for (const debtor of uniqueDebtors) {
          const event = withHash({
            id: ctx.newId(),
            debtorId: debtor.id,
            at,
            kind: 'email',
            channel: 'email',
            direction: 'outbound',
            ...(input.templateId ? { templateId: input.templateId } : {}),
            ...(step ? { step } : {}),
            invoiceIds: named.filter((invoice) => invoice?.debtorId === debtor.id).map((invoice) => invoice!.id),
            ...(input.subject ? { subject: input.subject } : {}),
            ...(input.sentText ? { sentText: input.sentText } : {}),
            mail: {
              host: input.host,
              messageId: input.messageId,
              ...(input.threadId ? { threadId: input.threadId } : {}),
            },
            dedupeKey: `${input.host}:${input.messageId}:${debtor.id}`,
          });
          const result = await addEventOnce(db, event);
          if (result.created) logged.push(result.event);
          else duplicates += 1;
        }
        await refreshFollowUps(db, logged.map((event) => event.debtorId), ctx.now());
        return { logged, duplicates };
      });
    },

    'events-list': async (input: HandlerArgs<'events-list'>): Promise<HashedEvent[]> => {
      const upper = input.before ? toUtcInstant(input.before) : Dexie.maxKey;
      return db.events
        .where('[debtorId+at]')
        .between([input.debtorId, Dexie.minKey], [input.debtorId, upper], true, false)
        .reverse()
        .limit(input.limit)
        .toArray();
    },
  };
}
