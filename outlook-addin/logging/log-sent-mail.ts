// Writes one send into the ledger, exactly once however often it is replayed: 'mail-sent' logs
// it for every debtor among the recipients (dedupe key host:messageId:debtor), and when the
// debtor the pane chose is not among them (an address not on record) it is logged for that
// debtor under the same key, so a later replay of either call still finds it.
import type { LedgerClient } from '../../shared/ledger/client';
import type { HandlerError, HandlerErrorCode } from '../../shared/ledger/errors';
import type { TemplatePurpose } from '../../shared/ledger/schema';
import type { SentMail } from './sent-mail';

export const MAIL_HOST = 'outlook';

export type LogResult =
  | { kind: 'logged'; events: number }
  /** Already in the ledger: an earlier replay or the other runtime wrote it. */
  | { kind: 'duplicate' }
  /** The ledger refused it for good (the debtor was deleted, the input is invalid): retrying cannot help. */
  | { kind: 'dropped'; error: HandlerError }
  /** The ledger could not be written now; keep it for later. */
  | { kind: 'retry'; error: HandlerError };

const WORTH_RETRYING: ReadonlySet<HandlerErrorCode> = new Set(['storage', 'unknown-handler']);

function failure(error: HandlerError): LogResult {
  return WORTH_RETRYING.has(error.code) ? { kind: 'retry', error } : { kind: 'dropped', error };
}

/** The dedupe key 'mail-sent' gives the event of one debtor. */
export function sentMailDedupeKey(messageId: string, debtorId: string): string {
  return `${MAIL_HOST}:${messageId}:${debtorId}`;
}

export async function logSentMail(client: LedgerClient, sent: SentMail): Promise<LogResult> {
  // Checked against the ledger's own list of purposes when the request arrives.
  const step = sent.step as TemplatePurpose | undefined;
  const template = sent.templateId ? { templateId: sent.templateId, ...(step ? { step } : {}) } : {};
  const mail = { host: MAIL_HOST, messageId: sent.sendId, ...(sent.threadId ? { threadId: sent.threadId } : {}) } as const;

  const mailSent = await client.send('mail-sent', {
    ...mail,
    to: sent.to,
    at: sent.at,
    ...(sent.subject ? { subject: sent.subject } : {}),
    ...template,
    ...(sent.invoiceIds.length > 0 ? { invoiceIds: sent.invoiceIds } : {}),
    ...(sent.sentText ? { sentText: sent.sentText } : {}),
  });
  if (!mailSent.ok) return failure(mailSent.error);
  const { logged, duplicates } = mailSent.value;
  if (logged.some((event) => event.debtorId === sent.debtorId)) return { kind: 'logged', events: logged.length };

  const logForChosenDebtor = (invoiceIds: readonly string[]) =>
    client.send('event-log', {
      debtorId: sent.debtorId,
      kind: 'email',
      channel: 'email',
      direction: 'outbound',
      at: sent.at,
      ...template,
      invoiceIds: [...invoiceIds],
      ...(sent.subject ? { subject: sent.subject } : {}),
      ...(sent.sentText ? { sentText: sent.sentText } : {}),
      mail,
      dedupeKey: sentMailDedupeKey(sent.sendId, sent.debtorId),
    });
  let own = await logForChosenDebtor(sent.invoiceIds);
  // An invoice deleted between inserting the template and sending must not lose the contact.
  if (!own.ok && own.error.code === 'not-found' && sent.invoiceIds.length > 0) own = await logForChosenDebtor([]);
  if (!own.ok) return logged.length > 0 ? { kind: 'logged', events: logged.length } : failure(own.error);

  const events = logged.length + (own.value.created ? 1 : 0);
  if (events > 0) return { kind: 'logged', events };
  return duplicates > 0 || !own.value.created ? { kind: 'duplicate' } : { kind: 'logged', events };
}
