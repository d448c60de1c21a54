import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { LedgerClient } from '../../../shared/ledger/client';
import { calendarDay, LookupCache, lookUpDebtors } from './lookup-cache';

// 2026-03-02 10:00 UTC: 11:00 in Madrid, 05:00 in New York.
const MORNING = Date.parse('2026-03-02T10:00:00.000Z');
const HOUR = 3_600_000;

function match(id: string, emails: string[], timeZone: string, today: string): DebtorMatch {
  return {
    debtor: { id, emails, timeZone } as DebtorMatch['debtor'],
    status: { debtorId: id, today } as DebtorMatch['status'],
    matchedEmails: emails,
  };
}

const ruiz = match('ruiz', ['pagos@ruiz.example', 'conta@ruiz.example'], 'Europe/Madrid', '2026-03-02');
const acme = match('acme', ['ap@acme.example'], 'America/New_York', '2026-03-02');

function cacheAt(start: number, capacity?: number) {
  const clock = { now: start };
  const cache = new LookupCache({ now: () => clock.now, ...(capacity === undefined ? {} : { capacity }) });
  return { cache, clock };
}

const known = (cache: LookupCache, address: string) => {
  const value = cache.get(address);
  return value === undefined ? 'miss' : value === null ? 'nobody' : value.debtor.id;
};

describe('calendarDay', () => {
  it.each([
    ['Europe/Madrid', '2026-03-02T22:30:00.000Z', '2026-03-02'],
    ['Europe/Madrid', '2026-03-02T23:30:00.000Z', '2026-03-03'],
    ['America/New_York', '2026-03-03T03:00:00.000Z', '2026-03-02'],
    ['Pacific/Kiritimati', '2026-03-02T10:00:00.000Z', '2026-03-03'],
    ['UTC', '2026-12-31T23:59:59.999Z', '2026-12-31'],
  ])('in %s at %s it is %s', (timeZone, at, expected) => {
    expect(calendarDay(Date.parse(at), timeZone)).toBe(expected);
  });

  it("reads the browser's own day from Date, the same day Intl gives in the browser's zone", () => {
    const ownZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2100-01-01') }), (ms) => {
        expect(calendarDay(ms)).toBe(calendarDay(ms, ownZone));
      }),
    );
  });

  it('is null for a zone Intl does not know', () => {
    expect(calendarDay(MORNING, 'Mars/Olympus')).toBeNull();
  });
});

