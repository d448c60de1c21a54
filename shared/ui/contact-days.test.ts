import { describe, expect, it } from 'vitest';
import type { PolicyDecision, PolicyReason } from '../collection/status';
import type { IsoDate, IsoDateTime } from '../dates';
import { createTranslator } from '../i18n/translate';
import { contactDays, type ContactDayItem } from './contact-days';

/** A row as followups-today gives it, reduced to what the headings read. */
function row(id: string, timeZone: string, today: string, reasons: PolicyReason[], nextAllowedAt: string | null): ContactDayItem {
  const policy: PolicyDecision = {
    allowed: reasons.length === 0,
    reasons,
    nextAllowedAt: nextAllowedAt as IsoDateTime | null,
    contactsInWindow: 0,
    maxContacts: null,
    windowDays: 7,
    localTime: '10:30',
  };
  return { debtor: { id, timeZone }, status: { today: today as IsoDate, policy } };
}

const SATURDAY = '2026-03-07';
const weekend: PolicyReason = { code: 'weekend', weekday: 6 };
const lateEvening: PolicyReason = { code: 'outside-hours', localTime: '21:15', startHour: 9, endHour: 20 };
const night: PolicyReason = { code: 'outside-hours', localTime: '03:30', startHour: 9, endHour: 20 };
const paused: PolicyReason = { code: 'paused', until: null };
// Monday 9:00 in Madrid and in Mexico City.
const MONDAY_MADRID = '2026-03-09T08:00:00.000Z';
const MONDAY_MEXICO = '2026-03-09T15:00:00.000Z';

describe('contactDays', () => {
  it.each([
    [
      'a weekend in one place: said once, no row repeats it',
      'en',
      [row('a', 'Europe/Madrid', SATURDAY, [weekend], MONDAY_MADRID), row('b', 'Europe/Madrid', SATURDAY, [weekend], MONDAY_MADRID)],
      ['Today is not a contact day in Madrid; these are for Monday.'],
      { a: null, b: null },
    ],
    [
      'the same in Spanish',
      'es-ES',
      [row('a', 'Europe/Madrid', SATURDAY, [weekend], MONDAY_MADRID)],
      ['Hoy no es día de contacto en Madrid; estos son para el lunes.'],
      { a: null },
    ],
    [
      'two places that would say the same share one sentence; the hour inside a weekend is not said again',
      'es-ES',
      [
        row('a', 'Europe/Madrid', SATURDAY, [weekend], MONDAY_MADRID),
        row('b', 'America/Mexico_City', SATURDAY, [night, weekend], MONDAY_MEXICO),
      ],
      ['Hoy no es día de contacto en Madrid y Ciudad de México; estos son para el lunes.'],
      { a: null, b: null },
    ],
    [
      'places that say different things: one sentence each',
      'en',
      [
        row('a', 'Europe/Madrid', SATURDAY, [weekend], MONDAY_MADRID),
        row('b', 'America/Mexico_City', '2026-03-06', [night], '2026-03-06T15:00:00.000Z'),
      ],
      ['Today is not a contact day in Madrid; these are for Monday.', 'Outside contact hours in Mexico City (03:30 there); these are for today from 09:00.'],
      { a: null, b: null },
    ],
    [
      'a weekday evening: the hour, and tomorrow',
      'en',
      [row('a', 'Europe/Madrid', '2026-03-03', [lateEvening], '2026-03-04T08:00:00.000Z')],
      ['Outside contact hours in Madrid (21:15 there); these are for tomorrow.'],
      { a: null },
    ],
    [
      'before opening time: later the same day',
      'es-ES',
      [row('a', 'America/Mexico_City', '2026-03-03', [night], '2026-03-03T15:00:00.000Z')],
      ['Fuera del horario de contacto en Ciudad de México (03:30 allí); estos son para hoy a partir de las 09:00.'],
      { a: null },
    ],
    [
      'a reason of its own stays on the row, and the day comes from the rows only the calendar holds',
      'en',
      [
        row('a', 'Europe/Madrid', SATURDAY, [weekend, paused], null),
        row('b', 'Europe/Madrid', SATURDAY, [weekend], MONDAY_MADRID),
      ],
      ['Today is not a contact day in Madrid; these are for Monday.'],
      { a: 'Not now: reminders paused', b: null },
    ],
    [
      'a row that can be written to under a "not today" heading says so; elsewhere nothing is said',
      'en',
      [
        row('a', 'Europe/Madrid', SATURDAY, [weekend], MONDAY_MADRID),
        row('b', 'Europe/Madrid', SATURDAY, [], SATURDAY),
        row('c', 'Europe/London', SATURDAY, [], SATURDAY),
      ],
      ['Today is not a contact day in Madrid; these are for Monday.'],
      { a: null, b: 'You can write now', c: null },
    ],
    [
      'no day to reopen: the heading says only that today is not one',
      'en',
      [row('a', 'Europe/Madrid', SATURDAY, [weekend, paused], null)],
      ['Today is not a contact day in Madrid.'],
      { a: 'Not now: reminders paused' },
    ],
    [
      'more than a week away: a date',
      'en',
      [row('a', 'Europe/Madrid', '2026-12-24', [{ code: 'holiday', date: '2026-12-24' as IsoDate, source: 'user' }], '2027-01-07T08:00:00.000Z')],
      ['Today is not a contact day in Madrid; these are for Jan 7, 2027.'],
      { a: null },
    ],
  ])('%s (%s)', (_, locale, items, headings, rows) => {
    const days = contactDays(items, createTranslator(locale), locale);
    expect(days.headings.map((heading) => heading.text)).toEqual(headings);
    expect(Object.fromEntries(Object.keys(rows).map((id) => [id, days.rowNotice(id)]))).toEqual(rows);
  });
});
