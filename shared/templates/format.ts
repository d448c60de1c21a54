// Locale-aware formatting of the values templates show: dates, lists, percentages.
import type { IsoDate } from '../dates';
import { formatMoney, type Money } from '../money';

export type MessageLanguage = 'es' | 'en';

/** Spanish for any 'es*' locale, English otherwise: the two languages the library speaks. */
export function languageOf(locale: string): MessageLanguage {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date in words ("1 de marzo de 2026"). The date is placed at UTC midnight and
 * formatted in UTC, so no time zone can move it to the day before or after.
 */
export function formatIsoDate(date: IsoDate, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  const [year, month, day] = date.split('-').map(Number);
  return format.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "F-1, F-2 y F-3" / "F-1, F-2, and F-3". */
export function joinList(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/** Amounts in several currencies side by side, never added together. */
export function formatAmounts(amounts: readonly Money[], locale: string, whenEmpty: Money): string {
  const list = amounts.length > 0 ? amounts : [whenEmpty];
  return joinList(
    list.map((money) => formatMoney(money, locale, 'customer')),
    locale,
  );
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** Basis points as a percentage ("10,15 %"); 1015 / 10000 is display-only, never money. */
export function formatBasisPoints(basisPoints: number, locale: string): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    percentFormats.set(locale, format);
  }
  return format.format(basisPoints / 10_000);
}
