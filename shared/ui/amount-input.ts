// Amounts people type into forms, read exactly into integer minor units with parseAmount.
// "150,50" and "1,234.56" read the same everywhere; only a mark that could be either a
// thousands or a decimal separator ("1.500") is settled by the UI locale's decimal mark.
import type { MessageKey } from '../i18n/messages.en';
import { MoneyParseError, parseAmount, toDecimalString, type CurrencyCode } from '../money';

export type AmountReading =
  | { ok: true; amount: number }
  | { ok: false; problem: 'empty' | 'invalid' | 'not-positive'; messageKey: MessageKey; values?: Record<string, string> };

const decimalMarks = new Map<string, '.' | ','>();

/** The decimal separator a locale writes ("," for es-ES, "." for en). */
export function decimalMarkOf(locale: string): '.' | ',' {
  let mark = decimalMarks.get(locale);
  if (!mark) {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    mark = part?.value === ',' ? ',' : '.';
    decimalMarks.set(locale, mark);
  }
  return mark;
}

/** Minor units as the user would type them back in their locale, without grouping: "2220,00". */
export function amountInputText(amount: number, currency: CurrencyCode, locale: string): string {
  const text = toDecimalString(amount, currency);
  return decimalMarkOf(locale) === ',' ? text.replace('.', ',') : text;
}

function read(text: string, currency: CurrencyCode, locale: string): number {
  try {
    return parseAmount(text, currency, 'auto');
  } catch (error) {
    if (!(error instanceof MoneyParseError)) throw error;
    return parseAmount(text, currency, decimalMarkOf(locale) === ',' ? 'comma' : 'dot');
  }
}

/** Reads a typed amount; every failure names what to fix and nothing is guessed. */
export function readAmount(text: string, currency: CurrencyCode, locale: string): AmountReading {
  if (text.trim() === '') return { ok: false, problem: 'empty', messageKey: 'amount.empty' };
  let amount: number;
  try {
    amount = read(text, currency, locale);
  } catch (error) {
    if (!(error instanceof MoneyParseError)) throw error;
    return {
      ok: false,
      problem: 'invalid',
      messageKey: 'amount.invalid',
      values: { example: amountInputText(123456, currency, locale) },
    };
  }
  if (amount <= 0) return { ok: false, problem: 'not-positive', messageKey: 'amount.notPositive' };
  return { ok: true, amount };
}
