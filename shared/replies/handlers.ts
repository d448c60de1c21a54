// The ledger's side of reading a debtor's reply. 'reply-read' runs the reader on a message the
// user is looking at and says which findings the user has already decided; 'reply-act' does what
// the user chose (a promise, a payment, a pause, a dispute, a plan) and logs what the debtor wrote
// in the same transaction; 'reply-dismiss' logs that the user read it and chose nothing. The
// message's text is the page's or Outlook's: it is only read, never stored beyond the quote the
// user acted on. The reader runs here, where the ledger runs, so no content script carries it.
import { z } from 'zod';
import type { HandlerArgs } from '../ledger/api';
import { LedgerError } from '../ledger/errors';
import { FOLLOW_UP_TABLES, refreshFollowUps } from '../ledger/follow-up-refresh';
import { CurrencyCode, Id, Installment, IsoDate, MailRef, Payment, PositiveMinor, PromiseToPay, PaymentPlan } from '../ledger/schema';
import { invoicesOf, requireDebtor, toUtcInstant, type HandlerContext } from '../ledger/handlers/context';
import { debtorHandlers } from '../ledger/handlers/debtors';
import { invoiceHandlers } from '../ledger/handlers/invoices';
import { moneyHandlers } from '../ledger/handlers/money';
import { withHash } from '../ledger/event-hash';
import type { HashedEvent } from '../ledger/schema';
import { readReply } from './read';
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

const Decided = {
  debtorId: Id,
  mail: ReplyMail,
  sentAt: Instant,
  intent: Intent,
  /** The words the finding was read from, as shown to the user. */
  quote: z.string().trim().min(1).max(1000),
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
export interface ReadFinding extends ReplyFinding {
  /** What the user already did with this finding of this message; null while undecided. */
  decision: ReplyDecision | null;
}
export interface ReplyReading extends Omit<ReadReplyResult, 'findings'> {
  findings: ReadFinding[];
}

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

  /** The inbound event: what the debtor wrote and when, and what the user made of it. */
  function readingEvent(input: z.infer<typeof ReplyDismissInput>, decision: ReplyDecision): HashedEvent {
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
      reading: { intent: input.intent, decision },
      dedupeKey: replyDedupeKey(input.mail, input.intent),
    });
  }

  async function assertUndecided(key: string): Promise<void> {
    if (await db.events.where('dedupeKey').equals(key).first()) {
      throw new LedgerError('conflict', 'This part of the reply has already been recorded or dismissed.');
    }
  }

  return {
    'reply-read': async (input: HandlerArgs<'reply-read'>): Promise<ReplyReading> => {
      const keys = REPLY_INTENTS.map((intent) => replyDedupeKey(input.mail, intent));
      const { debtor, owedIn, decided } = await db.transaction('r', ['debtors', 'invoices', 'events'], async () => {
        const debtor = await requireDebtor(db, input.debtorId);
        const open = (await invoicesOf(db, debtor.id)).filter((invoice) => invoice.status === 'open' || invoice.status === 'disputed');
        const decided = await db.events.where('dedupeKey').anyOf(keys).toArray();
        return { debtor, owedIn: soleCurrency(open.map((invoice) => invoice.currency)), decided };
      });
      const reading = readReply({
        text: input.text,
        sentAt: input.sentAt,
        timeZone: debtor.timeZone,
        language: debtor.locale.startsWith('es') ? 'es' : 'en',
        ...(input.headers ? { headers: lowerCaseKeys(input.headers) } : {}),
        ...(owedIn ? { currency: owedIn } : {}),
      });
      const decisionOf = new Map(decided.filter((event) => event.debtorId === debtor.id).map((event) => [event.dedupeKey, event.reading?.decision ?? 'accepted']));
      return {
        ...reading,
        findings: reading.findings.map((finding) => ({ ...finding, decision: decisionOf.get(replyDedupeKey(input.mail, finding.intent)) ?? null })),
      };
    },

    'reply-act': async (input: HandlerArgs<'reply-act'>): Promise<{ event: HashedEvent }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const event = readingEvent(input, 'accepted');
        await assertUndecided(event.dedupeKey);
        const { action, debtorId } = input;
        // Each action is the card's own handler, joined to this transaction (Dexie nests a
        // transaction over the same tables into the outer one), so both writes land or neither.
        switch (action.kind) {
          case 'promise': {
            const { kind: _kind, ...fields } = action;
            await money['promise-record']({ debtorId, ...fields });
            break;
          }
          case 'payment': {
            const { kind: _kind, ...fields } = action;
            await money['payment-record']({ debtorId, ...fields });
            break;
          }
          case 'plan': {
            const { kind: _kind, ...fields } = action;
            await money['plan-create']({ debtorId, ...fields });
            break;
          }
          case 'pause':
            await debtors['debtor-pause']({ id: debtorId, reason: action.reason, until: action.until });
            break;
          case 'dispute':
            await invoices['invoice-dispute']({ debtorId, reason: action.reason, ...(action.invoiceIds ? { invoiceIds: action.invoiceIds } : {}) });
            break;
        }
        await db.events.add(event);
        await refreshFollowUps(db, [debtorId], ctx.now());
        return { event };
      }),

    'reply-dismiss': async (input: HandlerArgs<'reply-dismiss'>): Promise<{ event: HashedEvent }> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        await requireDebtor(db, input.debtorId);
        const event = readingEvent(input, 'dismissed');
        await assertUndecided(event.dedupeKey);
        await db.events.add(event);
        await refreshFollowUps(db, [input.debtorId], ctx.now());
        return { event };
      }),
  };
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
