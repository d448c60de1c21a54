// Gmail's compose windows (popup, full screen, inline reply) and the two ways Cobro writes into
// them: inserting a template at the cursor and filling an empty subject. Writing goes through the
// browser's editing commands so Gmail's undo (Ctrl+Z) and its draft autosave keep working.
import { uniqueAddresses } from './address';
import { COMPOSE_SELECTORS as C, GMAIL_ATTRIBUTES as A, THREAD_SELECTORS as T, type RecipientField } from './selectors';

export type ComposeKind = 'popup' | 'inline' | 'fullscreen';

export interface ComposeView {
  readonly root: HTMLElement;
  readonly kind: ComposeKind;
  readonly body: HTMLElement;
  /** Inline replies keep theirs hidden; null when Gmail renders none. */
  readonly subject: HTMLInputElement | null;
  /** Addresses in To, Cc and Bcc (or only the field asked for), normalised, each once. */
  recipients(field?: RecipientField): string[];
  /** Cobro's compose button goes right after this element (the Send button's cell). */
  readonly toolbarAnchor: HTMLElement | null;
  readonly sendButton: HTMLElement | null;
  readonly composeId: string | null;
  /**
   * 'msg-a:r…' once Gmail has saved the draft, else null. Read live: Gmail fills it in after the
   * first autosave. It equals SyncRequest.messageId of this compose's draft saves and send.
   */
  readonly draftId: string | null;
  /** The conversation an inline reply (or a popped-out reply) belongs to: 'thread-f:…' or a hex id. Read live. */
  readonly threadId: string | undefined;
}

