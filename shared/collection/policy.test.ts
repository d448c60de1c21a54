import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactPolicy, Event } from '../ledger/schema';
import { contactPolicyDecision, debtorContactDecision, resolvePolicy, type PolicyArgs } from './policy';
import { localInstant, makeEvent } from './test-factories';

const MADRID = 'Europe/Madrid';
const NEW_YORK = 'America/New_York';
const GUAYAQUIL = 'America/Guayaquil';
const SPAIN: ContactPolicy = { preset: 'spain' };
const SPAIN_EVERY_DAY: ContactPolicy = { preset: 'spain', weekdays: [0, 1, 2, 3, 4, 5, 6] };
const REG_F: ContactPolicy = { preset: 'us-regulation-f' };
const ECUADOR: ContactPolicy = { preset: 'ecuador' };

function decide(policy: ContactPolicy, timeZone: string, now: string, events: Event[] = [], channel?: 'email' | 'phone') {
  const args: PolicyArgs = { policy, timeZone, events, now: new Date(now) };
  return contactPolicyDecision(channel ? { ...args, channel } : args);
}

function emailsAt(...instants: string[]): Event[] {
  return instants.map((at) => makeEvent({ at }));
}

describe('resolvePolicy', () => {
  it.each([
    [SPAIN, { startHour: 9, endHour: 21, weekdays: [1, 2, 3, 4, 5], maxContacts: null, holidayCalendar: 'spain' }],
    [REG_F, { startHour: 8, endHour: 21, weekdays: [0, 1, 2, 3, 4, 5, 6], maxContacts: 7, windowDays: 7, callCooldownDays: 7 }],
    [ECUADOR, { startHour: 7, endHour: 20, weekdays: [1, 2, 3, 4, 5], maxContacts: 1, windowDays: 1, holidayCalendar: 'ecuador' }],
    [{ preset: 'none' }, { startHour: 0, endHour: 24, weekdays: [0, 1, 2, 3, 4, 5, 6], maxContacts: null, holidayCalendar: null }],
    // Per-field overrides win, including an explicit "no cap".
    [{ preset: 'us-regulation-f', maxContacts: null, startHour: 10, weekdays: [5, 1, 1] }, { maxContacts: null, startHour: 10, endHour: 21, weekdays: [1, 5] }],
    [{ preset: 'spain', maxContacts: 3, windowDays: 14, holidays: ['2026-06-24', '2026-06-24', '2026-02-02'] }, { maxContacts: 3, windowDays: 14, holidays: ['2026-02-02', '2026-06-24'] }],
  ] as [ContactPolicy, object][])('%j resolves to %j', (policy, expected) => {
    expect(resolvePolicy(policy)).toMatchObject(expected);
  });
});

