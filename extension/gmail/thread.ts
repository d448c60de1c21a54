// Reads an open conversation out of Gmail's DOM: its ids, subject, and who wrote each message to
// whom. Works the same on the full-page view and the preview pane, because it starts from the
// subject heading and looks only inside the part of the page that holds that thread's messages.
// When Gmail's structure is not what selectors.ts describes, it says so ('gmail-layout') instead
// of returning a half-read thread.
import { normaliseAddress, uniqueAddresses } from './address';
import { GMAIL_ATTRIBUTES as A, THREAD_SELECTORS as S } from './selectors';

export interface ThreadMessage {
  element: HTMLElement;
  /** Gmail's hex message id (data-legacy-message-id). */
  messageId: string;
  /** 'msg-f:…' / 'msg-a:…' when Gmail provides it; the form sync requests use. */
  permMessageId?: string;
  from: { email: string; name: string };
  /** Everyone the message was addressed to, as Gmail lists them in its header. */
  to: string[];
  collapsed: boolean;
}

export interface GmailThread {
  /** 'thread-f:…' (data-thread-perm-id) when present, else the hex legacy id. */
  threadId: string;
  legacyThreadId?: string;
  subject: string;
  messages: ThreadMessage[];
}

export interface LayoutProblem {
  code: 'gmail-layout';
  detail: string;
}

export type ReadThreadResult = { ok: true; thread: GmailThread } | { ok: false; problem: LayoutProblem };

function layoutProblem(detail: string): ReadThreadResult {
  return { ok: false, problem: { code: 'gmail-layout', detail } };
}

/** The smallest ancestor of the subject that also holds messages: the thread, not the list. */
function threadScope(subject: Element): Element | null {
  for (let node = subject.parentElement; node; node = node.parentElement) {
    if (node.querySelector(S.message)) return node;
  }
  return null;
}

function attributeIn(scope: Element, subject: Element, selector: string, attribute: string): string | undefined {
  const own = subject.getAttribute(attribute);
  if (own) return own;
  for (const element of scope.querySelectorAll(selector)) {
    if (element.closest(S.listRow)) continue;
    const value = element.getAttribute(attribute);
    if (value) return value;
  }
  return undefined;
}

function senderOf(message: Element): { email: string; name: string } | null {
  const candidates = [message.querySelector(S.sender), ...message.querySelectorAll(S.anyAddress)];
  for (const element of candidates) {
    if (!element || element.matches(S.recipient)) continue;
    const email = normaliseAddress(element.getAttribute(A.email));
    if (!email) continue;
    const name = (element.getAttribute(A.name) ?? element.textContent ?? '').trim();
    return { email, name: name || email };
  }
  return null;
}

function isCollapsed(message: Element, scope: Element): boolean {
  const row = message.closest(S.collapsedRow);
  if (row && scope.contains(row)) return true;
  // An expanded message always renders its body; one without a body is shown folded.
  return message.querySelector(S.body) === null;
}

