// The generic scanner: on a site the user turned Cobro on for and no recipe knows, it reads the
// page's text and text fields for e-mail addresses and invoice-number-like tokens (`tokensIn`) and
// hands each new one to `ask`, which asks the ledger for exact matches (the ledger never comes to
// the page). It knows no site: what it finds is only a candidate until the ledger says it is known.
//
// It never makes a long task: the page is read in idle-time slices (requestIdleCallback, or a zero
// timer where there is none), and after the first read only what changed is read again — added
// nodes, changed text, text fields the user typed in or a script set — gathered for 100 ms after
// the last change but never for more than 5 s (Bitwarden's field scanner waits the same way), so a
// page that never stops changing is still read. Each value is asked about once per page; every
// element it was seen in is kept, so the overlay can place a chip on each occurrence of a match,
// including ones that appear later (`onFound`). The open shadow roots of the page's web components
// are read and watched too; Cobro's own elements (and their shadow roots) never are.

import { tokensIn } from './scanner-tokens';

export type CandidateKind = 'email' | 'number';

export interface Candidate {
  kind: CandidateKind;
  value: string;
  /** The element holding the text (the text node's parent) or the text field itself. */
  anchor: Element;
}

export interface ScanBatch {
  emails: string[];
  numbers: string[];
}

/** What an idle callback is given; the scheduler's fallback makes one from a time slice. */
export interface ScanDeadline {
  timeRemaining(): number;
  readonly didTimeout?: boolean;
}

/** Runs `run` once, when the page is idle; returns a way to cancel it. */
export type ScanSchedule = (run: (deadline: ScanDeadline) => void) => () => void;

export interface ScanLimits {
  /** Values per `ask`: the ledger request's own limits. */
  batchEmails: number;
  batchNumbers: number;
  /** Values asked about on one page, all kinds together; past it no new value is asked about. */
  total: number;
}

export const SCAN_LIMITS: ScanLimits = { batchEmails: 500, batchNumbers: 500, total: 20_000 };

export interface PageScannerDeps {
  root: Document;
  /** The window whose timers and observer are used; the document's own by default. */
  win?: Window & typeof globalThis;
  /** Cobro's own shadow hosts (elements named COBRO-…): never read. */
  isOwnNode(node: Node): boolean;
  /**
   * Asks the ledger about values new to this page. Calls are made one at a time, in order. When it
   * fails the values are forgotten, so their next appearance asks again.
   */
  ask(batch: ScanBatch): Promise<void>;
  /**
   * Every occurrence read in one slice, after the values new to the page among them have been handed
   * to `ask`: the overlay places chips for the values it already knows matched.
   */
  onFound?(candidates: Candidate[]): void;
  schedule?: ScanSchedule;
  limits?: Partial<ScanLimits>;
}

/** Chrome and Firefox content scripts have requestIdleCallback; anything else gets 8 ms slices after a zero timer. */
export function idleSchedule(win: Window & typeof globalThis): ScanSchedule {
  if (typeof win.requestIdleCallback === 'function') {
    return (run) => {
      // A busy page still gets read: after a second the slice runs anyway (and is a short one).
      const id = win.requestIdleCallback(run, { timeout: 1000 });
      return () => win.cancelIdleCallback(id);
    };
  }
  return (run) => {
    const id = win.setTimeout(() => {
      const end = win.performance.now() + 8;
      run({ timeRemaining: () => Math.max(0, end - win.performance.now()) });
    }, 0);
    return () => win.clearTimeout(id);
  };
}

const QUIET_MS = 100;
const MAX_WAIT_MS = 5000;
/** A slice given after the idle callback timed out (it then has no time left by its own measure). */
const FORCED_SLICE_MS = 4;
const MAX_TEXT = 50_000;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] };
/** Kept per value: a page showing one address a thousand times needs no thousand chips. */
const MAX_ANCHORS_PER_VALUE = 200;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'SVG', 'NOSCRIPT', 'HEAD', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS']);
/** Input types whose value is text a person reads; never password or hidden. */
const TEXT_INPUTS = new Set(['', 'text', 'email', 'search', 'url', 'tel', 'number']);

