// The ledger's side of reading a debtor's reply. 'reply-read' runs the reader on a message the
// user is looking at and says, for each finding the user has already decided, what was done (read
// back from the record the decision wrote), with the debtor's card, so the lines need one call;
// 'reply-act' does what the user chose (a promise, a payment, a pause, a dispute, a plan) and logs
// what the debtor wrote in the same transaction, linked to what it recorded; 'reply-dismiss' logs
// that the user read it and chose nothing. The
// message's text is the page's or Outlook's: it is only read, never stored beyond the quote the
// user acted on. The reader runs here, where the ledger runs, so no content script carries it.
import { z } from 'zod';
import type { HandlerArgs } from '../ledger/api';
import { LedgerError } from '../ledger/errors';
import { FOLLOW_UP_TABLES, refreshFollowUps } from '../ledger/follow-up-refresh';
import { CurrencyCode, Id, Installment, IsoDate, MailRef, Payment, PositiveMinor, PromiseToPay, PaymentPlan } from '../ledger/schema';
import { requireDebtor, toUtcInstant, type HandlerContext } from '../ledger/handlers/context';
import { debtorHandlers, type DebtorCard } from '../ledger/handlers/debtors';
import { STATUS_TABLES } from '../ledger/handlers/status';
import { invoiceHandlers } from '../ledger/handlers/invoices';
import { moneyHandlers } from '../ledger/handlers/money';
import { withHash } from '../ledger/event-hash';
import type { Event, HashedEvent } from '../ledger/schema';
import { readReply } from './read';
import type { IsoDate as Day } from '../dates';
import { REPLY_INTENTS, type ReadReplyResult, type ReplyFinding, type ReplyIntent } from './types';

/** A reply longer than this is a forwarded thread or a newsletter, not an answer to read. */
export const REPLY_TEXT_LIMIT = 100_000;

const Instant = z.iso.datetime({ offset: true });
const Intent = z.enum(REPLY_INTENTS);
const InvoiceIds = z.array(Id).max(500);
const Reason = z.string().trim().min(1).max(500);
/** The message the reply is: its host and id, which make each finding's decision unique. */
const ReplyMail = z.strictObject({ host: MailRef.shape.host, threadId: z.string().trim().min(1).max(200).optional(), messageId: z.string().trim().min(1).max(300) });

export const ReplyReadInput = z.strictObject({
  debtorId: Id,
  mail: ReplyMail,
  text: z.string().max(REPLY_TEXT_LIMIT),
  sentAt: Instant,
  headers: z.record(z.string().max(100), z.string().max(2000)).optional(),
});

const Quote = z.string().trim().min(1).max(1000);
const Decided = {
  debtorId: Id,
  mail: ReplyMail,
  sentAt: Instant,
  intent: Intent,
  /** The words the finding was read from, as shown to the user. */
  quote: Quote,
  /**
   * Other findings of the same message this one decision answers, each logged with its own words
   * (hardship beside a request for a plan: one plan answers both).
   */
  together: z.array(z.strictObject({ intent: Intent, quote: Quote })).max(REPLY_INTENTS.length - 1).optional(),
};

export const ReplyAction = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('promise'),
    amount: PositiveMinor,
    currency: CurrencyCode,
    date: IsoDate,
    invoiceIds: InvoiceIds.min(1).optional(),
    note: PromiseToPay.shape.note,
  }),
  z.strictObject({
    kind: z.literal('payment'),
    amount: PositiveMinor,
    currency: CurrencyCode,
    date: IsoDate,
    method: Payment.shape.method,
    note: Payment.shape.note,
    invoiceIds: InvoiceIds.min(1).optional(),
  }),
  z.strictObject({ kind: z.literal('pause'), reason: Reason, until: IsoDate.nullable() }),
  z.strictObject({ kind: z.literal('dispute'), reason: Reason, invoiceIds: InvoiceIds.min(1).optional() }),
  z.strictObject({
    kind: z.literal('plan'),
    invoiceIds: InvoiceIds.min(1),
    installments: z.array(Installment).min(1).max(120),
    note: PaymentPlan.shape.note,
  }),
]);
export type ReplyAction = z.infer<typeof ReplyAction>;

export const ReplyActInput = z.strictObject({ ...Decided, action: ReplyAction });
export const ReplyDismissInput = z.strictObject(Decided);

export type ReplyDecision = 'accepted' | 'dismissed';

