import { describe, expect, it } from 'vitest';
import { PUBLISHED_RATES, type HalfYearRate } from './ecb-rates';
import { basisPoints, daysLate, lateInterest, simpleInterest, type InterestLine, type PaidPart } from './interest';

// Each case is worked out by hand in its comment: interest = base × rate × days / 365, in cents,
// rounded half up once per stretch. Stretches break at 1 January, 1 July and the day after
// each payment.
type Line = Pick<InterestLine, 'from' | 'to' | 'days' | 'base' | 'rateBasisPoints' | 'interest'>;

interface Case {
  name: string;
  amount: number;
  dueDate: string;
  paid?: PaidPart[];
  until: string;
  rates?: HalfYearRate[];
  lines: Line[];
  total: number;
}

const CASES: Case[] = [
  {
    // 1 000,00 € due 15 June 2025, counted to 20 July 2025: crosses 1 July.
    // 16–30 June: 15 days at 11.15%: 100000 × 1115 × 15 / 3650000 = 458.219… → 458
    // 1–20 July: 20 days at 10.15%:  100000 × 1015 × 20 / 3650000 = 556.164… → 556
    name: 'a debt crossing a half-year boundary',
    amount: 100000,
    dueDate: '2025-06-15',
    until: '2025-07-20',
    lines: [
      { from: '2025-06-16', to: '2025-06-30', days: 15, base: 100000, rateBasisPoints: 1115, interest: 458 },
      { from: '2025-07-01', to: '2025-07-20', days: 20, base: 100000, rateBasisPoints: 1015, interest: 556 },
    ],
    total: 1014,
  },
  {
    // 2 000,00 € due 20 February 2028 at 10.00%, counted to 10 March 2028 (a leap year).
    // 21–29 February is 9 days, 1–10 March 10 days: 19 days, divided by 365 all the same:
    // 200000 × 1000 × 19 / 3650000 = 1041.095… → 1041 (a 366-day year would give 1038).
    name: 'a leap-year stretch counts 29 February and divides by 365',
    amount: 200000,
    dueDate: '2028-02-20',
    until: '2028-03-10',
    rates: [{ half: '2028-H1', percent: '10' }],
    lines: [{ from: '2028-02-21', to: '2028-03-10', days: 19, base: 200000, rateBasisPoints: 1000, interest: 1041 }],
    total: 1041,
  },
  {
    // 3 000,00 € due 31 March 2024 at 12.50%; 1 000,00 € paid 30 April, 1 500,00 € paid 31 May.
    // 1–30 April, 30 days on 3 000: 300000 × 1250 × 30 / 3650000 = 3082.191… → 3082
    // 1–31 May, 31 days on 2 000:   200000 × 1250 × 31 / 3650000 = 2123.287… → 2123
    // 1–30 June, 30 days on 500:     50000 × 1250 × 30 / 3650000 =  513.698… →  514
    name: 'two partial payments lower the base the day after each',
    amount: 300000,
    dueDate: '2024-03-31',
    paid: [
      { date: '2024-05-31', amount: 150000 },
      { date: '2024-04-30', amount: 100000 },
    ],
    until: '2024-06-30',
    lines: [
      { from: '2024-04-01', to: '2024-04-30', days: 30, base: 300000, rateBasisPoints: 1250, interest: 3082 },
      { from: '2024-05-01', to: '2024-05-31', days: 31, base: 200000, rateBasisPoints: 1250, interest: 2123 },
      { from: '2024-06-01', to: '2024-06-30', days: 30, base: 50000, rateBasisPoints: 1250, interest: 514 },
    ],
    total: 5719,
  },
  {
    // 500,00 € due 20 June 2023, paid in full on 10 July 2023, claimed on 31 December 2023:
    // interest is owed for the late days only.
    // 21–30 June, 10 days at 10.50%: 50000 × 1050 × 10 / 3650000 = 143.835… → 144
    // 1–10 July, 10 days at 12.00%:  50000 × 1200 × 10 / 3650000 = 164.383… → 164
    name: 'an invoice paid late still owes interest for the late days',
    amount: 50000,
    dueDate: '2023-06-20',
    paid: [{ date: '2023-07-10', amount: 50000 }],
    until: '2023-12-31',
    lines: [
      { from: '2023-06-21', to: '2023-06-30', days: 10, base: 50000, rateBasisPoints: 1050, interest: 144 },
      { from: '2023-07-01', to: '2023-07-10', days: 10, base: 50000, rateBasisPoints: 1200, interest: 164 },
    ],
    total: 308,
  },
  {
    // 10 000,00 € due 31 December 2019, counted through 2020, when the ECB rate was 0.00%: 8.00%.
    // 1 Jan–30 Jun 2020 is 182 days (29 February included): 1000000 × 800 × 182 / 3650000 = 39890.410… → 39890
    // 1 Jul–31 Dec 2020 is 184 days:                        1000000 × 800 × 184 / 3650000 = 40328.767… → 40329
    // A whole leap year at 8% comes to 802,19 €, 366/365 of 800 €.
    name: 'zero ECB rate years run at the 8-point margin',
    amount: 1000000,
    dueDate: '2019-12-31',
    until: '2020-12-31',
    lines: [
      { from: '2020-01-01', to: '2020-06-30', days: 182, base: 1000000, rateBasisPoints: 800, interest: 39890 },
      { from: '2020-07-01', to: '2020-12-31', days: 184, base: 1000000, rateBasisPoints: 800, interest: 40329 },
    ],
    total: 80219,
  },
  {
    // A user-entered rate of 0.00% accrues nothing but still shows its stretch.
    name: 'a zero rate',
    amount: 100000,
    dueDate: '2021-01-31',
    until: '2021-02-09',
    rates: [{ half: '2021-H1', percent: '0.00' }],
    lines: [{ from: '2021-02-01', to: '2021-02-09', days: 9, base: 100000, rateBasisPoints: 0, interest: 0 }],
    total: 0,
  },
  {
    // 18,25 € at 10% for one day: 1825 × 1000 × 1 / 3650000 = 0.5 exactly → rounds up to 1 cent.
    name: 'an exact half cent rounds up',
    amount: 1825,
    dueDate: '2028-01-01',
    until: '2028-01-02',
    rates: [{ half: '2028-H1', percent: '10.00' }],
    lines: [{ from: '2028-01-02', to: '2028-01-02', days: 1, base: 1825, rateBasisPoints: 1000, interest: 1 }],
    total: 1,
  },
  {
    // 1 000,00 € due 15 June 2025, 400,00 € paid before, on 1 June; counted to 25 June.
    // 16–25 June, 10 days on 600 at 11.15%: 60000 × 1115 × 10 / 3650000 = 183.287… → 183
    name: 'a payment before the due date lowers the base from the start',
    amount: 100000,
    dueDate: '2025-06-15',
    paid: [{ date: '2025-06-01', amount: 40000 }],
    until: '2025-06-25',
    lines: [{ from: '2025-06-16', to: '2025-06-25', days: 10, base: 60000, rateBasisPoints: 1115, interest: 183 }],
    total: 183,
  },
  {
    // Counted up to the due date itself: not late yet.
    name: 'nothing before the day after the due date',
    amount: 100000,
    dueDate: '2025-06-15',
    until: '2025-06-15',
    lines: [],
    total: 0,
  },
];

