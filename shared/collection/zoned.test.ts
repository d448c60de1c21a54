import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from './days';
import { CollectionError } from './errors';
import { localDayOf, localMoment, startOfLocalDay, zonedInstant } from './zoned';

const ZONES = ['Europe/Madrid', 'America/New_York', 'America/Guayaquil', 'Asia/Kolkata', 'Pacific/Auckland', 'Australia/Lord_Howe', 'UTC'];

describe('local time of an instant', () => {
  it('matches TZDate for any instant and zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const reference = new TZDate(ms, zone);
          const local = localMoment(ms, zone);
          expect(local.day).toBe(Date.UTC(reference.getFullYear(), reference.getMonth(), reference.getDate()) / 86_400_000);
          expect(local.minutes).toBe(reference.getHours() * 60 + reference.getMinutes());
          expect(local.weekday).toBe(reference.getDay());
          expect(localDayOf(ms, zone)).toBe(local.day);
        },
      ),
    );
  });

  it.each([
    // 23:30 UTC on New Year's Eve: already 1 January in Madrid, still 31 December in New York.
    ['2026-12-31T23:30:00Z', 'Europe/Madrid', '2027-01-01', 30],
    ['2026-12-31T23:30:00Z', 'America/New_York', '2026-12-31', 18 * 60 + 30],
    ['2026-03-29T01:30:00Z', 'Europe/Madrid', '2026-03-29', 3 * 60 + 30],
    ['2026-10-25T00:30:00Z', 'Europe/Madrid', '2026-10-25', 2 * 60 + 30],
    ['2026-10-25T01:30:00Z', 'Europe/Madrid', '2026-10-25', 2 * 60 + 30],
  ])('%s in %s is %s at minute %i', (instant, zone, date, minutes) => {
    const local = localMoment(Date.parse(instant), zone);
    expect(local.day).toBe(toDayNumber(date));
    expect(local.minutes).toBe(minutes);
  });

  it('refuses an unknown time zone with a typed error', () => {
    expect(() => localMoment(0, 'Mars/Olympus_Mons')).toThrow(CollectionError);
    try {
      localDayOf(0, 'Mars/Olympus_Mons');
    } catch (error) {
      expect((error as CollectionError).code).toBe('invalid-time-zone');
    }
  });
});

describe('instant of a local wall time', () => {
  it.each([
    // Ordinary days either side of the Madrid spring change.
    ['2026-03-28', '09:00', 'Europe/Madrid', '2026-03-28T08:00:00.000Z'],
    ['2026-03-29', '09:00', 'Europe/Madrid', '2026-03-29T07:00:00.000Z'],
    // 02:30 does not exist on 29 March in Madrid: the clock jumps from 02:00 to 03:00 (01:00 UTC).
    ['2026-03-29', '02:30', 'Europe/Madrid', '2026-03-29T01:00:00.000Z'],
    // 02:30 happens twice on 25 October: the first one (summer time) wins.
    ['2026-10-25', '02:30', 'Europe/Madrid', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', '09:00', 'Europe/Madrid', '2026-10-25T08:00:00.000Z'],
    ['2026-03-08', '08:00', 'America/New_York', '2026-03-08T12:00:00.000Z'],
    ['2026-03-08', '02:15', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['2026-11-01', '08:00', 'America/New_York', '2026-11-01T13:00:00.000Z'],
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-07-01', '24:00', 'America/Guayaquil', '2026-07-02T05:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    const [hours, minutes] = time.split(':').map(Number) as [number, number];
    expect(new Date(zonedInstant(toDayNumber(date), hours * 60 + minutes, zone)).toISOString()).toBe(expected);
  });

  it('agrees with TZDate on whole hours away from transitions, and reads back as the same wall time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2040-01-01') }),
        fc.integer({ min: 5, max: 23 }),
        fc.constantFrom(...ZONES.filter((zone) => zone !== 'Australia/Lord_Howe')),
        (day, hour, zone) => {
          const instant = zonedInstant(day, hour * 60, zone);
          const date = new Date(day * 86_400_000);
          expect(instant).toBe(new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, zone).getTime());
          const local = localMoment(instant, zone);
          expect([local.day, local.minutes]).toEqual([day, hour * 60]);
        },
      ),
    );
  });

  it('starts each local day at its own midnight', () => {
    expect(new Date(startOfLocalDay(toDayNumber('2026-11-23'), 'America/Guayaquil')).toISOString()).toBe(
      '2026-11-23T05:00:00.000Z',
    );
  });
});
