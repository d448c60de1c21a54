// While Gmail shows a thread list, the senders it lists are looked up in one batch, so the thread
// the user opens next paints its chip from the tab's cache instead of waiting for an answer.
// Runs from the page watch (after Gmail changed the page), never on a timer of its own; asks only
// about addresses the tab knows nothing of today, and not again while a batch is on its way.
import type { LedgerClient } from '../../../shared/ledger/client';
import { uniqueAddresses } from '../address';
import { GMAIL_ATTRIBUTES as A, THREAD_SELECTORS as S } from '../selectors';
import { lookUpDebtors, type LookupCache } from './lookup-cache';

/** Gmail lists 50 threads a page by default (100 at most); one batch covers a page of them. */
export const PREFETCH_BATCH_LIMIT = 100;

export interface ListPrefetchDeps {
  doc: Document;
  client: LedgerClient;
  cache: LookupCache;
}

/** The senders the thread list shows, each once, in list order. */
export function listedSenders(root: ParentNode): string[] {
  return uniqueAddresses([...root.querySelectorAll(`${S.listRow} span[${A.email}]`)].map((span) => span.getAttribute(A.email)));
}

export class ListPrefetch {
  private inFlight = false;
  /** The list last seen, so an unchanged list costs no lookup in the cache either. */
  private seen = '';

  constructor(private readonly deps: ListPrefetchDeps) {}

  /** Called after every page change. */
  update(): void {
    if (this.inFlight) return;
    const listed = listedSenders(this.deps.doc);
    if (listed.length === 0) return;
    const key = listed.join(',');
    if (key === this.seen) return;
    const wanted = this.deps.cache.unknown(listed).slice(0, PREFETCH_BATCH_LIMIT);
    this.seen = key;
    if (wanted.length === 0) return;
    this.inFlight = true;
    void lookUpDebtors(this.deps.client, this.deps.cache, wanted).then((answer) => {
      this.inFlight = false;
      // Unanswered: the next change to the page may ask again.
      if (!answer.ok) {
        this.seen = '';
        return;
      }
      // The list may have changed while the batch was on its way.
      this.update();
    });
  }

  /** Debtors changed: what the list showed may have been forgotten; look again. */
  refresh(): void {
    this.seen = '';
    this.update();
  }
}