export function readThread(root: ParentNode): ReadThreadResult {
  const subject = root.querySelector(S.subject);
  if (!subject) return layoutProblem(`no thread subject (${S.subject})`);
  const scope = threadScope(subject);
  if (!scope) return layoutProblem(`no messages (${S.message}) around the subject`);

  const legacyThreadId = attributeIn(scope, subject, S.legacyThreadId, A.legacyThreadId);
  const threadId = attributeIn(scope, subject, S.threadPermId, A.threadPermId) ?? legacyThreadId;
  if (!threadId) return layoutProblem(`no thread id (${S.threadPermId} or ${S.legacyThreadId})`);

  const messages: ThreadMessage[] = [];
  for (const element of scope.querySelectorAll<HTMLElement>(S.message)) {
    // A quoted or nested message inside another one is part of that message, not a new one.
    if (element.parentElement?.closest(S.message)) continue;
    const messageId = element.getAttribute(A.legacyMessageId) ?? '';
    const from = senderOf(element);
    if (!from) return layoutProblem(`message ${messageId} has no sender (${S.sender})`);
    const message: ThreadMessage = {
      element,
      messageId,
      from,
      to: uniqueAddresses([...element.querySelectorAll(S.recipient)].map((r) => r.getAttribute(A.email))),
      collapsed: isCollapsed(element, scope),
    };
    const permMessageId = element.getAttribute(A.messagePermId)?.replace(/^#/, '');
    if (permMessageId) message.permMessageId = permMessageId;
    messages.push(message);
  }

  const thread: GmailThread = {
    threadId: threadId.replace(/^#/, ''),
    subject: (subject.textContent ?? '').trim(),
    messages,
  };
  if (legacyThreadId) thread.legacyThreadId = legacyThreadId;
  return { ok: true, thread };
}

/**
 * Where a status chip goes for this message: right after the sender, and after the "<address>"
 * Gmail shows beside the name when there is one, so the name and its address stay together on
 * one line. Gmail (2025) puts an empty span between the two (`span.gD`, " ", `span.cfXrwd`,
 * `span.go`): empty elements are stepped over, anything with text stops the search.
 */
export function chipAnchorFor(messageElement: Element): Element | null {
  const sender =
    messageElement.querySelector(S.sender) ??
    [...messageElement.querySelectorAll(S.anyAddress)].find((e) => !e.matches(S.recipient)) ??
    null;
  if (!sender) return null;
  for (let next = sender.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.matches(S.senderAddress)) return next;
    if ((next.textContent ?? '').trim() !== '') break;
  }
  return sender;
}

/** Everyone in the conversation (the user's own address included), each once, in order of appearance. */
export function allThreadAddresses(thread: GmailThread): string[] {
  return uniqueAddresses(thread.messages.flatMap((m) => [m.from.email, ...m.to]));
}

/** The element holding an expanded message's body; null when folded. */
export function messageBody(messageElement: Element): Element | null {
  return messageElement.querySelector(S.body);
}

// Elements whose content starts a new line when a person reads the message.
const BLOCKS = new Set(['ADDRESS', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
const UNREAD = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * A message's text as the user sees it: block elements and line breaks as new lines, runs of
 * blank lines as one. Gmail's folded quote ("…") stays in: the reply reader removes quoted history.
 * Null when the message shows no body (collapsed, or Gmail's layout changed).
 */
export function messageText(messageElement: Element): string | null {
  const body = messageBody(messageElement);
  if (!body) return null;
  let out = '';
  // A block's edge asks for a new line before the next text; several edges in a row ask for one.
  let edge = false;
  const newLine = () => {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
    edge = false;
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      let text = (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      if (edge || out === '' || out.endsWith('\n')) text = text.trimStart();
      if (text === '') return;
      if (edge) newLine();
      out += text;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const name = (node as Element).tagName.toUpperCase();
    if (UNREAD.has(name)) return;
    if (name === 'BR') {
      if (edge) newLine();
      out += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) edge = true;
    for (const child of node.childNodes) walk(child);
    if (block) edge = true;
    else if (name === 'TD' || name === 'TH') out += ' ';
  };
  walk(body);
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Month words Gmail writes in English and Spanish, by their first three letters. */
const MONTHS: Record<string, number> = {
  jan: 1, ene: 1, feb: 2, mar: 3, apr: 4, abr: 4, may: 5, jun: 6, jul: 7, aug: 8, ago: 8, sep: 9, set: 9, oct: 10, nov: 11, dec: 12, dic: 12,
};

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The date and time of a Gmail header's date title, in English or Spanish: "Thu, Dec 3, 2026,
 * 10:42 AM", "Thu, 3 Dec 2026, 10:42", "jue, 3 dic 2026, 10:42", "mar, 3 mar 2026, 4:05 p. m.".
 * Null when it cannot be read whole (no year, no time, no month word).
 */
export function parseGmailDate(title: string): WallClock | null {
  // A leading weekday followed by a comma is dropped first: Spanish "mar" is Tuesday and March.
  const text = title.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim().replace(/^[^\d,]*, /, '');
  const time = /(\d{1,2}):(\d{2})(?: ?([ap])\.? ?m\b\.?)?/.exec(text);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  if (time[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (time[3] === 'p' ? 12 : 0);
  }
  const day = text.slice(0, time.index);
  const year = /(?:^|\D)(\d{4})(?:\D|$)/.exec(day)?.[1];
  // The month is the last month word (a weekday without a comma may come first).
  const words = [...day.matchAll(/\p{L}{3,}/gu)].map((match) => MONTHS[match[0].slice(0, 3)]).filter((month) => month !== undefined);
  const month = words[words.length - 1];
  const dayOfMonth = /(?:^|\D)(\d{1,2})(?:\D|$)/.exec(year ? day.replace(year, ' ') : day)?.[1];
  if (!year || month === undefined || !dayOfMonth) return null;
  const clock = { year: Number(year), month, day: Number(dayOfMonth), hour, minute };
  if (clock.day < 1 || clock.day > 31 || clock.hour > 23 || clock.minute > 59) return null;
  // 31 Feb is not a date: the calendar would move it into March.
  const check = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
  return check.getUTCDate() === clock.day ? clock : null;
}

/**
 * When a message was sent, as an ISO instant, from its header's date. Gmail shows that date on
 * the user's clock without saying the zone, which is the browser's unless the user changed it
 * in Google's settings: it is read as the browser's local time. Null when there is none to read.
 */
export function messageSentAt(messageElement: Element): string | null {
  const title = messageElement.querySelector(S.sentDate)?.getAttribute('title');
  const clock = title ? parseGmailDate(title) : null;
  if (!clock) return null;
  return new Date(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute).toISOString();
}