export class PageScanner {
  private readonly deps: PageScannerDeps;
  private readonly limits: ScanLimits;
  private readonly schedule: ScanSchedule;
  private readonly win: Window & typeof globalThis;
  /** Every value handed to `ask` (or about to be), by kind. */
  private readonly asked = { email: new Set<string>(), number: new Set<string>() };
  private readonly anchors = { email: new Map<string, Set<Element>>(), number: new Map<string, Set<Element>>() };
  /** Roots waiting to be read, in order; the walker is in the first one. */
  private readonly queue: Node[] = [];
  private walker: TreeWalker | null = null;
  /** Changes gathered while the page is still changing. */
  private changed = new Set<Node>();
  private quietTimer: number | null = null;
  private firstChangeAt: number | null = null;
  private cancelSlice: (() => void) | null = null;
  private pending: ScanBatch = { emails: [], numbers: [] };
  private asking: Promise<void> = Promise.resolve();
  private asksInFlight = 0;
  private waiters: (() => void)[] = [];
  private signal: AbortSignal | null = null;
  private observer: MutationObserver | null = null;
  /** The page's own open shadow roots met so far (web components): read and watched like the document. */
  private readonly shadows = new WeakSet<ShadowRoot>();

  constructor(deps: PageScannerDeps) {
    this.deps = deps;
    this.limits = { ...SCAN_LIMITS, ...deps.limits };
    const win = deps.win ?? (deps.root.defaultView as (Window & typeof globalThis) | null);
    if (!win) throw new Error('PageScanner: the document has no window');
    this.win = win;
    this.schedule = deps.schedule ?? idleSchedule(win);
  }