describe('lateInterest', () => {
  it.each(CASES)('$name', (example) => {
    const result = lateInterest({
      amount: example.amount,
      currency: 'EUR',
      dueDate: example.dueDate,
      paidParts: example.paid ?? [],
      until: example.until,
      rates: example.rates ?? PUBLISHED_RATES,
    });
    expect(result.lines.map(({ half: _half, ...line }) => line)).toEqual(example.lines);
    expect(result.total).toEqual({ currency: 'EUR', amount: example.total });
    expect(result.total.amount).toBe(result.lines.reduce((sum, line) => sum + line.interest, 0));
    expect(result.missingRates).toEqual([]);
  });

  it('names the half-years it has no rate for and leaves them out of the total', () => {
    // 1 000,00 € due 20 December 2027 with only 2027-H2 known at 10.00%:
    // 21–31 December, 11 days: 100000 × 1000 × 11 / 3650000 = 301.369… → 301; January 2028 unknown.
    const result = lateInterest({
      amount: 100000,
      currency: 'EUR',
      dueDate: '2027-12-20',
      paidParts: [],
      until: '2028-01-31',
      rates: [{ half: '2027-H2', percent: '10.00' }],
    });
    expect(result.lines.map((line) => [line.half, line.days, line.rateBasisPoints, line.interest])).toEqual([
      ['2027-H2', 11, 1000, 301],
      ['2028-H1', 31, null, 0],
    ]);
    expect(result.missingRates).toEqual(['2028-H1']);
    expect(result.total.amount).toBe(301);
  });

  it('a rate from the user overrides the published one for its half-year', () => {
    // 16–25 June 2025 at a corrected 12.00%: 100000 × 1200 × 10 / 3650000 = 328.767… → 329
    const rates = [...PUBLISHED_RATES, { half: '2025-H1' as const, percent: '12.00' }];
    const result = lateInterest({ amount: 100000, currency: 'EUR', dueDate: '2025-06-15', paidParts: [], until: '2025-06-25', rates });
    expect(result.total.amount).toBe(329);
  });

  it.each([
    [{ amount: 10.5 }, /whole number/],
    [{ amount: -1 }, /whole number/],
    [{ dueDate: '2025-02-30' }, /not a date/],
    [{ paidParts: [{ date: '2025-07-01', amount: 0.5 }] }, /whole number/],
  ])('refuses %j', (change, message) => {
    const input = { amount: 100000, currency: 'EUR', dueDate: '2025-06-15', paidParts: [], until: '2025-07-20', rates: PUBLISHED_RATES };
    expect(() => lateInterest({ ...input, ...change })).toThrow(message);
  });
});