/** What a decided finding did, as the ledger holds it now; the UI words it in the user's language. */
export type ReplyDone =
  | { kind: 'dismissed' }
  /** Accepted, but what it recorded is not known: logged before decisions were linked, or the record is gone. */
  | { kind: 'recorded' }
  | { kind: 'promise'; amount: number; currency: string; date: Day; cancelled: boolean }
  | { kind: 'payment'; amount: number; currency: string; date: Day }
  | { kind: 'plan'; installments: number; cancelled: boolean }
  /** `current`: this pause still holds (not resumed, not replaced by another since). */
  | { kind: 'pause'; until: Day | null; current: boolean }
  | { kind: 'dispute' };

export interface ReadFinding extends ReplyFinding {
  /** What the user already did with this finding of this message; null while undecided. */
  decision: ReplyDecision | null;
  /** What that decision did; null while undecided. */
  done: ReplyDone | null;
}
export interface ReplyReading extends Omit<ReadReplyResult, 'findings'> {
  findings: ReadFinding[];
  /** The debtor's card ('debtor-get'), read in the same transaction: what the lines offer depends on it. */
  detail: DebtorCard;
}

type RecordLink = NonNullable<NonNullable<Event['reading']>['record']>;

type Mail = z.infer<typeof ReplyMail>;

/** One decision per finding of a message: the same reply open in two tabs is decided once. */
export function replyDedupeKey(mail: Mail, intent: ReplyIntent): string {
  return `reply:${mail.host}:${mail.messageId}:${intent}`;
}

/** The one currency the debtor's open invoices are in, which a bare "$" or "pesos" then means. */
function soleCurrency(currencies: readonly string[]): string | undefined {
  const unique = [...new Set(currencies)];
  return unique.length === 1 ? unique[0] : undefined;
}

