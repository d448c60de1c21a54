// Money is an integer count of the currency's minor unit (cents, yen...) with its ISO 4217
// code. It never passes through floating point and amounts of different currencies are
// never added together: totals are kept per currency.

export type CurrencyCode = string;

export interface Money {
  currency: CurrencyCode;
  /** Integer minor units. */
  amount: number;
}

/** Totals per currency code, e.g. { EUR: 181500, USD: 1000000 }. */
export type Totals = Record<CurrencyCode, number>;

const knownCurrencies: Set<string> = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
);

export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return knownCurrencies.size === 0 || knownCurrencies.has(code);
}

const minorDigitsCache = new Map<string, number>();

/** Digits after the decimal point for a currency (EUR 2, JPY 0, BHD 3). */
export function minorDigits(currency: CurrencyCode): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

export type DecimalStyle = 'dot' | 'comma' | 'auto';

export class MoneyParseError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`"${input}" is not an amount: ${reason}`);
  }
}

/**
 * Parses a decimal amount as written by people and spreadsheets into minor units, exactly.
 * Accepts "1815.00", "1,210.00", "1.234,56", "1 234,56", "$1,200.00", "-15", "(12.00)".
 * `decimal` says which mark separates the fraction; 'auto' decides from the text and
 * refuses when it cannot tell ("1,234" could be either).
 */
export function parseAmount(input: string, currency: CurrencyCode, decimal: DecimalStyle = 'auto'): number {
  const raw = input.trim();
  if (raw === '') throw new MoneyParseError(input, 'empty');
  let text = raw.replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  // Currency symbols or codes around the number.
  text = text.replace(/^[^\d.,+-]+/, '').replace(/[^\d.,]+$/, '');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  text = text.replace(/^[^\d.,+-]+/, ''); // a symbol after the sign: "-€5"
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) throw new MoneyParseError(input, 'not a number');

  const digits = minorDigits(currency);
  const mark = decimalMark(text, digits, decimal, input);
  let whole: string;
  let fraction: string;
  if (mark === null) {
    whole = text.replace(/[.,]/g, '');
    fraction = '';
  } else {
    const at = text.lastIndexOf(mark);
    whole = text.slice(0, at);
    fraction = text.slice(at + 1);
    const grouping = mark === '.' ? ',' : '.';
    if (whole.includes(mark)) throw new MoneyParseError(input, `more than one "${mark}"`);
    if (whole !== '' && !new RegExp(`^\\d{1,3}(\\${grouping}\\d{3})*$|^\\d+$`).test(whole)) {
      throw new MoneyParseError(input, 'misplaced thousands separator');
    }
    whole = whole.replace(/[.,]/g, '');
  }
  if (mark === null && /[.,]/.test(text) && !/^\d{1,3}([.,]\d{3})+$/.test(text)) {
    throw new MoneyParseError(input, 'misplaced thousands separator');
  }
  if (fraction.length > digits) {
    if (/^0*$/.test(fraction.slice(digits))) fraction = fraction.slice(0, digits);
    else throw new MoneyParseError(input, `more than ${digits} decimals for ${currency}`);
  }
  const minor = BigInt(whole === '' ? '0' : whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new MoneyParseError(input, 'too large');
  const value = Number(minor);
  return negative && value !== 0 ? -value : value;
}

function decimalMark(text: string, digits: number, style: DecimalStyle, input: string): '.' | ',' | null {
  const hasDot = text.includes('.');
  const hasComma = text.includes(',');
  if (style === 'dot') return hasDot ? '.' : null;
  if (style === 'comma') return hasComma ? ',' : null;
  if (hasDot && hasComma) return text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
  const mark = hasDot ? '.' : hasComma ? ',' : null;
  if (mark === null) return null;
  const parts = text.split(mark);
  if (parts.length > 2) return null; // "1.234.567": only grouping
  const tail = parts[1] ?? '';
  if (tail.length !== 3) return mark;
  // "1,234" or "1.234": a grouping mark unless the currency has three decimals.
  if (digits === 3) return mark;
  throw new MoneyParseError(input, `ambiguous: "${mark}" could separate thousands or decimals`);
}

/** Minor units back to a plain decimal string with a dot ("1815.00"), for CSV export. */
export function toDecimalString(amount: number, currency: CurrencyCode): string {
  const digits = minorDigits(currency);
  const negative = amount < 0;
  const abs = String(Math.abs(amount)).padStart(digits + 1, '0');
  const text = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: CurrencyCode): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Symbols that several currencies print bare: "$" is dollars and pesos, "¥" yen and yuan, "kr" four crowns. */
const SHARED_SYMBOLS = new Set(['$', '¥', '￥', 'kr', 'kr.', 'Kr', 'Fr.']);

/** The country whose own money a currency is, for the currencies that print a shared symbol. */
const HOME_REGION: Record<string, string> = {
  USD: 'US', MXN: 'MX', CAD: 'CA', AUD: 'AU', NZD: 'NZ', ARS: 'AR', CLP: 'CL', COP: 'CO', UYU: 'UY',
  DOP: 'DO', CUP: 'CU', SGD: 'SG', HKD: 'HK', TWD: 'TW', JPY: 'JP', CNY: 'CN', SEK: 'SE', NOK: 'NO',
  DKK: 'DK', ISK: 'IS', CHF: 'CH',
};

function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}

/**
 * Formats for display in a locale; the only place minor units become a fractional number.
 * A bare shared symbol is replaced by a distinct one ("US$", "MX$", "JP¥") or else the ISO code,
 * so pesos never read as dollars. `audience: 'customer'` keeps the bare symbol when the money is
 * the customer's own (pesos to a Mexican customer read "$"); the UI always tells them apart.
 */
export function formatMoney(money: Money, locale: string, audience: 'ui' | 'customer' = 'ui'): string {
  // Intl accepts a decimal string exactly, so no float rounding happens on display either.
  const value = toDecimalString(money.amount, money.currency) as unknown as number;
  const parts = formatterFor(locale, money.currency).formatToParts(value);
  const symbol = parts.find((part) => part.type === 'currency')?.value ?? '';
  if (!SHARED_SYMBOLS.has(symbol)) return parts.map((part) => part.value).join('');
  if (audience === 'customer' && HOME_REGION[money.currency] === regionOf(locale)) return parts.map((part) => part.value).join('');
  // English as spoken outside the US names every dollar, yen and crown apart.
  const distinct = formatterFor('en-GB', money.currency).formatToParts(value).find((part) => part.type === 'currency')?.value ?? '';
  const replacement = distinct && !SHARED_SYMBOLS.has(distinct) ? distinct : money.currency;
  return parts.map((part) => (part.type === 'currency' ? replacement : part.value)).join('');
}

export function addTo(totals: Totals, money: Money): Totals {
  totals[money.currency] = (totals[money.currency] ?? 0) + money.amount;
  return totals;
}

export function sumByCurrency(items: Iterable<Money>): Totals {
  const totals: Totals = {};
  for (const item of items) addTo(totals, item);
  return totals;
}

/** Totals as a list sorted by currency code, dropping zeros. */
export function totalsList(totals: Totals): Money[] {
  return Object.entries(totals)
    .filter(([, amount]) => amount !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount }));
}