describe('hours, weekdays and holidays on the debtor clock', () => {
  it.each([
    // Spain: weekdays 9:00-21:00 (CET = UTC+1 in winter, CEST = UTC+2 in summer).
    ['Tuesday 10:00', SPAIN, MADRID, '2026-03-10T09:00:00.000Z', [], '2026-03-10T09:00:00.000Z', '10:00'],
    ['Tuesday 08:59', SPAIN, MADRID, '2026-03-10T07:59:00.000Z', ['outside-hours'], '2026-03-10T08:00:00.000Z', '08:59'],
    ['Tuesday 20:59', SPAIN, MADRID, '2026-03-10T19:59:00.000Z', [], '2026-03-10T19:59:00.000Z', '20:59'],
    ['Tuesday 21:00', SPAIN, MADRID, '2026-03-10T20:00:00.000Z', ['outside-hours'], '2026-03-11T08:00:00.000Z', '21:00'],
    ['Saturday', SPAIN, MADRID, '2026-03-07T09:00:00.000Z', ['weekend'], '2026-03-09T08:00:00.000Z', '10:00'],
    ['Friday 22:00 to Monday', SPAIN, MADRID, '2026-03-06T21:00:00.000Z', ['outside-hours'], '2026-03-09T08:00:00.000Z', '22:00'],
    // Good Friday 2026 is 3 April; Easter Monday is not a national holiday.
    ['Good Friday', SPAIN, MADRID, '2026-04-03T08:00:00.000Z', ['holiday'], '2026-04-06T07:00:00.000Z', '10:00'],
    ['Twelfth Night', SPAIN, MADRID, '2026-01-06T10:00:00.000Z', ['holiday'], '2026-01-07T08:00:00.000Z', '11:00'],
    ['Christmas on a Sunday', SPAIN, MADRID, '2033-12-25T10:00:00.000Z', ['weekend', 'holiday'], '2033-12-26T08:00:00.000Z', '11:00'],
    // Madrid changes clocks on the last Sunday of March and of October.
    ['Saturday night before spring change', SPAIN_EVERY_DAY, MADRID, '2026-03-28T20:30:00.000Z', ['outside-hours'], '2026-03-29T07:00:00.000Z', '21:30'],
    ['spring change day 08:30 CEST', SPAIN_EVERY_DAY, MADRID, '2026-03-29T06:30:00.000Z', ['outside-hours'], '2026-03-29T07:00:00.000Z', '08:30'],
    ['spring change day 09:30 CEST', SPAIN_EVERY_DAY, MADRID, '2026-03-29T07:30:00.000Z', [], '2026-03-29T07:30:00.000Z', '09:30'],
    ['Saturday night before autumn change', SPAIN_EVERY_DAY, MADRID, '2026-10-24T19:30:00.000Z', ['outside-hours'], '2026-10-25T08:00:00.000Z', '21:30'],
    ['autumn change day 08:30 CET', SPAIN_EVERY_DAY, MADRID, '2026-10-25T07:30:00.000Z', ['outside-hours'], '2026-10-25T08:00:00.000Z', '08:30'],
    ['autumn change day 20:30 CET', SPAIN_EVERY_DAY, MADRID, '2026-10-25T19:30:00.000Z', [], '2026-10-25T19:30:00.000Z', '20:30'],
    // New York: 8:00-21:00 every day (Reg F); clocks change 8 March and 1 November 2026.
    ['NY Saturday 22:00 before spring change', REG_F, NEW_YORK, '2026-03-08T03:00:00.000Z', ['outside-hours'], '2026-03-08T12:00:00.000Z', '22:00'],
    ['NY spring change day 07:30 EDT', REG_F, NEW_YORK, '2026-03-08T11:30:00.000Z', ['outside-hours'], '2026-03-08T12:00:00.000Z', '07:30'],
    ['NY Saturday 22:00 before autumn change', REG_F, NEW_YORK, '2026-11-01T02:00:00.000Z', ['outside-hours'], '2026-11-01T13:00:00.000Z', '22:00'],
    ['NY autumn change day 07:30 EST', REG_F, NEW_YORK, '2026-11-01T12:30:00.000Z', ['outside-hours'], '2026-11-01T13:00:00.000Z', '07:30'],
    ['NY Sunday 08:00 is fine under Reg F', REG_F, NEW_YORK, '2026-06-07T12:00:00.000Z', [], '2026-06-07T12:00:00.000Z', '08:00'],
    // Ecuador: 7:00-20:00, weekdays, national days (10 August 2026 is a Monday).
    ['Ecuador 20:30', ECUADOR, GUAYAQUIL, '2026-06-10T01:30:00.000Z', ['outside-hours'], '2026-06-10T12:00:00.000Z', '20:30'],
    ['Ecuador independence day', ECUADOR, GUAYAQUIL, '2026-08-10T15:00:00.000Z', ['holiday'], '2026-08-11T12:00:00.000Z', '10:00'],
    ['no policy at 03:00 on a Sunday', { preset: 'none' }, MADRID, '2026-03-08T02:00:00.000Z', [], '2026-03-08T02:00:00.000Z', '03:00'],
    ['user holiday', { preset: 'spain', holidays: ['2026-03-10'] }, MADRID, '2026-03-10T09:00:00.000Z', ['holiday'], '2026-03-11T08:00:00.000Z', '10:00'],
    ['narrower hours', { preset: 'spain', startHour: 10, endHour: 14 }, MADRID, '2026-03-10T13:30:00.000Z', ['outside-hours'], '2026-03-11T09:00:00.000Z', '14:30'],
  ] as [string, ContactPolicy, string, string, string[], string, string][])(
    '%s',
    (_name, policy, zone, now, reasons, nextAllowedAt, localTime) => {
      const decision = decide(policy, zone, now);
      expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
      expect(decision.allowed).toBe(reasons.length === 0);
      expect(decision.nextAllowedAt).toBe(nextAllowedAt);
      expect(decision.localTime).toBe(localTime);
    },
  );

  it('says which holiday rule applied', () => {
    expect(decide(SPAIN, MADRID, '2026-04-03T08:00:00.000Z').reasons).toEqual([{ code: 'holiday', date: '2026-04-03', source: 'national' }]);
    expect(decide({ preset: 'spain', holidays: ['2026-03-10'] }, MADRID, '2026-03-10T09:00:00.000Z').reasons).toEqual([
      { code: 'holiday', date: '2026-03-10', source: 'user' },
    ]);
  });

  it.each([
    ['no allowed weekday', { preset: 'spain', weekdays: [] }],
    ['a window that never opens', { preset: 'spain', startHour: 21 }],
  ] as [string, ContactPolicy][])('never allowed with %s: nextAllowedAt is null', (_name, policy) => {
    const decision = decide(policy, MADRID, '2026-03-10T09:00:00.000Z');
    expect(decision.allowed).toBe(false);
    expect(decision.nextAllowedAt).toBeNull();
  });
});

