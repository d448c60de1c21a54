import { describe, expect, it } from 'vitest';
import { Settings, DEFAULT_SETTINGS } from '../ledger/schema';
import { PUBLISHED_RATES, rateOf, ratesInUse } from './ecb-rates';

describe('rateOf', () => {
  const own = [{ half: '2026-H2', percent: '10.40' }];
  it.each([
    ['a verified published rate', '2014-H2', [], { half: '2014-H2', percent: '8.15', source: 'published' }],
    ['an unverified one', '2026-H2', [], { half: '2026-H2', percent: '10.40', source: 'unverified' }],
    ['the user’s own, over the table', '2026-H2', own, { half: '2026-H2', percent: '10.40', source: 'user' }],
    ['a half-year nobody knows', '2031-H1', [], null],
    ['a half-year only the user knows', '2031-H1', [{ half: '2031-H1', percent: '9.5' }], { half: '2031-H1', percent: '9.5', source: 'user' }],
  ])('%s', (_label, half, userRates, expected) => {
    expect(rateOf(half, userRates)).toEqual(expected);
  });

  it('puts the user’s rates after the table, so they win in interest.ts', () => {
    expect(ratesInUse(own).slice(0, PUBLISHED_RATES.length)).toEqual(PUBLISHED_RATES);
    expect(ratesInUse(own).at(-1)).toEqual(own[0]);
  });
});

describe('settings.interestRates', () => {
  it.each([
    ['empty by default', undefined, true],
    ['a half-year and a percent', [{ half: '2026-H2', percent: '10.40' }], true],
    ['a half-year that is not one', [{ half: '2026-H3', percent: '10' }], false],
    ['a percent with a comma', [{ half: '2026-H2', percent: '10,40' }], false],
    ['the same half-year twice', [{ half: '2026-H2', percent: '10' }, { half: '2026-H2', percent: '11' }], false],
  ])('%s', (_label, interestRates, ok) => {
    const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, interestRates });
    expect(parsed.success).toBe(ok);
    if (parsed.success && interestRates === undefined) expect(parsed.data.interestRates).toEqual([]);
  });
});
