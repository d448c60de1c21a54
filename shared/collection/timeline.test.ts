import { describe, expect, it } from 'vitest';
import { toDayNumber } from './days';
import { buildTimeline, contactedSince, lastContactDay, lastContactOf } from './timeline';
import { makeEvent } from './test-factories';

const MADRID = 'Europe/Madrid';

describe('timeline', () => {
  // Given out of order; 23:30 UTC on 9 March is already the 10th in Madrid.
  const timeline = buildTimeline(
    [
      makeEvent({ id: 'late-night', at: '2026-03-09T23:30:00.000Z', step: 'overdue' }),
      makeEvent({ id: 'reply', at: '2026-03-12T10:00:00.000Z', direction: 'inbound' }),
      makeEvent({ id: 'call', at: '2026-03-11T10:00:00.000Z', kind: 'call', outcome: 'reached', step: 'call' }),
      makeEvent({ id: 'note', at: '2026-03-13T10:00:00.000Z', kind: 'note', channel: 'system', direction: 'internal' }),
      makeEvent({ id: 'b-same-time', at: '2026-03-05T10:00:00.000Z', step: 'due' }),
      makeEvent({ id: 'a-same-time', at: '2026-03-05T10:00:00.000Z' }),
    ],
    MADRID,
  );

  it('orders every event by time then id, and keeps only outbound contacts as contacts', () => {
    expect(timeline.events.map((item) => item.event.id)).toEqual(['a-same-time', 'b-same-time', 'late-night', 'call', 'reply', 'note']);
    expect(timeline.contacts.map((contact) => [contact.event.id, contact.day])).toEqual([
      ['a-same-time', toDayNumber('2026-03-05')],
      ['b-same-time', toDayNumber('2026-03-05')],
      ['late-night', toDayNumber('2026-03-10')],
      ['call', toDayNumber('2026-03-11')],
    ]);
  });

  it.each([
    ['2026-03-10', undefined, true],
    ['2026-03-10', 'overdue', true],
    ['2026-03-11', 'overdue', false],
    ['2026-03-12', undefined, false],
    ['2026-03-01', 'due', true],
    ['2026-03-06', 'due', false],
  ] as const)('contacted since %s for %s: %s', (since, purpose, expected) => {
    expect(contactedSince(timeline, toDayNumber(since), purpose)).toBe(expected);
  });

  it('finds the latest contact day for some purposes', () => {
    expect(lastContactDay(timeline, toDayNumber('2026-03-01'), ['due', 'overdue'])).toBe(toDayNumber('2026-03-10'));
    expect(lastContactDay(timeline, toDayNumber('2026-03-01'))).toBe(toDayNumber('2026-03-11'));
    expect(lastContactDay(timeline, toDayNumber('2026-03-01'), ['firm'])).toBeNull();
  });

  it('reports the last contact without an absent step', () => {
    expect(lastContactOf(timeline)).toEqual({ at: '2026-03-11T10:00:00.000Z', kind: 'call', channel: 'phone', step: 'call' });
    const noStep = buildTimeline([makeEvent({ at: '2026-03-11T10:00:00.000Z' })], MADRID);
    expect(lastContactOf(noStep)).toEqual({ at: '2026-03-11T10:00:00.000Z', kind: 'email', channel: 'email' });
    expect(Object.keys(lastContactOf(noStep)!)).not.toContain('step');
    expect(lastContactOf(buildTimeline([], MADRID))).toBeNull();
  });
});