describe('a debtor in another time zone than the machine', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each(['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati'])('gives the same answer on a machine in %s', (machineZone) => {
    process.env.TZ = machineZone;
    // Guard: the runtime really switched zones, or this test would prove nothing.
    const expectedOffset = { UTC: 0, 'Asia/Tokyo': -540, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840 }[machineZone];
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(expectedOffset);
    // Friday 19:30 in Guayaquil is Saturday already in Tokyo and Kiritimati.
    const friday = decide(ECUADOR, GUAYAQUIL, '2026-06-13T00:30:00.000Z');
    expect(friday).toMatchObject({ allowed: true, localTime: '19:30' });
    const fridayLate = decide(ECUADOR, GUAYAQUIL, '2026-06-13T01:30:00.000Z');
    expect(fridayLate.reasons.map((reason) => reason.code)).toEqual(['outside-hours']);
    expect(fridayLate.nextAllowedAt).toBe('2026-06-15T12:00:00.000Z');
  });
});

describe('frequency', () => {
  // Seven contacts, one a day at 10:00 New York time, 4-10 June 2026.
  const sevenDays = emailsAt(
    '2026-06-04T14:00:00.000Z',
    '2026-06-05T14:00:00.000Z',
    '2026-06-06T14:00:00.000Z',
    '2026-06-07T14:00:00.000Z',
    '2026-06-08T14:00:00.000Z',
    '2026-06-09T14:00:00.000Z',
    '2026-06-10T14:00:00.000Z',
  );
  const wednesdayNoon = '2026-06-10T16:00:00.000Z';

  it('Reg F: the seventh contact in seven days closes the door until the oldest leaves the window', () => {
    const decision = decide(REG_F, NEW_YORK, wednesdayNoon, sevenDays);
    expect(decision.reasons).toEqual([{ code: 'too-many-contacts', count: 7, max: 7, windowDays: 7 }]);
    expect(decision.contactsInWindow).toBe(7);
    expect(decision.nextAllowedAt).toBe('2026-06-11T14:00:00.000Z');
  });

  it('Reg F: with eight in the window, the door opens when the second oldest leaves', () => {
    const eight = [makeEvent({ at: '2026-06-04T13:00:00.000Z' }), ...sevenDays];
    const decision = decide(REG_F, NEW_YORK, wednesdayNoon, eight);
    expect(decision.contactsInWindow).toBe(8);
    expect(decision.nextAllowedAt).toBe('2026-06-11T14:00:00.000Z');
  });

  it('Reg F: when the oldest contact leaves the window at night, the next morning opens', () => {
    const lateFirst = [makeEvent({ at: '2026-06-04T02:00:00.000Z' }), ...sevenDays.slice(1)];
    const decision = decide(REG_F, NEW_YORK, wednesdayNoon, lateFirst);
    expect(decision.nextAllowedAt).toBe('2026-06-11T12:00:00.000Z');
    expect(decide(REG_F, NEW_YORK, decision.nextAllowedAt!, lateFirst).allowed).toBe(true);
  });

  it.each([
    ['six contacts', sevenDays.slice(1), true, 6],
    ['an inbound reply does not count', [...sevenDays.slice(1), makeEvent({ at: '2026-06-10T15:00:00.000Z', direction: 'inbound' })], true, 6],
    ['a recorded payment is not a contact', [...sevenDays.slice(1), makeEvent({ at: '2026-06-10T15:00:00.000Z', kind: 'payment', direction: 'internal' })], true, 6],
    ['a contact logged for later has not happened', [...sevenDays.slice(1), makeEvent({ at: '2026-06-10T17:00:00.000Z' })], true, 6],
    ['one falls out of the window exactly', [makeEvent({ at: '2026-06-03T16:00:00.000Z' }), ...sevenDays.slice(1)], true, 6],
    ['calls count too', [...sevenDays.slice(1), makeEvent({ at: '2026-06-10T15:00:00.000Z', kind: 'call', outcome: 'no-answer' })], false, 7],
  ] as [string, Event[], boolean, number][])('Reg F: %s', (_name, events, allowed, count) => {
    const decision = decide(REG_F, NEW_YORK, wednesdayNoon, events);
    expect(decision.allowed).toBe(allowed);
    expect(decision.contactsInWindow).toBe(count);
  });

  it('Reg F: no call within seven days after a conversation, but e-mail is fine', () => {
    const reached = makeEvent({ id: 'call-reached', at: '2026-06-08T15:00:00.000Z', kind: 'call', outcome: 'reached' });
    const phone = decide(REG_F, NEW_YORK, wednesdayNoon, [reached], 'phone');
    expect(phone.reasons).toEqual([{ code: 'recent-conversation', eventId: 'call-reached', at: '2026-06-08T15:00:00.000Z', cooldownDays: 7 }]);
    expect(phone.nextAllowedAt).toBe('2026-06-15T15:00:00.000Z');
    expect(decide(REG_F, NEW_YORK, wednesdayNoon, [reached], 'email').allowed).toBe(true);
    const voicemail = makeEvent({ at: '2026-06-08T15:00:00.000Z', kind: 'call', outcome: 'voicemail' });
    expect(decide(REG_F, NEW_YORK, wednesdayNoon, [voicemail], 'phone').allowed).toBe(true);
    // Spain has no such rule.
    expect(decide(SPAIN, MADRID, wednesdayNoon, [reached], 'phone').allowed).toBe(true);
  });

  it('Ecuador: one contact a day', () => {
    const morning = emailsAt(localInstant('2026-06-09', '08:00', GUAYAQUIL));
    const decision = decide(ECUADOR, GUAYAQUIL, localInstant('2026-06-09', '10:00', GUAYAQUIL), morning);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(['too-many-contacts']);
    expect(decision.nextAllowedAt).toBe(localInstant('2026-06-10', '08:00', GUAYAQUIL));
  });

  it('combines the cap with the calendar: released on a Saturday, allowed on Monday', () => {
    const policy: ContactPolicy = { preset: 'spain', maxContacts: 2, windowDays: 3 };
    const events = emailsAt(localInstant('2026-03-11', '10:00', MADRID), localInstant('2026-03-12', '10:00', MADRID));
    const decision = decide(policy, MADRID, localInstant('2026-03-12', '12:00', MADRID), events);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(['too-many-contacts']);
    expect(decision.nextAllowedAt).toBe(localInstant('2026-03-16', '09:00', MADRID));
  });
});

