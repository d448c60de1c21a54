import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInputText, decimalMarkOf, readAmount } from './amount-input';

describe('readAmount', () => {
  it.each([
    ['150,50', 'EUR', 'es-ES', 15_050],
    ['150.50', 'EUR', 'es-ES', 15_050],
    ['1.500', 'EUR', 'es-ES', 150_000],
    ['1.500', 'EUR', 'en', 150],
    ['1,500', 'USD', 'en', 150_000],
    ['1.234,56', 'EUR', 'en', 123_456],
    ['2220,00', 'EUR', 'es-ES', 222_000],
    ['€ 99', 'EUR', 'es-ES', 9_900],
    ['1500', 'JPY', 'en', 1_500],
    ['0.1', 'EUR', 'en', 10],
  ])('%s %s in %s → %i minor units', (text, currency, locale, expected) => {
    expect(readAmount(text, currency, locale)).toEqual({ ok: true, amount: expected });
  });

  it.each([
    ['', 'empty', 'amount.empty'],
    ['   ', 'empty', 'amount.empty'],
    ['abc', 'invalid', 'amount.invalid'],
    ['12,345,67', 'invalid', 'amount.invalid'],
    ['1.999', 'invalid', 'amount.invalid'],
    ['0', 'not-positive', 'amount.notPositive'],
    ['-5', 'not-positive', 'amount.notPositive'],
    ['12.345', 'invalid', 'amount.invalid'],
  ])('"%s" is refused as %s', (text, problem, messageKey) => {
    // 'en' reads "1.999" / "12.345" as three decimals, which EUR does not have.
    const reading = readAmount(text, 'EUR', 'en');
    expect(reading).toMatchObject({ ok: false, problem, messageKey });
  });

  it('gives an example in the locale’s own way of writing decimals', () => {
    expect(readAmount('x', 'EUR', 'es-ES')).toMatchObject({ values: { example: '1234,56' } });
    expect(readAmount('x', 'EUR', 'en')).toMatchObject({ values: { example: '1234.56' } });
  });

  it('reads back exactly what amountInputText wrote, in both decimal conventions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e13 }), fc.constantFrom('es-ES', 'en', 'es-MX', 'de-DE'), fc.constantFrom('EUR', 'USD', 'JPY', 'BHD'), (amount, locale, currency) => {
        expect(readAmount(amountInputText(amount, currency, locale), currency, locale)).toEqual({ ok: true, amount });
      }),
    );
  });
});

describe('decimalMarkOf', () => {
  it.each([
    ['es-ES', ','],
    ['en', '.'],
    ['es-MX', '.'],
    ['de-DE', ','],
  ])('%s writes %s', (locale, mark) => {
    expect(decimalMarkOf(locale)).toBe(mark);
  });
});
