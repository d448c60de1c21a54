// Logs each message that actually leaves. Gmail's page posts every send to /sync/u/N/i/s only
// once its undo window has passed; the page reporter hands a copy of each such POST to this
// listener, which checks it came from this page, reads it, and asks the ledger to log a 'send'
// once. An undone send is never posted, so it is never logged; a send seen twice (two tabs, a
// retry) carries the same message id, which the ledger's dedupe key turns into one event.
import type { HandlerInput } from '../../../shared/ledger/api';
import { boundSentText } from '../../../shared/sent-text';
import { readReporterMessage } from '../page-reporter';
import { sentTextOfHtml } from '../sent-text';
import { parseSyncRequest, type SyncRequest } from '../sync';
import type { InsertedTemplate, TemplateInsertions } from './template-insertions';

type MailSentInput = HandlerInput<'mail-sent'>;

const MAX_RECIPIENTS = 500;

/**
 * The 'mail-sent' request for a send, or null when there is nothing to log. `toText` turns the
 * body's HTML into the plain text kept with the event (sent-text.ts).
 */
export function mailSentInput(request: SyncRequest, template?: InsertedTemplate, toText?: (html: string) => string): MailSentInput | null {
  if (request.kind !== 'send' || !request.messageId) return null;
  const to = [...new Set([...request.to, ...request.cc, ...request.bcc])].slice(0, MAX_RECIPIENTS);
  if (to.length === 0) return null;
  const input: MailSentInput = { host: 'gmail', to, messageId: request.messageId.slice(0, 300) };
  const subject = request.subject?.trim();
  if (subject) input.subject = subject.slice(0, 500);
  if (request.threadId) input.threadId = request.threadId.slice(0, 200);
  // A scheduled send goes out later; it is logged for the time it will leave.
  if (request.scheduledAt) input.at = request.scheduledAt;
  const sentText = request.bodyHtml && toText ? boundSentText(toText(request.bodyHtml)) : '';
  if (sentText) input.sentText = sentText;
  if (template) {
    input.templateId = template.templateId;
    if (template.step) input.step = template.step;
    if (template.invoiceIds && template.invoiceIds.length > 0) input.invoiceIds = template.invoiceIds;
  }
  return input;
}

export interface SendLoggingDeps {
  win: Window;
  signal: AbortSignal;
  insertions: TemplateInsertions;
  logSend: (input: MailSentInput) => Promise<unknown>;
  /** The page's origin as the reporter posts from it. */
  origin?: string;
}

export function logSends(deps: SendLoggingDeps): void {
  const onMessage = (event: MessageEvent) => {
    const message = readReporterMessage(event, deps.origin, deps.win);
    if (!message) return;
    const request = parseSyncRequest(message.url, message.body);
    if (request.kind !== 'send') return;
    const parser = new (deps.win as Window & typeof globalThis).DOMParser();
    const input = mailSentInput(request, deps.insertions.claim(request), (html) => sentTextOfHtml(html, parser));
    if (input) void deps.logSend(input).catch(() => undefined);
  };
  deps.win.addEventListener('message', onMessage, { signal: deps.signal });
}
