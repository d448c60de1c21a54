// Amounts in a file are written one way throughout ("1.234,56" or "1,234.56"): the style is
// decided once from every amount cell, then each cell is read with it, exactly, in minor units.
import { isCurrencyCode, MoneyParseError, parseAmount } from '../money';

export type DecimalMark = 'dot' | 'comma';

export interface DecimalDecision {
  style: DecimalMark;
  /** Some cells said dot and others comma; the majority won and the others will be rejected. */
  mixed: boolean;
  /** No cell could tell; the fallback was used. */
  guessed: boolean;
}

/** What one cell says about the decimal mark, or null when it cannot tell ("1,234", "15"). */
export function decimalEvidence(cell: string): DecimalMark | null {
  const marks = cell.replace(/[^\d.,]/g, '');
  const lastDot = marks.lastIndexOf('.');
  const lastComma = marks.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) return lastDot > lastComma ? 'dot' : 'comma';
  const at = lastDot !== -1 ? lastDot : lastComma;
  if (at === -1) return null;
  const mark = lastDot !== -1 ? '.' : ',';
  const own: DecimalMark = mark === '.' ? 'dot' : 'comma';
  const other: DecimalMark = own === 'dot' ? 'comma' : 'dot';
  // Twice the same mark can only be grouping: "1.234.567".
  if (marks.indexOf(mark) !== at) return other;
  const decimals = marks.length - at - 1;
  return decimals === 3 ? null : own;
}

export function decideDecimalStyle(cells: Iterable<string>, fallback: DecimalMark): DecimalDecision {
  let dot = 0;
  let comma = 0;
  for (const cell of cells) {
    const evidence = decimalEvidence(cell);
    if (evidence === 'dot') dot++;
    else if (evidence === 'comma') comma++;
  }
  if (dot === 0 && comma === 0) return { style: fallback, mixed: false, guessed: true };
  return { style: comma > dot ? 'comma' : 'dot', mixed: dot > 0 && comma > 0, guessed: false };
}

export type AmountResult = { ok: true; value: number } | { ok: false; message: string };

/** Reads a cell in the file's decided style; never throws. */
export function readAmount(cell: string, currency: string, style: DecimalMark): AmountResult {
  try {
    return { ok: true, value: parseAmount(cell, currency, style) };
  } catch (error) {
    // parseAmount says why; anything else it tripped on is still this cell's fault, not a crash.
    const reason = error instanceof MoneyParseError ? `: ${error.reason}` : '';
    return { ok: false, message: `"${cell}" is not an amount${reason}` };
  }
}

// ---------------------------------------------------------------- currency marks

/** What the symbol or code written in an amount cell says about its currency. */
export type CurrencyMark =
  | { kind: 'none' }
  | { kind: 'currency'; currency: string }
  /** A bare "$" (dollars and pesos) or "¥" (yen and yuan): the cell alone cannot tell which. */
  | { kind: 'ambiguous'; symbol: '$' | '¥' }
  | { kind: 'unknown'; mark: string };

/** Symbols and prefixed symbols people and tools write, by what they name (upper-cased, without dots). */
const MARKS: Readonly<Record<string, string>> = {
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₱': 'PHP',
  '₦': 'NGN',
  '₫': 'VND',
  '₴': 'UAH',
  '₡': 'CRC',
  '₲': 'PYG',
  'ZŁ': 'PLN',
  'KČ': 'CZK',
  'US$': 'USD',
  'U$S': 'USD',
  'MX$': 'MXN',
  'C$': 'CAD',
  'CA$': 'CAD',
  'CAN$': 'CAD',
  'A$': 'AUD',
  'AU$': 'AUD',
  'NZ$': 'NZD',
  'HK$': 'HKD',
  'S$': 'SGD',
  'NT$': 'TWD',
  'R$': 'BRL',
  'RD$': 'DOP',
  'COL$': 'COP',
  'CLP$': 'CLP',
  'AR$': 'ARS',
  '$U': 'UYU',
  'JP¥': 'JPY',
  'CN¥': 'CNY',
  'RMB': 'CNY',
  '円': 'JPY',
  '元': 'CNY',
  'S/': 'PEN',
};

