// One send as the handler saw it: what the ledger's 'mail-sent' needs, plus the debtor the pane
// chose. It travels from the send handler to the ledger directly or through the queue.
import * as z from 'zod/mini';
import { boundSentText, QUOTE_LEFT_OUT, SENT_TEXT_MAX } from '../../shared/sent-text';
import { decodeStoredJson } from './stored-json';
import type { MailAddress } from '../mail/types';
import type { DraftMark } from './draft-mark';

const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

// Limits as the ledger's 'mail-sent' input, so nothing queued is refused later for its size.
const MAX_RECIPIENTS = 500;
const MAX_ADDRESS = 320;
const MAX_SUBJECT = 500;

const SentMailSchema = z.object({
  v: z.literal(1),
  sendId: Text(200),
  debtorId: Text(64),
  templateId: z.optional(Text(64)),
  step: z.optional(Text(40)),
  invoiceIds: z.array(Text(64)).check(z.maxLength(500)),
  to: z.array(Text(MAX_ADDRESS)).check(z.minLength(1), z.maxLength(MAX_RECIPIENTS)),
  subject: z.string().check(z.maxLength(MAX_SUBJECT)),
  threadId: z.optional(Text(200)),
  /** The plain text that was sent, our words only; entries queued before it was kept have none. */
  sentText: z.optional(Text(SENT_TEXT_MAX)),
  /** When the send was handled, UTC. */
  at: Text(40),
});

export type SentMail = z.infer<typeof SentMailSchema>;

export interface SendFacts {
  recipients: readonly MailAddress[];
  subject: string;
  conversationId: string | null;
  at: Date;
  /** The body as plain text, quoted history included; empty when it could not be read. */
  bodyText?: string;
}

// Lines where Outlook (and the clients it quotes) begin the history under a reply or forward.
const HISTORY_OPENERS: RegExp[] = [
  /^_{10,}$/, // Outlook's rule above the From/Sent/To/Subject block
  /^-{2,}\s*(original message|mensaje original|forwarded message|mensaje reenviado)\s*-{2,}$/i,
  /^(on|el)\b.{0,200}\b(wrote|escribió|escribio)\s*:$/i,
];
const HEADER_OPENER = /^(from|de)\s*:\s*\S/i;
const HEADER_FIELD = /^(sent|enviado|to|para|subject|asunto|date|fecha|cc)\s*:/i;

/**
 * What we wrote: the text above the quoted history, with one line saying the history was left
 * out. A message with nothing above the history is kept whole (nothing to tell apart).
 */
export function ownWords(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const opener = lines.findIndex(
    (line, index) =>
      HISTORY_OPENERS.some((pattern) => pattern.test(line.trim())) ||
      (HEADER_OPENER.test(line.trim()) && HEADER_FIELD.test(lines[index + 1]?.trim() ?? '')),
  );
  const above = opener < 0 ? text : lines.slice(0, opener).join('\n').trim();
  if (opener < 0 || above === '') return text.trim();
  return `${above}\n\n${QUOTE_LEFT_OUT}`;
}

/** The send of a marked draft; null when it has no usable recipient (Outlook would not send it). */
export function sentMailOf(mark: DraftMark, facts: SendFacts): SentMail | null {
  const to = [...new Set(facts.recipients.map((r) => r.address.trim()).filter((a) => a !== '' && a.length <= MAX_ADDRESS))].slice(
    0,
    MAX_RECIPIENTS,
  );
  if (to.length === 0) return null;
  const threadId = facts.conversationId?.trim().slice(0, 200);
  const sentText = boundSentText(ownWords(facts.bodyText ?? ''));
  return {
    v: 1,
    sendId: mark.sendId,
    debtorId: mark.debtorId,
    ...(mark.templateId ? { templateId: mark.templateId } : {}),
    ...(mark.step ? { step: mark.step } : {}),
    invoiceIds: mark.invoiceIds,
    to,
    subject: facts.subject.trim().slice(0, MAX_SUBJECT),
    ...(threadId ? { threadId } : {}),
    ...(sentText ? { sentText } : {}),
    at: facts.at.toISOString(),
  };
}

export function encodeSentMail(sent: SentMail): string {
  return JSON.stringify(sent);
}

export function decodeSentMail(raw: string | null | undefined): SentMail | null {
  return decodeStoredJson(SentMailSchema, raw);
}