describe('LookupCache', () => {
  it.each<[string, string, string]>([
    ['an address a debtor owns', 'pagos@ruiz.example', 'ruiz'],
    ["the debtor's other address, not asked for", 'conta@ruiz.example', 'ruiz'],
    ['an address asked for that nobody owns', 'hola@sur.example', 'nobody'],
    ['an address never asked for', 'otro@x.example', 'miss'],
  ])('after one lookup: %s', (_label, address, expected) => {
    const { cache } = cacheAt(MORNING);
    cache.record(['pagos@ruiz.example', 'hola@sur.example'], [ruiz], cache.mark());
    expect(known(cache, address)).toBe(expected);
  });

  it.each<[string, { debtorIds: string[]; all: boolean }, Record<string, string>, string[]]>([
    [
      'one debtor changed: theirs and the "nobody" entries go',
      { debtorIds: ['ruiz'], all: false },
      { 'pagos@ruiz.example': 'miss', 'ap@acme.example': 'acme', 'hola@sur.example': 'miss' },
      ['hola@sur.example', 'conta@ruiz.example', 'pagos@ruiz.example'],
    ],
    [
      'another debtor changed (or was created): only "nobody" entries go',
      { debtorIds: ['new'], all: false },
      { 'pagos@ruiz.example': 'ruiz', 'ap@acme.example': 'acme', 'hola@sur.example': 'miss' },
      ['hola@sur.example'],
    ],
    [
      'everything changed',
      { debtorIds: [], all: true },
      { 'pagos@ruiz.example': 'miss', 'ap@acme.example': 'miss', 'hola@sur.example': 'miss' },
      ['hola@sur.example', 'ap@acme.example', 'conta@ruiz.example', 'pagos@ruiz.example'],
    ],
  ])('a change notice: %s', (_label, change, expected, forgotten) => {
    const { cache } = cacheAt(MORNING);
    cache.record(['pagos@ruiz.example', 'ap@acme.example', 'hola@sur.example'], [ruiz, acme], cache.mark());
    // Most recently used first: what was recorded last, then what was read back last.
    expect(cache.forget(change)).toEqual(forgotten);
    expect(Object.fromEntries(Object.keys(expected).map((address) => [address, known(cache, address)]))).toEqual(expected);
  });

  it('lists what was forgotten with the most recently read first', () => {
    const { cache } = cacheAt(MORNING);
    cache.record(['a@x.example', 'b@x.example', 'c@x.example'], [], cache.mark());
    cache.get('a@x.example');
    expect(cache.forget({ debtorIds: [], all: false })).toEqual(['a@x.example', 'c@x.example', 'b@x.example']);
  });

  it.each<[string, (cache: LookupCache) => void, string[]]>([
    ['nothing asked yet', () => undefined, ['a@x.example', 'b@x.example', 'c@x.example']],
    ['one asked about on the way', (cache) => void cache.asking(['b@x.example']), ['a@x.example', 'c@x.example']],
    [
      'one asked about and answered',
      (cache) => {
        const done = cache.asking(['b@x.example']);
        cache.record(['b@x.example'], [], cache.mark());
        done();
      },
      ['a@x.example', 'c@x.example'],
    ],
    ['one asked about, then the lookup failed', (cache) => cache.asking(['c@x.example'])(), ['a@x.example', 'b@x.example', 'c@x.example']],
    [
      'two lookups of one address on the way, one done (twice)',
      (cache) => {
        cache.asking(['c@x.example']);
        const done = cache.asking(['c@x.example']);
        done();
        done();
      },
      ['a@x.example', 'b@x.example'],
    ],
  ])('unasked addresses: %s', (_label, setUp, expected) => {
    const { cache } = cacheAt(MORNING);
    setUp(cache);
    expect(cache.unasked(['a@x.example', 'b@x.example', 'c@x.example'])).toEqual(expected);
  });

  it('does not keep an answer asked for before a change notice', () => {
    const { cache } = cacheAt(MORNING);
    const mark = cache.mark();
    cache.forget({ debtorIds: ['ruiz'], all: false });
    cache.record(['pagos@ruiz.example'], [ruiz], mark);
    expect(known(cache, 'pagos@ruiz.example')).toBe('miss');
    cache.record(['pagos@ruiz.example'], [ruiz], cache.mark());
    expect(known(cache, 'pagos@ruiz.example')).toBe('ruiz');
  });

  it.each<[string, number, Record<string, string>]>([
    ['later the same day everywhere', 2 * HOUR, { 'pagos@ruiz.example': 'ruiz', 'ap@acme.example': 'acme' }],
    // 23:30 UTC: past midnight in Madrid, still the 2nd in New York.
    ["past midnight on the Madrid debtor's calendar", 13.5 * HOUR, { 'pagos@ruiz.example': 'miss', 'ap@acme.example': 'acme' }],
    // 05:30 UTC on the 3rd: past midnight in New York too.
    ['the next day everywhere', 19.5 * HOUR, { 'pagos@ruiz.example': 'miss', 'ap@acme.example': 'miss' }],
  ])('debtor entries are good for the day on their calendar: %s', (_label, later, expected) => {
    const { cache, clock } = cacheAt(MORNING);
    cache.record(['pagos@ruiz.example', 'ap@acme.example'], [ruiz, acme], cache.mark());
    clock.now = MORNING + later;
    expect(Object.fromEntries(Object.keys(expected).map((address) => [address, known(cache, address)]))).toEqual(expected);
  });

  it('keeps "nobody" until the local day is over', () => {
    const { cache, clock } = cacheAt(MORNING);
    cache.record(['hola@sur.example'], [], cache.mark());
    const today = calendarDay(MORNING);
    let step = 0;
    while (calendarDay(clock.now) === today) {
      expect(known(cache, 'hola@sur.example')).toBe('nobody');
      clock.now += HOUR;
      step += 1;
    }
    expect(step).toBeGreaterThan(0);
    expect(known(cache, 'hola@sur.example')).toBe('miss');
  });

  it('forgets the least recently used first past its bound', () => {
    const { cache } = cacheAt(MORNING, 3);
    cache.record(['a@x.example', 'b@x.example', 'c@x.example'], [], cache.mark());
    expect(known(cache, 'a@x.example')).toBe('nobody'); // a is now the most recent
    cache.record(['d@x.example'], [], cache.mark());
    expect(['a', 'b', 'c', 'd'].map((name) => known(cache, `${name}@x.example`))).toEqual(['nobody', 'miss', 'nobody', 'nobody']);
    expect(cache.size).toBe(3);
  });

  it('never holds more than its bound, whatever is recorded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }), { maxLength: 10 }), (capacity, batches) => {
        const { cache } = cacheAt(MORNING, capacity);
        for (const batch of batches) cache.record(batch.map((n) => `u${n}@x.example`), [], cache.mark());
        expect(cache.size).toBeLessThanOrEqual(capacity);
        // The last address recorded is always there.
        const last = batches.flat().at(-1);
        if (last !== undefined) expect(known(cache, `u${last}@x.example`)).toBe('nobody');
      }),
    );
  });

  it('lists the addresses it knows nothing about, in order', () => {
    const { cache } = cacheAt(MORNING);
    cache.record(['pagos@ruiz.example', 'hola@sur.example'], [ruiz], cache.mark());
    expect(cache.unknown(['z@x.example', 'hola@sur.example', 'conta@ruiz.example', 'a@x.example'])).toEqual(['z@x.example', 'a@x.example']);
  });
});