const AMBIGUOUS: Readonly<Record<string, '$' | '¥'>> = { $: '$', '¥': '¥', '￥': '¥' };

const narrowSymbols = new Map<string, string>();

/** How the currency is written with no country in front ("$" for USD, MXN and CAD alike). */
export function narrowSymbol(currency: string): string {
  let symbol = narrowSymbols.get(currency);
  if (symbol === undefined) {
    try {
      const parts = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
      symbol = parts.find((part) => part.type === 'currency')?.value ?? '';
    } catch {
      symbol = '';
    }
    narrowSymbols.set(currency, symbol);
  }
  return symbol;
}

/** Currencies a bare symbol may stand for: "$" (dollars, pesos) or "¥" (yen, yuan). */
export function symbolFits(symbol: '$' | '¥', currency: string): boolean {
  return narrowSymbol(currency) === symbol;
}

/** The "$" currencies offered when a file writes a bare "$": the dollar, then the pesos of Cobro's Spanish-speaking users, then the other dollars. */
export const DOLLAR_CURRENCIES = ['USD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD'] as const;

function markOfToken(token: string): CurrencyMark {
  const mark = token.replace(/\./g, '').toUpperCase();
  if (mark === '') return { kind: 'none' };
  const ambiguous = AMBIGUOUS[mark];
  if (ambiguous) return { kind: 'ambiguous', symbol: ambiguous };
  const known = MARKS[mark];
  if (known) return { kind: 'currency', currency: known };
  if (isCurrencyCode(mark)) return { kind: 'currency', currency: mark };
  // "USD$", "$MXN": a code written beside the dollar sign.
  const code = /^([A-Z]{3})\$$|^\$([A-Z]{3})$/.exec(mark);
  const named = code?.[1] ?? code?.[2];
  if (named !== undefined && isCurrencyCode(named) && symbolFits('$', named)) return { kind: 'currency', currency: named };
  return { kind: 'unknown', mark: token };
}

/**
 * The currency an amount cell names by its symbol or code ("US$1,200.00", "1.234,56 €",
 * "EUR 1,234.56", "-$5"). A cell that writes two (“$5 USD”) names the definite one; two
 * definite ones that differ are unknown, so the cell is refused rather than guessed.
 */
/** Figures, separators and signs only: no currency written, nothing to look up (most cells of most files). */
export function isPlainFigure(cell: string): boolean {
  return /^[\d.,\s\u00a0\u202f'()+\-−]*$/.test(cell);
}

export function currencyMarkOf(cell: string): CurrencyMark {
  // Words without figures are not an amount at all; reading the amount says so.
  if (!/\d/.test(cell)) return { kind: 'none' };
  const tokens = cell.match(/[^\d.,\s\u00a0\u202f'()+\-−]+/g);
  if (tokens === null) return { kind: 'none' };
  let definite: string | null = null;
  let ambiguous: '$' | '¥' | null = null;
  for (const token of tokens) {
    const mark = markOfToken(token);
    if (mark.kind === 'unknown') return mark;
    if (mark.kind === 'currency') {
      if (definite !== null && definite !== mark.currency) return { kind: 'unknown', mark: tokens.join(' ') };
      definite = mark.currency;
    } else if (mark.kind === 'ambiguous') {
      if (ambiguous !== null && ambiguous !== mark.symbol) return { kind: 'unknown', mark: tokens.join(' ') };
      ambiguous = mark.symbol;
    }
  }
  if (definite !== null) {
    if (ambiguous !== null && !symbolFits(ambiguous, definite)) return { kind: 'unknown', mark: tokens.join(' ') };
    return { kind: 'currency', currency: definite };
  }
  return ambiguous === null ? { kind: 'none' } : { kind: 'ambiguous', symbol: ambiguous };
}
