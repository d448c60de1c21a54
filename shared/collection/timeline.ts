// The contact log in time order, with each outbound contact placed on the debtor's calendar
// once, so every "has this been sent since..." question is a scan of numbers.
import { CONTACT_KINDS, type Channel, type Event, type EventKind, type TemplatePurpose } from '../ledger/schema';
import type { IsoDateTime } from '../dates';
import type { DayNumber } from './days';
import { compareText } from './order';
import { localDayOf } from './zoned';

/** An outbound contact (e-mail, call, letter, SMS, meeting) we made. */
export interface Contact {
  event: Event;
  ms: number;
  /** The debtor's local day it happened on. */
  day: DayNumber;
  step: TemplatePurpose | undefined;
}

export interface TimedEvent {
  event: Event;
  ms: number;
}

export interface Timeline {
  /** Every event, oldest first (ties by id). */
  events: TimedEvent[];
  /** Outbound contacts, oldest first (ties by id). */
  contacts: Contact[];
}

const CONTACT_KIND_SET: ReadonlySet<string> = new Set(CONTACT_KINDS);

export function isOutboundContact(event: Event): boolean {
  return event.direction === 'outbound' && CONTACT_KIND_SET.has(event.kind);
}

/** A call with someone on the other end: reached, or logged without an outcome (voicemail, no answer and refusals are not). */
export function isConversation(event: Event): boolean {
  return event.kind === 'call' && (event.outcome === undefined || event.outcome === 'reached');
}

export function buildTimeline(events: readonly Event[], timeZone: string): Timeline {
  const timed = events
    .map((event) => ({ event, ms: Date.parse(event.at) }))
    .sort((a, b) => a.ms - b.ms || compareText(a.event.id, b.event.id));
  const contacts: Contact[] = [];
  for (const { event, ms } of timed) {
    if (isOutboundContact(event)) contacts.push({ event, ms, day: localDayOf(ms, timeZone), step: event.step });
  }
  return { events: timed, contacts };
}

/** Whether we contacted the debtor on or after `since` (a local day), optionally for a purpose. */
export function contactedSince(timeline: Timeline, since: DayNumber, purpose?: TemplatePurpose): boolean {
  return lastContactDay(timeline, since, purpose === undefined ? undefined : [purpose]) !== null;
}

/** Local day of the latest contact on or after `since`, optionally only for some purposes. */
export function lastContactDay(
  timeline: Timeline,
  since: DayNumber,
  purposes?: readonly TemplatePurpose[],
): DayNumber | null {
  const { contacts } = timeline;
  for (let index = contacts.length - 1; index >= 0; index--) {
    const contact = contacts[index]!;
    if (contact.day < since) return null;
    if (purposes === undefined || (contact.step !== undefined && purposes.includes(contact.step))) return contact.day;
  }
  return null;
}

export interface LastContact {
  at: IsoDateTime;
  kind: EventKind;
  channel: Channel;
  step?: TemplatePurpose;
}

export function lastContactOf(timeline: Timeline): LastContact | null {
  const latest = timeline.contacts[timeline.contacts.length - 1];
  if (!latest) return null;
  const { at, kind, channel, step } = latest.event;
  return step === undefined ? { at, kind, channel } : { at, kind, channel, step };
}
