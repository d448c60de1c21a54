// Where the send handler finds a way to write the ledger directly. In a browser runtime
// (Outlook on the web, new Outlook on Windows, Outlook on Mac) commands.html also loads a module
// that opens the task pane's database and offers a writer here; the classic send script, which
// must stay a small script without modules, only looks it up. In the JavaScript-only runtime
// of classic Outlook on Windows nothing is ever offered.
import type { LogResult } from './log-sent-mail';
import type { SentMail } from './sent-mail';

export interface SentMailWriter {
  log(sent: SentMail): Promise<LogResult>;
}

interface Slot {
  writer: SentMailWriter | null;
  waiting: Array<(writer: SentMailWriter) => void>;
}

// Symbol.for: the same key from both bundles in one realm.
const SLOT = Symbol.for('cobro.sentMailWriter');

function slot(): Slot {
  const scope = globalThis as unknown as Record<symbol, Slot | undefined>;
  let current = scope[SLOT];
  if (!current) {
    current = { writer: null, waiting: [] };
    scope[SLOT] = current;
  }
  return current;
}

export function offerWriter(writer: SentMailWriter): void {
  const current = slot();
  current.writer = writer;
  const waiting = current.waiting.splice(0);
  for (const resolve of waiting) resolve(writer);
}

/** Whether this runtime can hold the ledger at all: a page with IndexedDB. */
export function canHoldLedger(): boolean {
  const scope = globalThis as { indexedDB?: unknown; document?: unknown };
  return scope.indexedDB !== undefined && scope.indexedDB !== null && scope.document !== undefined;
}

/** The writer, waiting up to `waitMs` for the module to offer one; null where none can come. */
export function findWriter(waitMs: number): Promise<SentMailWriter | null> {
  const current = slot();
  if (current.writer) return Promise.resolve(current.writer);
  if (!canHoldLedger()) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      current.waiting = current.waiting.filter((entry) => entry !== take);
      resolve(null);
    }, waitMs);
    const take = (writer: SentMailWriter) => {
      clearTimeout(timer);
      resolve(writer);
    };
    current.waiting.push(take);
  });
}