const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** Hidden inputs hold '' or the text 'undefined' until Gmail has a value; ids come with a '#'. */
function hiddenValue(root: ParentNode, selector: string): string | null {
  const input = root.querySelector<HTMLInputElement>(selector);
  const value = input?.value?.trim().replace(/^#/, '');
  if (!value || value === 'undefined' || value === 'null') return null;
  return value;
}

function kindOf(root: HTMLElement): ComposeKind {
  if (root.closest(C.fullscreenContainer)) return 'fullscreen';
  if (root.closest(C.popupContainer)) return 'popup';
  if (root.closest(C.inlineContainer) || root.closest(C.mainContentArea)) return 'inline';
  return 'popup';
}

function recipientsIn(root: HTMLElement, field: RecipientField): (string | null)[] {
  const chips = [...root.querySelectorAll(C.recipientChip(field))].map(
    (chip) => chip.getAttribute(A.hovercardId) ?? chip.getAttribute(A.email),
  );
  const legacyRow = root.querySelector(C.legacyRecipientInput(field))?.closest('tr');
  const legacy = legacyRow ? [...legacyRow.querySelectorAll(C.legacyChip)].map((chip) => chip.getAttribute(A.email)) : [];
  return [...chips, ...legacy];
}

function idIn(scope: Element, subject: Element, selector: string, attribute: string): string | undefined {
  const holders = [subject, ...scope.querySelectorAll(selector)].filter((e) => e.matches(selector) && !e.closest(T.listRow));
  const id = holders[0]?.getAttribute(attribute)?.replace(/^#/, '');
  return id || undefined;
}

/** The thread an inline reply sits in: the nearest ancestor that also holds a thread subject. */
function enclosingThreadId(root: HTMLElement): string | undefined {
  for (let node = root.parentElement; node; node = node.parentElement) {
    const subject = node.querySelector(T.subject);
    if (subject) {
      return idIn(node, subject, T.threadPermId, A.threadPermId) ?? idIn(node, subject, T.legacyThreadId, A.legacyThreadId);
    }
  }
  return undefined;
}

function viewOf(root: HTMLElement, body: HTMLElement): ComposeView {
  const kind = kindOf(root);
  return {
    root,
    kind,
    body,
    subject: root.querySelector<HTMLInputElement>(C.subject),
    recipients(field?: RecipientField) {
      return uniqueAddresses((field ? [field] : FIELDS).flatMap((f) => recipientsIn(root, f)));
    },
    toolbarAnchor: root.querySelector<HTMLElement>(C.toolbarAnchor) ?? root.querySelector<HTMLElement>(C.toolbarAnchorFallback),
    sendButton: root.querySelector<HTMLElement>(C.sendButton) ?? root.querySelector<HTMLElement>(C.sendButtonFallback),
    composeId: hiddenValue(root, C.composeId),
    get draftId() {
      return hiddenValue(root, C.draftId);
    },
    get threadId() {
      // A popup is not part of whatever thread happens to be open behind it.
      const around = kind === 'inline' ? enclosingThreadId(root) : undefined;
      return around ?? hiddenValue(root, C.legacyThreadId) ?? undefined;
    },
  };
}

/** Every compose under `root` whose body Gmail has rendered; one still loading is left for later. */
export function findComposeViews(root: ParentNode): ComposeView[] {
  const roots = [...root.querySelectorAll<HTMLElement>(C.root)];
  if (root instanceof Element && root.matches(C.root)) roots.unshift(root as HTMLElement);
  const views: ComposeView[] = [];
  for (const composeRoot of roots) {
    if (composeRoot.parentElement?.closest(C.root)) continue;
    const body = composeRoot.querySelector<HTMLElement>(C.body);
    if (body) views.push(viewOf(composeRoot, body));
  }
  return views;
}

export type InsertMethod = 'execCommand' | 'range';

function rangeInside(body: HTMLElement, selection: Selection | null): Range | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return body.contains(range.commonAncestorContainer) ? range : null;
}

function caretAtEnd(body: HTMLElement, doc: Document, selection: Selection | null): Range {
  const range = doc.createRange();
  range.selectNodeContents(body);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

function tryExecCommand(doc: Document, html: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertHTML', false, html);
  } catch {
    return false;
  }
}

/** `html` parsed where nothing in it can run or load, then adopted into `doc`. */
function inertFragment(doc: Document, html: string): DocumentFragment {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const parsed = new Parser().parseFromString(html, 'text/html');
  const fragment = doc.createDocumentFragment();
  fragment.append(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
  return fragment;
}

/**
 * Inserts `html` (already escaped by the template renderer) where the user's cursor is in the
 * compose body, or at the end of the body when the cursor is elsewhere. execCommand('insertHTML')
 * goes through the browser's editing stack, so Ctrl+Z in Gmail undoes it; the Range fallback is
 * only for a browser without it (it cannot be undone with Ctrl+Z). Either way an 'input' event
 * follows so Gmail notices the change and saves the draft.
 */
export function insertHtmlAtCursor(body: HTMLElement, html: string, doc: Document = body.ownerDocument): InsertMethod {
  const selection = doc.getSelection();
  // Checked before focusing: focusing an editable that lacks the selection puts the caret at its start.
  const existing = rangeInside(body, selection);
  body.focus({ preventScroll: true });
  const range = existing ?? caretAtEnd(body, doc, selection);

  let method: InsertMethod = 'execCommand';
  if (!tryExecCommand(doc, html)) {
    method = 'range';
    range.deleteContents();
    const fragment = inertFragment(doc, html);
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }
  const InputEventCtor = doc.defaultView?.InputEvent ?? InputEvent;
  body.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertHTML' }));
  return method;
}

/** Fills the subject only if the user has not written one; returns whether it did. */
export function setSubjectIfEmpty(input: HTMLInputElement, text: string): boolean {
  if (input.value.trim() !== '') return false;
  input.value = text;
  const view = input.ownerDocument.defaultView;
  const EventCtor = view?.Event ?? Event;
  input.dispatchEvent(new EventCtor('input', { bubbles: true }));
  input.dispatchEvent(new EventCtor('change', { bubbles: true }));
  return true;
}