describe('lookUpDebtors', () => {
  function clientAnswering(answer: DebtorMatch[] | 'fail') {
    const asked: string[][] = [];
    const client = {
      send: async (_name: string, input: { emails: string[] }) => {
        asked.push(input.emails);
        return answer === 'fail' ? { ok: false, error: { code: 'storage', message: 'down' } } : { ok: true, value: answer };
      },
    } as unknown as LedgerClient;
    return { client, asked };
  }

  it('keeps what the ledger answered', async () => {
    const { cache } = cacheAt(MORNING);
    const { client, asked } = clientAnswering([ruiz]);
    const answer = await lookUpDebtors(client, cache, ['pagos@ruiz.example', 'hola@sur.example']);
    expect(answer.ok).toBe(true);
    expect(asked).toEqual([['pagos@ruiz.example', 'hola@sur.example']]);
    expect([known(cache, 'pagos@ruiz.example'), known(cache, 'hola@sur.example')]).toEqual(['ruiz', 'nobody']);
  });

  it('counts its addresses as asked about until the answer comes', async () => {
    const { cache } = cacheAt(MORNING);
    let answer: (value: unknown) => void = () => undefined;
    const client = { send: () => new Promise((resolve) => (answer = resolve)) } as unknown as LedgerClient;
    const lookup = lookUpDebtors(client, cache, ['pagos@ruiz.example', 'hola@sur.example']);
    expect(cache.unasked(['pagos@ruiz.example', 'hola@sur.example', 'otro@x.example'])).toEqual(['otro@x.example']);
    answer({ ok: false, error: { code: 'storage', message: 'down' } });
    await lookup;
    expect(cache.unasked(['pagos@ruiz.example', 'hola@sur.example', 'otro@x.example'])).toEqual(['pagos@ruiz.example', 'hola@sur.example', 'otro@x.example']);
  });

  it('keeps nothing when the ledger did not answer', async () => {
    const { cache } = cacheAt(MORNING);
    const { client } = clientAnswering('fail');
    expect((await lookUpDebtors(client, cache, ['hola@sur.example'])).ok).toBe(false);
    expect(cache.size).toBe(0);
  });

  it('asks about 200 addresses at most', async () => {
    const { cache } = cacheAt(MORNING);
    const { client, asked } = clientAnswering([]);
    await lookUpDebtors(client, cache, Array.from({ length: 250 }, (_, i) => `u${i}@x.example`));
    expect(asked[0]).toHaveLength(200);
  });
});
