// What a read-mode message says, for the reply reader: its text, when it was sent, and its
// internet headers (RFC 3834's Auto-Submitted and the X-Autoreply family mark an automatic
// reply). Each is its own call to Outlook and may be missing on an older client (the body needs
// Mailbox 1.3, the headers 1.8); what cannot be read is left out rather than failing the pane.
import type { MessageContent } from '../mail/types';
import { officeCall } from './async-result';
import type { OfficeApi } from './office-global';

/** Only these headers are kept: the ones that say a message was sent by a machine. */
const AUTO_REPLY_HEADERS = new Set(['auto-submitted', 'x-autoreply', 'x-autorespond', 'precedence', 'x-auto-response-suppress']);

/** Parses an RFC 5322 header block (folded lines joined) into the auto-reply headers, names lower-cased. */
export function autoReplyHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (AUTO_REPLY_HEADERS.has(name) && !(name in headers)) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

export async function readMessageContent(office: OfficeApi, item: Office.MessageRead): Promise<MessageContent> {
  const text =
    typeof item.body?.getAsync === 'function'
      ? await officeCall<string>(office, 'read the message', (done) => item.body.getAsync(office.CoercionType.Text, done)).catch(() => '')
      : '';
  const headerBlock =
    typeof item.getAllInternetHeadersAsync === 'function'
      ? await officeCall<string>(office, 'read the message headers', (done) => item.getAllInternetHeadersAsync(done)).catch(() => '')
      : '';
  const created = item.dateTimeCreated instanceof Date && !Number.isNaN(item.dateTimeCreated.getTime()) ? item.dateTimeCreated : null;
  return { text, sentAt: created ? created.toISOString() : null, headers: autoReplyHeaders(headerBlock) };
}
