// The claim file's chain over one debtor's events, worked out when the file is made: each
// event's own hash (event-hash.ts, kept with the event in the ledger) is folded into a running
// hash, so the last one — the head — changes if any event is edited, removed, added or moved.
// The ledger keeps no chain: events are hashed one by one, so two copies of a shared ledger can
// merge events without rewriting a chain (DESIGN, "Sharing a ledger").
//
// The rule, so anyone can recompute it from the JSON attached to the claim file:
//   chained₀ = GENESIS (64 zeros)
//   chainedₙ = SHA-256 of the ASCII text chainedₙ₋₁ followed by hashₙ (two lowercase hex strings,
//              128 characters, nothing between them), written as lowercase hex
//   head = chained of the last event (GENESIS when there are none)
// e.g. in a shell: printf '%s%s' "$previous" "$hash" | sha256sum
import { eventHash, sha256Hex } from '../ledger/event-hash';
import type { Event, HashedEvent } from '../ledger/schema';

export const GENESIS = '0'.repeat(64);

export interface ChainLink {
  eventId: string;
  /** The event's own hash, worked out from its fields now. */
  hash: string;
  /** The running hash up to and including this event. */
  chained: string;
}

export interface EventChain {
  links: ChainLink[];
  head: string;
}

/** The order a claim file lists and chains a debtor's events in: by time, then by id. */
export function inTimeOrder<T extends Pick<Event, 'at' | 'id'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The chain over `events` in the order given (inTimeOrder for a claim file). */
export function chainOf(events: readonly (Event | HashedEvent)[]): EventChain {
  let chained = GENESIS;
  const links = events.map((event) => {
    const hash = eventHash(event);
    chained = sha256Hex(chained + hash);
    return { eventId: event.id, hash, chained };
  });
  return { links, head: chained };
}

export type ChainCheck =
  | { ok: true }
  /** `index`: the first event that does not match (its position in the order given). */
  | { ok: false; reason: 'event-changed' | 'link-differs'; index: number }
  | { ok: false; reason: 'count-differs' | 'head-differs' };

/**
 * Checks events against a chain made earlier (a claim file's): every event still carries the
 * hash of its fields, the links agree one by one, and the head is the same.
 */
export function verifyChain(events: readonly HashedEvent[], expected: EventChain): ChainCheck {
  const now = chainOf(events);
  const changed = events.findIndex((event, index) => event.hash !== now.links[index]!.hash);
  if (changed !== -1) return { ok: false, reason: 'event-changed', index: changed };
  if (expected.links.length !== now.links.length) return { ok: false, reason: 'count-differs' };
  const differs = now.links.findIndex((link, index) => {
    const other = expected.links[index]!;
    return link.eventId !== other.eventId || link.hash !== other.hash || link.chained !== other.chained;
  });
  if (differs !== -1) return { ok: false, reason: 'link-differs', index: differs };
  if (now.head !== expected.head) return { ok: false, reason: 'head-differs' };
  return { ok: true };
}
