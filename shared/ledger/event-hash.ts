// Each logged event carries the SHA-256 of its canonical JSON (RFC 8785, the JSON
// Canonicalization Scheme), so a claim file, a backup or anyone holding the events can tell an
// event was changed after it was logged. What it proves is internal consistency, not receipt.
//
// Hashing is synchronous on purpose (@noble/hashes, not crypto.subtle): events are hashed inside
// Dexie transactions, and awaiting anything that is not IndexedDB there (a Web Crypto promise)
// lets the transaction commit early, so the writes after it would fail.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';
import type { z } from 'zod';
import { Event, type HashedEvent } from './schema';

/** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

// A lone half of a surrogate pair (text cut in the middle of an emoji) has no UTF-8 form and
// RFC 8785 refuses it; it is stored as U+FFFD instead, so the event and its hash agree.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wellFormed(item)])) as T;
  }
  return value;
}

/** The hash of an event: over every field but `hash` itself. */
export function eventHash(event: Event | HashedEvent): string {
  const { hash: _hash, ...fields } = event as HashedEvent;
  return sha256Hex(canonicalize(fields) ?? 'null');
}

/**
 * The event as it is stored: checked against the schema and hashed. Every write of an event
 * goes through here, and so does any change to one (a merge moving it to another debtor):
 * a stale hash on the input is replaced.
 */
export function withHash(event: z.input<typeof Event>): HashedEvent {
  const fields = Event.parse(wellFormed(event));
  return { ...fields, hash: eventHash(fields) };
}

/**
 * The same for a row written by an older version, without checking it against today's schema:
 * an upgrade must not fail on a row it has no business judging.
 */
export function hashStoredRow(row: Record<string, unknown>): Record<string, unknown> {
  const { hash: _hash, ...fields } = wellFormed(row);
  return { ...fields, hash: sha256Hex(canonicalize(fields) ?? 'null') };
}

/** How many of the events do not carry the hash of their own fields. */
export function countHashMismatches(events: readonly HashedEvent[]): number {
  return events.reduce((count, event) => (eventHash(event) === event.hash ? count : count + 1), 0);
}
