import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, minorDigits, MoneyParseError, parseAmount, sumByCurrency, toDecimalString, totalsList } from './money';

describe('parseAmount', () => {
  it.each([
    ['1815.00', 'EUR', 'auto', 181500],
    ['1,210.00', 'EUR', 'auto', 121000],
    ['1.234,56', 'EUR', 'auto', 123456],
    ['1 234,56', 'EUR', 'auto', 123456],
    ['$1,200.00', 'USD', 'auto', 120000],
    ['-15', 'USD', 'auto', -1500],
    ['(12.00)', 'USD', 'auto', -1200],
    ['12,5', 'EUR', 'auto', 1250],
    ['1.234.567', 'EUR', 'auto', 123456700],
    ['1,23', 'EUR', 'comma', 123],
    ['1,234', 'EUR', 'comma', null],
    ['-€5', 'EUR', 'auto', -500],
    ['1,234', 'EUR', 'dot', 123400],
    ['1234', 'JPY', 'auto', 1234],
    ['1.234', 'BHD', 'auto', 1234],
    ['0.10', 'EUR', 'auto', 10],
    ['€ 99', 'EUR', 'auto', 9900],
    ['12.50 EUR', 'EUR', 'auto', 1250],
    ['1.50', 'JPY', 'auto', null],
    ['1.00', 'JPY', 'auto', 1],
  ] as const)('%s %s (%s) → %s', (input, currency, style, expected) => {
    if (expected === null) expect(() => parseAmount(input, currency, style)).toThrow(MoneyParseError);
    else expect(parseAmount(input, currency, style)).toBe(expected);
  });

  it.each(['', 'abc', '1,234', '1.2.3,4,5', '12,34,56', '--5', '1,23.45'])('rejects %j with a reason', (input) => {
    expect(() => parseAmount(input, 'EUR')).toThrow(MoneyParseError);
  });

  it('round-trips every amount through its decimal string without floating point error', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('EUR', 'JPY', 'BHD', 'USD'), (amount, currency) => {
        expect(parseAmount(toDecimalString(amount, currency), currency, 'dot')).toBe(amount);
      }),
    );
  });
});

describe('currencies', () => {
  it.each([
    ['EUR', 2],
    ['JPY', 0],
    ['BHD', 3],
    ['CLP', 0],
  ])('%s has %i minor digits', (currency, digits) => {
    expect(minorDigits(currency)).toBe(digits);
  });

  it.each([
    [{ currency: 'EUR', amount: 123456 }, 'es-ES', '1234,56\u00a0€'],
    [{ currency: 'EUR', amount: 12345678 }, 'es-ES', '123.456,78\u00a0€'],
    [{ currency: 'USD', amount: 120000 }, 'en-US', 'US$1,200.00'],
    [{ currency: 'JPY', amount: 1234 }, 'ja-JP', 'JP¥1,234'],
    [{ currency: 'USD', amount: 5 }, 'en-US', 'US$0.05'],
    [{ currency: 'MXN', amount: 3480000 }, 'en-US', 'MX$34,800.00'],
    [{ currency: 'MXN', amount: 3480000 }, 'es-MX', 'MX$34,800.00'],
    [{ currency: 'MXN', amount: 3480000 }, 'es-ES', '34.800,00\u00a0MXN'],
    [{ currency: 'USD', amount: 275000 }, 'es-ES', '2750,00\u00a0US$'],
    [{ currency: 'SEK', amount: 10000 }, 'sv-SE', '100,00\u00a0SEK'],
    [{ currency: 'GBP', amount: 240000 }, 'en-GB', '£2,400.00'],
  ])('formats %j in %s for the UI, never with a bare shared symbol', (money, locale, expected) => {
    expect(formatMoney(money, locale)).toBe(expected);
  });

  it.each([
    // A customer reads their own money with the symbol they know.
    [{ currency: 'MXN', amount: 3480000 }, 'es-MX', '$34,800.00'],
    [{ currency: 'USD', amount: 120000 }, 'en-US', '$1,200.00'],
    // Someone else's dollars stay named.
    [{ currency: 'USD', amount: 120000 }, 'es-MX', 'USD\u00a01,200.00'],
    [{ currency: 'USD', amount: 120000 }, 'en-CA', 'US$1,200.00'],
    [{ currency: 'CAD', amount: 120000 }, 'en-US', 'CA$1,200.00'],
  ])('formats %j in %s for a customer', (money, locale, expected) => {
    expect(formatMoney(money, locale, 'customer')).toBe(expected);
  });

  it('never sums across currencies', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ currency: fc.constantFrom('EUR', 'USD', 'GBP'), amount: fc.integer({ min: 0, max: 1e9 }) })),
        (items) => {
          const totals = sumByCurrency(items);
          for (const [currency, total] of Object.entries(totals)) {
            expect(total).toBe(items.filter((i) => i.currency === currency).reduce((s, i) => s + i.amount, 0));
          }
          expect(totalsList(totals).every((m) => m.amount !== 0)).toBe(true);
        },
      ),
    );
  });
});