  /** Reads the whole page, then what changes, until the signal aborts. */
  start(signal: AbortSignal): void {
    if (signal.aborted || this.signal) return;
    this.signal = signal;
    const doc = this.deps.root;
    const win = this.win;
    const observer = new win.MutationObserver((records) => this.onMutations(records));
    this.observer = observer;
    observer.observe(doc.documentElement, OBSERVED);
    const onInput = (event: Event) => {
      if (event.target !== null) this.noteChange(event.target as Node);
    };
    doc.addEventListener('input', onInput, { capture: true, signal });
    doc.addEventListener('change', onInput, { capture: true, signal });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        this.cancelSlice?.();
        this.cancelSlice = null;
        if (this.quietTimer !== null) win.clearTimeout(this.quietTimer);
        this.quietTimer = null;
        this.queue.length = 0;
        this.walker = null;
        this.changed.clear();
        this.pending = { emails: [], numbers: [] };
        this.settle();
      },
      { once: true },
    );
    this.enqueue(doc.body ?? doc.documentElement);
  }

  /** The connected elements where this value was seen and still is. */
  anchorsOf(kind: CandidateKind, value: string): Element[] {
    const seen = this.anchors[kind].get(value);
    if (!seen) return [];
    const found: Element[] = [];
    for (const element of seen) {
      if (element.isConnected && holds(element, kind, value)) found.push(element);
      else seen.delete(element);
    }
    return found;
  }

  /** Whether this value has been handed to `ask` on this page. */
  wasAsked(kind: CandidateKind, value: string): boolean {
    return this.asked[kind].has(value);
  }

  /** Resolves once nothing is waiting to be read and every ask has settled (or the scan stopped). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private isIdle(): boolean {
    return (
      this.signal === null ||
      this.signal.aborted ||
      (this.queue.length === 0 && this.changed.size === 0 && this.cancelSlice === null && this.asksInFlight === 0)
    );
  }

  private settle(): void {
    if (!this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach((node) => this.noteChange(node));
      else this.noteChange(record.target);
    }
  }

  private noteChange(node: Node): void {
    if (this.signal?.aborted || this.isOwnNode(node)) return;
    const win = this.win;
    this.changed.add(node);
    const now = win.performance.now();
    this.firstChangeAt ??= now;
    if (this.quietTimer !== null) win.clearTimeout(this.quietTimer);
    const wait = Math.max(0, Math.min(QUIET_MS, this.firstChangeAt + MAX_WAIT_MS - now));
    this.quietTimer = win.setTimeout(() => this.takeChanges(), wait);
  }

  private takeChanges(): void {
    this.quietTimer = null;
    this.firstChangeAt = null;
    const changed = this.changed;
    this.changed = new Set();
    // A node inside another changed node is read with it: a row added, then its cells filled, is read once.
    for (const node of changed) if (node.isConnected && !hasChangedAncestor(node, changed)) this.enqueue(node);
    this.settle();
  }

  private enqueue(node: Node): void {
    this.queue.push(node);
    if (this.cancelSlice === null) this.cancelSlice = this.schedule((deadline) => this.slice(deadline));
  }

  private slice(deadline: ScanDeadline): void {
    this.cancelSlice = null;
    if (this.signal?.aborted) return;
    const win = this.win;
    const forcedEnd = deadline.didTimeout ? win.performance.now() + FORCED_SLICE_MS : null;
    const hasTime = () => (forcedEnd !== null ? win.performance.now() < forcedEnd : deadline.timeRemaining() > 0);
    const found: Candidate[] = [];
    let read = 0;
    // At least one node per slice, so a page that is never idle is still read, slowly.
    while (read === 0 || hasTime()) {
      const node = this.nextNode();
      if (node === null) break;
      read += 1;
      this.read(node, found);
    }
    this.flush();
    if (found.length > 0) this.deps.onFound?.(found);
    if (this.queue.length > 0 && !this.signal?.aborted) {
      this.cancelSlice = this.schedule((next) => this.slice(next));
    } else {
      this.queue.length = 0;
      this.walker = null;
    }
    this.settle();
  }

  /** The next text node or text field, across the queued roots. */
  private nextNode(): Node | null {
    for (;;) {
      if (this.walker === null) {
        const root = this.queue[0];
        if (root === undefined) return null;
        if (!root.isConnected || this.insideSkipped(root)) {
          this.queue.shift();
          continue;
        }
        if (root.nodeType === TEXT_NODE || isTextField(root)) {
          this.queue.shift();
          return root;
        }
        this.walker = this.deps.root.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
          acceptNode: (node) => {
            if (node.nodeType === TEXT_NODE) return node.parentNode?.nodeName === 'TEXTAREA' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
            if (isTextField(node)) return NodeFilter.FILTER_ACCEPT;
            if (this.isSkippedElement(node)) return NodeFilter.FILTER_REJECT;
            this.meetShadow((node as Element).shadowRoot);
            return NodeFilter.FILTER_SKIP;
          },
        });
      }
      const node = this.walker.nextNode();
      if (node !== null) return node;
      this.walker = null;
      this.queue.shift();
    }
  }

  /** A web component's open shadow root is read after the current root, and watched from now on. */
  private meetShadow(shadow: ShadowRoot | null): void {
    if (shadow === null || this.shadows.has(shadow)) return;
    this.shadows.add(shadow);
    this.observer?.observe(shadow, OBSERVED);
    // Queued only: the slice reading this root schedules the next one while the queue is not empty.
    this.queue.push(shadow);
  }

  private isOwnNode(node: Node): boolean {
    for (let at: Node | null = node; at !== null; at = at.parentNode) if (this.deps.isOwnNode(at)) return true;
    return false;
  }

  /** Not read: the page's code and styles, pictures, templates, and Cobro's own elements. A textarea is read as a field. */
  private isSkippedElement(node: Node): boolean {
    if (node.nodeType !== ELEMENT_NODE) return false;
    return SKIPPED.has(node.nodeName.toUpperCase()) || this.deps.isOwnNode(node);
  }

  /** A node queued after a change may be inside a skipped element (a style sheet's text being rewritten). */
  private insideSkipped(node: Node): boolean {
    for (let at: Node | null = node.parentNode; at !== null; at = at.parentNode) if (this.isSkippedElement(at)) return true;
    return node.nodeType === ELEMENT_NODE && !isTextField(node) && this.isSkippedElement(node);
  }

  private read(node: Node, found: Candidate[]): void {
    let text: string;
    let anchor: Element | null;
    if (node.nodeType === TEXT_NODE) {
      text = node.nodeValue ?? '';
      // Text right inside a web component's shadow root has no parent element: its host stands for it.
      anchor = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
    } else {
      text = (node as HTMLInputElement | HTMLTextAreaElement).value;
      anchor = node as Element;
    }
    if (anchor === null || text.trim().length < 3) return;
    // One text node is read in one go; a huge one (a log in a <pre>, data printed on the page) is read
    // only in its first part, so that it cannot make a long task (about 15 ms for 50,000 characters).
    const tokens = tokensIn(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
    for (const value of tokens.emails) this.note('email', value, anchor, found);
    for (const value of tokens.numbers) this.note('number', value, anchor, found);
  }

  private note(kind: CandidateKind, value: string, anchor: Element, found: Candidate[]): void {
    if (!this.asked[kind].has(value)) {
      // Past the page's limit new values are not asked about; those already asked still gain anchors.
      if (this.asked.email.size + this.asked.number.size >= this.limits.total) return;
      this.asked[kind].add(value);
      const batch = kind === 'email' ? this.pending.emails : this.pending.numbers;
      batch.push(value);
      if (batch.length >= (kind === 'email' ? this.limits.batchEmails : this.limits.batchNumbers)) this.flush();
    }
    let seen = this.anchors[kind].get(value);
    if (!seen) this.anchors[kind].set(value, (seen = new Set()));
    if (seen.size >= MAX_ANCHORS_PER_VALUE && !seen.has(anchor)) {
      for (const element of seen) if (!element.isConnected) seen.delete(element);
      if (seen.size >= MAX_ANCHORS_PER_VALUE) return;
    }
    seen.add(anchor);
    found.push({ kind, value, anchor });
  }

  private flush(): void {
    const batch = this.pending;
    if (batch.emails.length === 0 && batch.numbers.length === 0) return;
    this.pending = { emails: [], numbers: [] };
    this.asksInFlight += 1;
    this.asking = this.asking
      .then(() => (this.signal?.aborted ? undefined : this.deps.ask(batch)))
      .catch(() => {
        // The ledger could not be asked (the background was restarting): ask again when they reappear.
        for (const value of batch.emails) this.asked.email.delete(value);
        for (const value of batch.numbers) this.asked.number.delete(value);
      })
      .finally(() => {
        this.asksInFlight -= 1;
        this.settle();
      });
  }
}

function hasChangedAncestor(node: Node, changed: Set<Node>): boolean {
  for (let at = node.parentNode; at !== null; at = at.parentNode) if (changed.has(at)) return true;
  return false;
}

function isTextField(node: Node): node is HTMLInputElement | HTMLTextAreaElement {
  if (node.nodeName === 'TEXTAREA') return true;
  if (node.nodeName !== 'INPUT') return false;
  const type = ((node as Element).getAttribute('type') ?? '').toLowerCase();
  return TEXT_INPUTS.has(type);
}

/** Whether the element still shows the value: a field may have been edited, a cell re-used by the page. */
function holds(element: Element, kind: CandidateKind, value: string): boolean {
  const text = isTextField(element) ? element.value : `${element.textContent ?? ''} ${element.shadowRoot?.textContent ?? ''}`;
  return kind === 'email' ? text.toLowerCase().includes(value) : text.includes(value);
}