describe('debtor stops', () => {
  const tuesday = new Date(localInstant('2026-03-10', '10:00', MADRID));
  const base = { policy: SPAIN, timeZone: MADRID, events: [], now: tuesday };

  it.each([
    ['nothing', false, null, true, [], '2026-03-10T09:00:00.000Z'],
    ['do-not-contact', true, null, false, ['do-not-contact'], null],
    ['paused until Thursday', false, { reason: 'talking to their bank', until: '2026-03-12', since: '2026-03-01T10:00:00.000Z' }, false, ['paused'], localInstant('2026-03-13', '09:00', MADRID)],
    ['paused until a Saturday', false, { reason: 'x', until: '2026-03-14', since: '2026-03-01T10:00:00.000Z' }, false, ['paused'], localInstant('2026-03-16', '09:00', MADRID)],
    ['paused until further notice', false, { reason: 'x', until: null, since: '2026-03-01T10:00:00.000Z' }, false, ['paused'], null],
    ['a pause that ended yesterday', false, { reason: 'x', until: '2026-03-09', since: '2026-03-01T10:00:00.000Z' }, true, [], '2026-03-10T09:00:00.000Z'],
    ['both', true, { reason: 'x', until: '2026-03-12', since: '2026-03-01T10:00:00.000Z' }, false, ['do-not-contact', 'paused'], null],
  ] as const)('%s', (_name, doNotContact, pause, allowed, reasons, nextAllowedAt) => {
    const decision = debtorContactDecision({ ...base, doNotContact, pause: pause === null ? null : { ...pause } });
    expect(decision.allowed).toBe(allowed);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
    expect(decision.nextAllowedAt).toBe(nextAllowedAt);
  });
});

