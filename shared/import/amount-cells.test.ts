import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyMarkOf, decideDecimalStyle, decimalEvidence, DOLLAR_CURRENCIES, readAmount, symbolFits, type CurrencyMark, type DecimalMark } from './amount-cells';

describe('decimalEvidence', () => {
  it.each<[string, DecimalMark | null]>([
    ['1,234.56', 'dot'],
    ['1.234,56', 'comma'],
    ['1815.00', 'dot'],
    ['1815,00', 'comma'],
    ['7,5', 'comma'],
    ['1,234', null],
    ['1.234', null],
    ['1.234.567', 'comma'],
    ['1,234,567', 'dot'],
    ['$1,200.00', 'dot'],
    ['1 234,56 €', 'comma'],
    ['15', null],
    ['', null],
  ])('%s → %s', (cell, expected) => {
    expect(decimalEvidence(cell)).toBe(expected);
  });
});

describe('decideDecimalStyle', () => {
  it.each<[string[], DecimalMark, { style: DecimalMark; mixed: boolean; guessed: boolean }]>([
    [['1,234.56', '7'], 'comma', { style: 'dot', mixed: false, guessed: false }],
    [['1.234,56', '7'], 'dot', { style: 'comma', mixed: false, guessed: false }],
    [['1.234', '7'], 'comma', { style: 'comma', mixed: false, guessed: true }],
    [['1,5', '2,5', '3.5'], 'dot', { style: 'comma', mixed: true, guessed: false }],
    [[], 'dot', { style: 'dot', mixed: false, guessed: true }],
  ])('%j (fallback %s)', (cells, fallback, expected) => {
    expect(decideDecimalStyle(cells, fallback)).toEqual(expected);
  });
});

describe('readAmount', () => {
  it.each<[string, string, DecimalMark, number | null]>([
    ['1.234,56', 'EUR', 'comma', 123456],
    ['1,234.56', 'EUR', 'dot', 123456],
    ['1.234', 'EUR', 'comma', 123400],
    ['1.234', 'EUR', 'dot', null],
    ['1,5', 'EUR', 'dot', null],
    ['1.2,', 'EUR', 'dot', null],
    ['(12.00)', 'USD', 'dot', -1200],
    ['1500', 'JPY', 'dot', 1500],
    ['abc', 'EUR', 'dot', null],
  ])('%s %s with %s → %s', (cell, currency, style, expected) => {
    const result = readAmount(cell, currency, style);
    if (expected === null) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(cell);
    } else expect(result).toEqual({ ok: true, value: expected });
  });

  it('reads back any amount written with grouping in either style, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000_000 }), fc.constantFrom<DecimalMark>('dot', 'comma'), (minor, style) => {
        const [group, decimal] = style === 'dot' ? [',', '.'] : ['.', ','];
        const whole = String(Math.floor(minor / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
        const cell = `${whole}${decimal}${String(minor % 100).padStart(2, '0')}`;
        expect(decideDecimalStyle([cell], 'dot').style).toBe(style);
        expect(readAmount(cell, 'EUR', style)).toEqual({ ok: true, value: minor });
      }),
    );
  });
});

describe('currencyMarkOf', () => {
  it.each<[string, CurrencyMark]>([
    ['1,234.56', { kind: 'none' }],
    ['-15', { kind: 'none' }],
    ['€13.50', { kind: 'currency', currency: 'EUR' }],
    ['1.234,56 €', { kind: 'currency', currency: 'EUR' }],
    ['1.234,56\u00a0€', { kind: 'currency', currency: 'EUR' }],
    ['EUR 1,234.56', { kind: 'currency', currency: 'EUR' }],
    ['1234.56 eur', { kind: 'currency', currency: 'EUR' }],
    ['£250.00', { kind: 'currency', currency: 'GBP' }],
    ['USD 5', { kind: 'currency', currency: 'USD' }],
    ['US$1,200.00', { kind: 'currency', currency: 'USD' }],
    ['U$S 1.200', { kind: 'currency', currency: 'USD' }],
    ['MX$ 1,200.00', { kind: 'currency', currency: 'MXN' }],
    ['C$12', { kind: 'currency', currency: 'CAD' }],
    ['CA$12', { kind: 'currency', currency: 'CAD' }],
    ['A$12', { kind: 'currency', currency: 'AUD' }],
    ['AU$12', { kind: 'currency', currency: 'AUD' }],
    ['R$ 1.234,56', { kind: 'currency', currency: 'BRL' }],
    ['JP¥1,200', { kind: 'currency', currency: 'JPY' }],
    ['CN¥1,200', { kind: 'currency', currency: 'CNY' }],
    ['S/. 120.00', { kind: 'currency', currency: 'PEN' }],
    ['1 234,56 zł', { kind: 'currency', currency: 'PLN' }],
    ['$5 USD', { kind: 'currency', currency: 'USD' }],
    ['USD$5', { kind: 'currency', currency: 'USD' }],
    ['$MXN 5', { kind: 'currency', currency: 'MXN' }],
    ['$13.50', { kind: 'ambiguous', symbol: '$' }],
    ['-$5', { kind: 'ambiguous', symbol: '$' }],
    ['($12.00)', { kind: 'ambiguous', symbol: '$' }],
    ['¥1,200', { kind: 'ambiguous', symbol: '¥' }],
    ['￥1,200', { kind: 'ambiguous', symbol: '¥' }],
    ['€5 USD', { kind: 'unknown', mark: '€ USD' }],
    ['£5 $', { kind: 'unknown', mark: '£ $' }],
    ['12 kr', { kind: 'unknown', mark: 'kr' }],
    ['12.00 CR', { kind: 'unknown', mark: 'CR' }],
    // No figures: not an amount, which reading it says.
    ['doce euros', { kind: 'none' }],
  ])('%s → %o', (cell, expected) => {
    expect(currencyMarkOf(cell)).toEqual(expected);
  });

  it.each<[string, boolean]>([
    ['USD', true],
    ['MXN', true],
    ['ARS', true],
    ['CLP', true],
    ['COP', true],
    ['UYU', true],
    ['CAD', true],
    ['EUR', false],
    ['BRL', false],
    ['JPY', false],
  ])('%s is written "$": %s', (currency, expected) => {
    expect(symbolFits('$', currency)).toBe(expected);
  });

  it('offers only currencies written "$"', () => {
    expect(DOLLAR_CURRENCIES.filter((currency) => !symbolFits('$', currency))).toEqual([]);
  });
});
