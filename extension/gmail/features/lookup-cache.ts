// What this Gmail tab already knows about addresses: the answers of every 'debtor-lookup' it made
// (the debtor and status an address belongs to, or that it belongs to nobody). A thread whose
// addresses are all known paints its chips at once, and one lookup then revalidates them.
// It lives in the content script's isolated world as plain module state created by start.ts:
// the page cannot reach it, and nothing is ever read back from the DOM into it. Entries go when
// the background says their debtors changed (and are then asked about again, change-refill.ts),
// when the day they were fetched on is over (days late move with the day), and, past the bound,
// least recently used first.
import { localDateOf } from '../../../shared/local-date';
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { LedgerClient } from '../../../shared/ledger/client';
import type { Result } from '../../../shared/ledger/api';
import type { DebtorsChanged } from '../../messaging/protocol';

/** A debtor and their status, null for an address no debtor has, undefined when not known. */
export type Known = DebtorMatch | null | undefined;

interface Entry {
  match: DebtorMatch | null;
  /** The calendar day the answer is good for: the debtor's today, or the tab's local day for "nobody". */
  day: string;
}

export interface LookupCacheOptions {
  /** Most addresses kept; the least recently used go first. */
  capacity?: number;
  /** The clock, in ms since the epoch. */
  now?: () => number;
}

export const LOOKUP_CACHE_CAPACITY = 2000;

// The first Intl.DateTimeFormat a tab builds costs ~20 ms (ICU's calendar and zone data), so it
// is built only when a debtor's entry is first read back, never while the tab loads; the tab's own
// day comes from Date. Later formats are cheap; debtors share a few zones.
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      format = null;
    }
    if (dayFormats.size < 100) dayFormats.set(timeZone, format);
  }
  return format;
}

/** 'YYYY-MM-DD' at `ms` in `timeZone` (the browser's own zone when undefined); null for a zone Intl does not know. */
export function calendarDay(ms: number, timeZone?: string): string | null {
  if (timeZone === undefined) return localDateOf(new Date(ms));
  const format = dayFormat(timeZone);
  if (!format) return null;
  let year = '';
  let month = '';
  let day = '';
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

export class LookupCache {
  private readonly entries = new Map<string, Entry>();
  private readonly capacity: number;
  private readonly now: () => number;
  /** Bumped by every change notice: an answer asked for before one may be stale, and is not kept. */
  private generation = 0;
  /** Addresses a lookup on its way asks about, with how many such lookups. */
  private readonly asked = new Map<string, number>();

  constructor(options: LookupCacheOptions = {}) {
    this.capacity = Math.max(1, options.capacity ?? LOOKUP_CACHE_CAPACITY);
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** What is known about one (normalised) address today. */
  get(address: string): Known {
    const entry = this.entries.get(address);
    if (!entry) return undefined;
    if (!this.isCurrent(entry)) {
      this.entries.delete(address);
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(address);
    this.entries.set(address, entry);
    return entry.match;
  }

  /** The addresses nothing is known about today, in the order given. */
  unknown(addresses: readonly string[]): string[] {
    return addresses.filter((address) => this.get(address) === undefined);
  }

  /** The addresses nothing is known about today that no lookup on its way asks about either. */
  unasked(addresses: readonly string[]): string[] {
    return this.unknown(addresses).filter((address) => !this.asked.has(address));
  }

  /** A lookup of `addresses` is on its way; call the returned function once it is answered or failed. */
  asking(addresses: readonly string[]): () => void {
    for (const address of addresses) this.asked.set(address, (this.asked.get(address) ?? 0) + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      for (const address of addresses) {
        const left = (this.asked.get(address) ?? 1) - 1;
        if (left > 0) this.asked.set(address, left);
        else this.asked.delete(address);
      }
    };
  }

  /** The state answers are recorded against; pass it back to record(). */
  mark(): number {
    return this.generation;
  }

  /**
   * Keeps the answer to a lookup of `asked`: every address of a matched debtor is theirs, every
   * other asked address belongs to nobody. Ignored when a change notice came after `mark`.
   */
  record(asked: readonly string[], matches: readonly DebtorMatch[], mark: number): void {
    if (mark !== this.generation) return;
    const today = calendarDay(this.now());
    const claimed = new Set<string>();
    for (const match of matches) {
      for (const address of match.debtor.emails) {
        claimed.add(address);
        this.put(address, { match, day: match.status.today });
      }
    }
    if (today === null) return;
    for (const address of asked) if (!claimed.has(address)) this.put(address, { match: null, day: today });
  }

  /**
   * Debtors changed. 'all' forgets everything. Otherwise the named debtors' entries go, and so do
   * the "nobody" entries: a debtor created or given a new address may now own one of them.
   * Returns the addresses forgotten, most recently used first.
   */
  forget(change: Pick<DebtorsChanged, 'debtorIds' | 'all'>): string[] {
    this.generation += 1;
    const changed = new Set(change.debtorIds);
    const forgotten: string[] = [];
    for (const [address, entry] of this.entries) {
      if (change.all || entry.match === null || changed.has(entry.match.debtor.id)) forgotten.push(address);
    }
    for (const address of forgotten) this.entries.delete(address);
    return forgotten.reverse();
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private put(address: string, entry: Entry): void {
    this.entries.delete(address);
    this.entries.set(address, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  private isCurrent(entry: Entry): boolean {
    const timeZone = entry.match?.debtor.timeZone;
    return calendarDay(this.now(), timeZone) === entry.day;
  }
}

/** The most addresses one 'debtor-lookup' takes (shared/ledger/api.ts). */
export const LOOKUP_BATCH_LIMIT = 200;

/** The client's 'debtor-lookup', with every answer kept in `cache`. */
export async function lookUpDebtors(client: LedgerClient, cache: LookupCache, addresses: readonly string[]): Promise<Result<DebtorMatch[]>> {
  const asked = addresses.slice(0, LOOKUP_BATCH_LIMIT);
  const mark = cache.mark();
  const answered = cache.asking(asked);
  try {
    const answer = await client.send('debtor-lookup', { emails: asked });
    if (answer.ok) cache.record(asked, answer.value, mark);
    return answer;
  } finally {
    answered();
  }
}
