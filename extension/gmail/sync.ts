// Reads what Gmail's page posts to /sync/u/N/i/s: is it a send, a draft save, or something else,
// and who is it to. Learned from real captures (__fixtures__/sync/, from the InboxSDK project).
//
// The body is a protocol buffer written as JSON, in one of two spellings of the same schema:
//   2018: objects keyed by field number  {"2": {"1": [update, ...]}}
//   2022: arrays, field N at index N-1   [null, [[update, ...]], ...]
// so one reader, `field(node, n)`, serves both. The fields used:
//   request      2 → 1: list of updates
//   update       2: thread reference { 1: thread id, 2: thread payload }
//   payload      2: a new message in an existing thread (a reply)   { 1: message }
//                3: a new thread with its first draft              { 1: { 4: thread id, 5: [message] } }
//                14: an update of an existing message (draft/send)  { 1: message }
//   message      1 id ("msg-a:r…"), 2 from, 3 to, 4 cc, 5 bcc (contacts), 7 date (ms),
//                8 subject, 9 body, 11 labels ("^all", "^r", "^pfg", …)
//   body         2: list of parts { 1: kind, 2: HTML }; kind 0 is what was written, kind 2 the
//                quoted history Gmail appends to a reply (<div class="gmail_quote">…)
//   contact      2 address, 3 display name
//
// What tells a send from a draft save: the labels Gmail gives the message being written.
//   - A send carries "^pfg" (and "^f_bt", "^f_cl"…), and never "^r".
//   - A draft save carries "^r" and "^r_bt" (Drafts).
// Request-level flags are not enough: in the 2022 captures a send request also has [null,null,2]
// as field 1 and 1 in field 4.4, but cvOnSend_4 batches a draft save of one thread with the send
// of another in one request, so each message's labels decide.
// Scheduled send: gmail.js reports a message labelled "^scheduled" (without "^pfg") as a scheduled
// send. No capture of one is available; this reader takes the message date (field 7) as the time it
// will go out. That is an assumption, mirrored by the fixture mailbox, to verify against real Gmail.
import { normaliseAddress, uniqueAddresses } from './address';
import { GMAIL_ORIGIN, SYNC_PATH } from './selectors';

export type SyncKind = 'send' | 'draft-save' | 'other';

export interface SyncRequest {
  kind: SyncKind;
  /** The message being sent or saved, e.g. 'msg-a:r8190137112111191537' (= the compose's draft id). */
  messageId?: string;
  /** e.g. 'thread-f:1746035685735370050' for a reply, 'thread-a:r…' for a new conversation. */
  threadId?: string;
  from?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject?: string;
  /** ISO 8601, only for a scheduled send. */
  scheduledAt?: string;
  /** The message's HTML as Gmail posts it, quoted history included (sent-text.ts reads it). */
  bodyHtml?: string;
}

const SEND_LABEL = '^pfg';
const SCHEDULED_LABEL = '^scheduled';
const DRAFT_LABEL = '^r';

function other(): SyncRequest {
  return { kind: 'other', to: [], cc: [], bcc: [] };
}

/** Field n (1-based) of a protobuf-as-JSON node, in either spelling. */
function field(node: unknown, n: number): unknown {
  if (Array.isArray(node)) return node[n - 1];
  if (node !== null && typeof node === 'object') return (node as Record<string, unknown>)[String(n)];
  return undefined;
}

function listOf(node: unknown): unknown[] {
  return Array.isArray(node) ? node : [];
}

function textOf(node: unknown): string | undefined {
  return typeof node === 'string' ? node : undefined;
}

function addressesOf(contacts: unknown): string[] {
  return uniqueAddresses(listOf(contacts).map((contact) => textOf(field(contact, 2))));
}

function labelsOf(message: unknown): string[] {
  return listOf(field(message, 11)).filter((label): label is string => typeof label === 'string');
}

function dateOf(message: unknown): string | undefined {
  const raw = field(message, 7);
  const ms = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Every part of the message's body, in order, as one HTML string. */
function bodyHtmlOf(message: unknown): string | undefined {
  const parts = listOf(field(field(message, 9), 2))
    .map((part) => textOf(field(part, 2)))
    .filter((html): html is string => html !== undefined);
  return parts.length > 0 ? parts.join('') : undefined;
}

/** A custom thread id may carry "|msg-a:…" after the real one; the part before the bar is Gmail's. */
function cleanThreadId(raw: unknown): string | undefined {
  const text = textOf(raw);
  if (!text) return undefined;
  const id = text.split('|')[0]?.trim();
  return id ? id : undefined;
}

interface WrittenMessage {
  threadId: string | undefined;
  message: unknown;
}

function messagesOf(update: unknown): WrittenMessage[] {
  const threadRef = field(update, 2);
  const threadId = cleanThreadId(field(threadRef, 1));
  const payload = field(threadRef, 2);
  const found: WrittenMessage[] = [];
  for (const wrapperField of [2, 14]) {
    const message = field(field(payload, wrapperField), 1);
    if (message !== undefined && message !== null) found.push({ threadId, message });
  }
  const newThread = field(field(payload, 3), 1);
  const newThreadId = cleanThreadId(field(newThread, 4)) ?? threadId;
  for (const message of listOf(field(newThread, 5))) found.push({ threadId: newThreadId, message });
  return found;
}

/** A URL (absolute, or relative to Gmail) of the endpoint drafts and sends are posted to. */
export function isSyncRequestUrl(url: string): boolean {
  try {
    const parsed = new URL(url, GMAIL_ORIGIN);
    return parsed.origin === GMAIL_ORIGIN && SYNC_PATH.test(parsed.pathname);
  } catch {
    return false;
  }
}

function describe(kind: SyncKind, written: WrittenMessage, scheduled: boolean): SyncRequest {
  const { message, threadId } = written;
  const result: SyncRequest = {
    kind,
    to: addressesOf(field(message, 3)),
    cc: addressesOf(field(message, 4)),
    bcc: addressesOf(field(message, 5)),
  };
  const messageId = textOf(field(message, 1));
  if (messageId) result.messageId = messageId;
  if (threadId) result.threadId = threadId;
  const from = normaliseAddress(textOf(field(field(message, 2), 2)));
  if (from) result.from = from;
  const subject = textOf(field(message, 8));
  if (subject !== undefined) result.subject = subject;
  const bodyHtml = bodyHtmlOf(message);
  if (bodyHtml !== undefined) result.bodyHtml = bodyHtml;
  if (scheduled) {
    const at = dateOf(message);
    if (at) result.scheduledAt = at;
  }
  return result;
}

/**
 * Classifies one POST Gmail's page made. Never throws: anything unexpected is 'other', because the
 * page is Gmail's and its format can change under us.
 */
export function parseSyncRequest(url: string, body: string): SyncRequest {
  try {
    if (typeof url !== 'string' || typeof body !== 'string' || !isSyncRequestUrl(url)) return other();
    const root: unknown = JSON.parse(body);
    const written = listOf(field(field(root, 2), 1)).flatMap(messagesOf);
    for (const candidate of written) {
      const labels = labelsOf(candidate.message);
      if (labels.includes(SEND_LABEL)) return describe('send', candidate, false);
      if (labels.includes(SCHEDULED_LABEL) && !labels.includes(DRAFT_LABEL)) return describe('send', candidate, true);
    }
    const draft = written.find((candidate) => labelsOf(candidate.message).includes(DRAFT_LABEL));
    return draft ? describe('draft-save', draft, false) : other();
  } catch {
    return other();
  }
}