describe('properties', () => {
  const zones = fc.constantFrom(MADRID, NEW_YORK, GUAYAQUIL, 'Asia/Tokyo', 'Pacific/Auckland', 'Australia/Lord_Howe', 'UTC');
  const policy: fc.Arbitrary<ContactPolicy> = fc
    .record(
      {
        preset: fc.constantFrom('spain', 'us-regulation-f', 'ecuador', 'none'),
        maxContacts: fc.option(fc.integer({ min: 1, max: 5 })),
        windowDays: fc.integer({ min: 1, max: 10 }),
        hours: fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 24 })).filter(([a, b]) => a < b),
        weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
        holidays: fc.array(fc.integer({ min: 0, max: 30 }).map((day) => new Date(Date.UTC(2026, 5, 1 + day)).toISOString().slice(0, 10)), { maxLength: 6 }),
      },
      { requiredKeys: ['preset'] },
    )
    .map(({ hours, ...rest }) => {
      const result: ContactPolicy = { ...rest, preset: rest.preset };
      if (hours) {
        result.startHour = hours[0];
        result.endHour = hours[1];
      }
      return result;
    });
  const scenario = fc.record({
    policy,
    zone: zones,
    now: fc.integer({ min: Date.UTC(2026, 2, 20), max: Date.UTC(2026, 10, 10) }),
    offsets: fc.array(fc.integer({ min: 0, max: 10 * 24 * 60 }), { maxLength: 12 }),
    kinds: fc.array(fc.constantFrom('email', 'call', 'sms', 'note') as fc.Arbitrary<Event['kind']>, { minLength: 12, maxLength: 12 }),
    reached: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    channel: fc.constantFrom('email', 'phone') as fc.Arbitrary<'email' | 'phone'>,
  });

  it('nextAllowedAt is allowed, not before now, and nothing earlier is', () => {
    fc.assert(
      fc.property(scenario, ({ policy, zone, now, offsets, kinds, reached, channel }) => {
        const events = offsets.map((minutesAgo, index) => {
          const kind = kinds[index]!;
          return makeEvent({
            id: `event-${index}`,
            at: new Date(now - minutesAgo * 60_000).toISOString(),
            kind,
            ...(kind === 'call' ? { outcome: reached[index] ? 'reached' : 'no-answer' } : {}),
          });
        });
        const args = { policy, timeZone: zone, events, channel };
        const decision = contactPolicyDecision({ ...args, now: new Date(now) });
        expect(decision.allowed).toBe(decision.reasons.length === 0);
        if (decision.allowed) expect(decision.nextAllowedAt).toBe(new Date(now).toISOString());
        if (decision.nextAllowedAt === null) return;
        const next = Date.parse(decision.nextAllowedAt);
        expect(next).toBeGreaterThanOrEqual(now);
        const then = contactPolicyDecision({ ...args, now: new Date(next) });
        expect(then.reasons).toEqual([]);
        if (next - 1 >= now) expect(contactPolicyDecision({ ...args, now: new Date(next - 1) }).allowed).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