describe('daysLate and simpleInterest', () => {
  it.each([
    ['2026-01-31', '2026-01-31', 0],
    ['2026-01-31', '2026-01-01', 0],
    ['2026-01-31', '2026-02-01', 1],
    ['2028-02-28', '2028-03-01', 2], // 29 February counts
  ])('%s to %s is %i days late', (due, until, days) => {
    expect(daysLate(due, until)).toBe(days);
  });

  it.each([
    // 100000 × 1015 × 30 / 3650000 = 834.246… → 834
    [100000, 1015, 30, 834],
    // 1825 × 1000 × 1 / 3650000 = 0.5 → 1; 1824 → 0.4997… → 0
    [1825, 1000, 1, 1],
    [1824, 1000, 1, 0],
    [0, 1015, 30, 0],
  ])('%i at %i bp for %i days is %i', (base, rate, days, expected) => {
    expect(simpleInterest(base, rate, days)).toBe(expected);
  });
});

describe('basisPoints', () => {
  it.each([
    ['10.15', 1015],
    ['8', 800],
    ['8.5', 850],
    ['0.00', 0],
    [' 12.25 ', 1225],
  ])('%j → %i', (percent, points) => {
    expect(basisPoints(percent)).toBe(points);
  });

  it.each(['', '10,15', '10.155', '-1', 'abc', '1e2'])('refuses %j', (percent) => {
    expect(() => basisPoints(percent)).toThrow(RangeError);
  });
});

describe('the published table', () => {
  it('has one rate per half-year from 2013-H1 to 2026-H2, in order, each readable', () => {
    const halves = PUBLISHED_RATES.map((rate) => rate.half);
    const expected: string[] = [];
    for (let year = 2013; year <= 2026; year++) expected.push(`${year}-H1`, `${year}-H2`);
    expect(halves).toEqual(expected);
    for (const rate of PUBLISHED_RATES) {
      expect(basisPoints(rate.percent)).toBeGreaterThanOrEqual(800);
      expect(rate.source.length).toBeGreaterThan(0);
    }
  });

  it('runs at the 8-point margin alone while the ECB rate was zero (2016-H2 to 2022-H2)', () => {
    const zero = PUBLISHED_RATES.filter((rate) => rate.half >= '2016-H2' && rate.half <= '2022-H2');
    expect(zero).toHaveLength(13);
    expect(new Set(zero.map((rate) => rate.percent))).toEqual(new Set(['8.00']));
  });
});
