import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withHash } from '../ledger/event-hash';
import type { HashedEvent } from '../ledger/schema';
import { chainOf, GENESIS, inTimeOrder, verifyChain } from './chain';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'ascii').digest('hex');

function event(id: string, at: string, fields: Partial<HashedEvent> = {}): HashedEvent {
  return withHash({ id, debtorId: 'd1', at, kind: 'note', channel: 'system', direction: 'internal', invoiceIds: [], dedupeKey: `note:${id}`, ...fields });
}

const EVENTS = [
  event('e1', '2026-01-10T09:00:00.000Z', { kind: 'email', channel: 'email', direction: 'outbound', subject: 'Recordatorio' }),
  event('e2', '2026-01-20T09:00:00.000Z', { kind: 'call', channel: 'phone', direction: 'outbound', outcome: 'voicemail' }),
  event('e3', '2026-02-01T12:30:00.000Z', { kind: 'promise', direction: 'inbound', note: 'Pagará el 15' }),
  event('e4', '2026-02-16T08:00:00.000Z', { kind: 'letter', channel: 'letter', direction: 'outbound', note: 'Burofax ref. 123' }),
];
const HEAD = chainOf(EVENTS).head;

describe('chainOf', () => {
  it('starts from 64 zeros and folds each event’s hash in, as documented', () => {
    expect(chainOf([])).toEqual({ links: [], head: GENESIS });
    const [first, second] = EVENTS;
    const one = nodeSha256(GENESIS + first!.hash);
    const two = nodeSha256(one + second!.hash);
    expect(chainOf([first!, second!])).toEqual({
      links: [
        { eventId: 'e1', hash: first!.hash, chained: one },
        { eventId: 'e2', hash: second!.hash, chained: two },
      ],
      head: two,
    });
  });

  it('gives the same head for the same events', () => {
    expect(chainOf(EVENTS.map((e) => ({ ...e }))).head).toBe(HEAD);
    expect(chainOf(inTimeOrder([...EVENTS].reverse())).head).toBe(HEAD);
  });

  it.each<[string, (events: HashedEvent[]) => HashedEvent[]]>([
    ['a field of one event', (events) => events.map((e, i) => (i === 2 ? { ...e, note: 'Pagará el 16' } : e))],
    ['a field, with the event re-hashed to match', (events) => events.map((e, i) => (i === 2 ? withHash({ ...e, note: 'Pagará el 16' }) : e))],
    ['the time of one event', (events) => events.map((e, i) => (i === 0 ? { ...e, at: '2026-01-10T09:00:01.000Z' } : e))],
    ['the order of two events', (events) => [events[1]!, events[0]!, ...events.slice(2)]],
    ['removing one', (events) => events.filter((_, i) => i !== 1)],
    ['removing the last', (events) => events.slice(0, -1)],
    ['adding one', (events) => [...events, event('e5', '2026-03-01T00:00:00.000Z')]],
  ])('changes the head when %s changes', (_what, edit) => {
    expect(chainOf(edit(EVENTS)).head).not.toBe(HEAD);
  });
});

describe('verifyChain', () => {
  const chain = chainOf(EVENTS);

  it('accepts the events it was made from', () => {
    expect(verifyChain(EVENTS, chain)).toEqual({ ok: true });
  });

  it.each<[string, HashedEvent[], ReturnType<typeof verifyChain>]>([
    ['an event edited without its hash', EVENTS.map((e, i) => (i === 2 ? { ...e, note: 'Pagará el 16' } : e)), { ok: false, reason: 'event-changed', index: 2 }],
    ['an event edited and re-hashed', EVENTS.map((e, i) => (i === 1 ? withHash({ ...e, outcome: 'reached' }) : e)), { ok: false, reason: 'link-differs', index: 1 }],
    ['two events swapped', [EVENTS[0]!, EVENTS[2]!, EVENTS[1]!, EVENTS[3]!], { ok: false, reason: 'link-differs', index: 1 }],
    ['one event removed', EVENTS.slice(1), { ok: false, reason: 'count-differs' }],
  ])('refuses %s', (_what, events, expected) => {
    expect(verifyChain(events, chain)).toEqual(expected);
  });

  it('refuses a head that does not follow from the links', () => {
    expect(verifyChain(EVENTS, { ...chain, head: GENESIS })).toEqual({ ok: false, reason: 'head-differs' });
  });
});
