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