export function replyHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  const money = moneyHandlers(ctx);
  const debtors = debtorHandlers(ctx);
  const invoices = invoiceHandlers(ctx);

  /** The inbound event: what the debtor wrote and when, what the user made of it and what that recorded. */
  function readingEvent(
    input: Pick<z.infer<typeof ReplyDismissInput>, 'debtorId' | 'sentAt' | 'mail' | 'intent' | 'quote'>,
    decision: ReplyDecision,
    record?: RecordLink,
  ): HashedEvent {
    return withHash({
      id: ctx.newId(),
      debtorId: input.debtorId,
      at: toUtcInstant(input.sentAt),
      kind: 'note',
      channel: 'email',
      direction: 'inbound',
      invoiceIds: [],
      note: input.quote,
      mail: { host: input.mail.host, messageId: input.mail.messageId, ...(input.mail.threadId ? { threadId: input.mail.threadId } : {}) },
      reading: { intent: input.intent, decision, ...(record ? { record } : {}) },
      dedupeKey: replyDedupeKey(input.mail, input.intent),
    });
  }

  /** The findings one decision answers, each undecided and named once. */
  async function decidedTogether(input: z.infer<typeof ReplyDismissInput>) {
    const parts = [{ intent: input.intent, quote: input.quote }, ...(input.together ?? [])];
    if (new Set(parts.map((part) => part.intent)).size !== parts.length) {
      throw new LedgerError('invalid-input', 'Each finding of a reply is decided once: an intent is named twice.');
    }
    const keys = parts.map((part) => replyDedupeKey(input.mail, part.intent));
    if ((await db.events.where('dedupeKey').anyOf(keys).count()) > 0) {
      throw new LedgerError('conflict', 'This part of the reply has already been recorded or dismissed.');
    }
    return parts.map((part) => ({ ...input, ...part }));
  }

  /** What a decision did, read back from the record it links to. */
  async function doneOf(event: Event, debtor: DebtorCard['debtor']): Promise<ReplyDone> {
    const reading = event.reading;
    if (reading?.decision === 'dismissed') return { kind: 'dismissed' };
    const record = reading?.record;
    switch (record?.kind) {
      case 'promise': {
        const promise = await db.promises.get(record.id);
        return promise
          ? { kind: 'promise', amount: promise.amount, currency: promise.currency, date: promise.date, cancelled: promise.cancelledAt !== null }
          : { kind: 'recorded' };
      }
      case 'payment': {
        const payment = await db.payments.get(record.id);
        return payment ? { kind: 'payment', amount: payment.amount, currency: payment.currency, date: payment.date } : { kind: 'recorded' };
      }
      case 'plan': {
        const plan = await db.plans.get(record.id);
        return plan ? { kind: 'plan', installments: plan.installments.length, cancelled: plan.cancelledAt !== null } : { kind: 'recorded' };
      }
      case 'pause': {
        // The pause's last day lives on the debtor while the pause holds; its event marks its start.
        const paused = await db.events.get(record.id);
        if (!paused) return { kind: 'recorded' };
        const current = debtor.pause !== null && debtor.pause.since === paused.at;
        return { kind: 'pause', until: current ? debtor.pause!.until : null, current };
      }
      case 'dispute':
        return (await db.events.get(record.id)) ? { kind: 'dispute' } : { kind: 'recorded' };
      case undefined:
        return { kind: 'recorded' };
    }
  }

  return {
    'reply-read': async (input: HandlerArgs<'reply-read'>): Promise<ReplyReading> => {
      const keys = REPLY_INTENTS.map((intent) => replyDedupeKey(input.mail, intent));
      const { detail, doneByKey } = await db.transaction('r', STATUS_TABLES, async () => {
        const detail = await debtors['debtor-get']({ id: input.debtorId });
        const decided = (await db.events.where('dedupeKey').anyOf(keys).toArray()).filter((event) => event.debtorId === detail.debtor.id);
        const done = await Promise.all(decided.map((event) => doneOf(event, detail.debtor)));
        return { detail, doneByKey: new Map(decided.map((event, index) => [event.dedupeKey, { decision: event.reading?.decision ?? 'accepted', done: done[index]! }])) };
      });
      const { debtor } = detail;
      const open = detail.invoices.filter((invoice) => invoice.status === 'open' || invoice.status === 'disputed');
      const owedIn = soleCurrency(open.map((invoice) => invoice.currency));
      const reading = readReply({
        text: input.text,
        sentAt: input.sentAt,
        timeZone: debtor.timeZone,
        language: debtor.locale.startsWith('es') ? 'es' : 'en',
        ...(input.headers ? { headers: lowerCaseKeys(input.headers) } : {}),
        ...(owedIn ? { currency: owedIn } : {}),
      });
      return {
        ...reading,
        findings: reading.findings.map((finding) => {
          const decided = doneByKey.get(replyDedupeKey(input.mail, finding.intent));
          return { ...finding, decision: decided?.decision ?? null, done: decided?.done ?? null };
        }),
        detail,
      };
    },

    'reply-act': async (input: HandlerArgs<'reply-act'>): Promise<{ event: HashedEvent }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const parts = await decidedTogether(input);
        const { action, debtorId } = input;
        // Each action is the card's own handler, joined to this transaction (Dexie nests a
        // transaction over the same tables into the outer one), so both writes land or neither.
        const record = await (async (): Promise<RecordLink> => {
          switch (action.kind) {
            case 'promise': {
              const { kind, ...fields } = action;
              return { kind, id: (await money['promise-record']({ debtorId, ...fields })).promise.id };
            }
            case 'payment': {
              const { kind, ...fields } = action;
              return { kind, id: (await money['payment-record']({ debtorId, ...fields })).payment.id };
            }
            case 'plan': {
              const { kind, ...fields } = action;
              return { kind, id: (await money['plan-create']({ debtorId, ...fields })).plan.id };
            }
            case 'pause':
              return { kind: 'pause', id: (await debtors['debtor-pause']({ id: debtorId, reason: action.reason, until: action.until })).event.id };
            case 'dispute': {
              const disputed = await invoices['invoice-dispute']({ debtorId, reason: action.reason, ...(action.invoiceIds ? { invoiceIds: action.invoiceIds } : {}) });
              return { kind: 'dispute', id: disputed.event.id };
            }
          }
        })();
        const events = parts.map((part) => readingEvent(part, 'accepted', record));
        await db.events.bulkAdd(events);
        await refreshFollowUps(db, [debtorId], ctx.now());
        return { event: events[0]! };
      }),

    'reply-dismiss': async (input: HandlerArgs<'reply-dismiss'>): Promise<{ event: HashedEvent }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        await requireDebtor(db, input.debtorId);
        const events = (await decidedTogether(input)).map((part) => readingEvent(part, 'dismissed'));
        await db.events.bulkAdd(events);
        await refreshFollowUps(db, [input.debtorId], ctx.now());
        return { event: events[0]! };
      }),
  };
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
