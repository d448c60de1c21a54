// What an invoicing tool's page showed about an invoice Cobro does not know, and the capture
// form's first values worked out from it. Every string is the page's own text, untrusted: it
// only ever becomes the starting text of a field the user checks before anything is written.
// Amounts are read exactly, as the import reads a file's cells; a currency the page does not
// make certain is left for the user to choose, never silently taken for the default.
import { currencyMarkOf, decideDecimalStyle, readAmount, symbolFits, type DecimalMark } from '../import/amount-cells';
import { isCurrencyCode } from '../money';
import { amountInputText, decimalMarkOf } from '../ui/amount-input';

/**
 * One invoice as the page showed it; any field the page does not show is null. The field names
 * are those of the extension's PageInvoice, so a recipe's or the scanner's reading passes as is.
 */
export interface CaptureDraft {
  number: string | null;
  customer: string | null;
  email: string | null;
  /** The total and what is still owed, as written ("1.234,56 €", "$1,200.00"). */
  amountText: string | null;
  balanceText: string | null;
  /** An ISO code when the page names one outright; else null. */
  currency: string | null;
  /** ISO days when the page's dates could be read unambiguously; else null. */
  issueDate: string | null;
  dueDate: string | null;
  status: 'draft' | 'open' | 'partial' | 'paid' | 'void' | null;
}

/** Why the currency field is what it is, when the page did not settle it. */
export type CurrencyNote =
  /** A bare "$" or "¥": the user chooses among the currencies written so. */
  | { kind: 'symbol'; symbol: '$' | '¥' }
  /** The page wrote no currency at all: the user's usual one is offered, and the form says so. */
  | { kind: 'unnamed'; offered: string }
  /** The page named a currency and wrote the amount with another (or a mark Cobro does not know): the user chooses. */
  | { kind: 'unclear'; written: string };

/** The form's first values; texts are as the user would type them in the UI's language. */
export interface CaptureStart {
  number: string;
  customer: string;
  email: string;
  /** An ISO code, or null when the user must choose. */
  currency: string | null;
  currencyNote: CurrencyNote | null;
  amountText: string;
  /** The amount less the balance the page showed ('' when nothing was paid or it cannot be told). */
  paidText: string;
  issueDate: string;
  dueDate: string;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A real calendar day as yyyy-mm-dd (not '2026-02-30'); by hand, as the form ships without date-fns. */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** The currencies a digits count stands for, to read figures exactly before the currency is known. */
const STAND_IN: Record<number, string> = { 0: 'JPY', 2: 'EUR', 3: 'BHD' };

function clean(text: string | null, max: number): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

function currencyOf(draft: CaptureDraft, defaultCurrency: string): { currency: string | null; note: CurrencyNote | null } {
  const named = draft.currency !== null && isCurrencyCode(draft.currency.toUpperCase()) ? draft.currency.toUpperCase() : null;
  const marks = [draft.amountText, draft.balanceText].filter((text): text is string => text !== null && text.trim() !== '').map(currencyMarkOf);
  const definite = new Set(marks.flatMap((mark) => (mark.kind === 'currency' ? [mark.currency] : [])));
  const unknown = marks.find((mark) => mark.kind === 'unknown');
  const symbol = marks.find((mark) => mark.kind === 'ambiguous')?.symbol;
  if (unknown || definite.size > 1) return { currency: null, note: { kind: 'unclear', written: unknown?.mark ?? [...definite].join(' ') } };
  const [written] = [...definite];
  if (named !== null) {
    if (written !== undefined && written !== named) return { currency: null, note: { kind: 'unclear', written } };
    if (written === undefined && symbol !== undefined && !symbolFits(symbol, named)) return { currency: null, note: { kind: 'unclear', written: symbol } };
    return { currency: named, note: null };
  }
  if (written !== undefined) return { currency: written, note: null };
  if (symbol !== undefined) return { currency: null, note: { kind: 'symbol', symbol } };
  return { currency: defaultCurrency, note: { kind: 'unnamed', offered: defaultCurrency } };
}

/** Digits after the decimal mark in a figure written in `style` (0 when there is none). */
function fractionDigits(text: string, style: DecimalMark): number {
  const figures = text.replace(/[^\d.,]/g, '');
  const at = figures.lastIndexOf(style === 'dot' ? '.' : ',');
  return at === -1 ? 0 : figures.length - at - 1;
}

/**
 * The capture form's first values from what the page showed. `uiLocale` decides how amounts are
 * written back into the fields, and which decimal mark a figure that cannot tell ("1.500") has.
 */
export function draftFromPage(draft: CaptureDraft, options: { uiLocale: string; defaultCurrency: string }): CaptureStart {
  const { currency, note } = currencyOf(draft, options.defaultCurrency);
  const texts = [draft.amountText, draft.balanceText].filter((text): text is string => text !== null && /\d/.test(text));
  const style = decideDecimalStyle(texts, decimalMarkOf(options.uiLocale) === ',' ? 'comma' : 'dot').style;
  const reading = currency ?? STAND_IN[Math.max(...texts.map((text) => fractionDigits(text, style)), 0)] ?? 'BHD';
  const read = (text: string | null) => {
    if (text === null || !/\d/.test(text)) return null;
    const result = readAmount(text, reading, style);
    return result.ok && result.value >= 0 ? result.value : null;
  };
  const amount = read(draft.amountText);
  const balance = read(draft.balanceText);
  let paid: number | null = null;
  if (amount !== null && balance !== null && balance < amount) paid = amount - balance;
  else if (amount !== null && balance === null && draft.status === 'paid') paid = amount;
  const email = clean(draft.email, 320).toLowerCase();
  return {
    number: clean(draft.number, 60),
    customer: clean(draft.customer, 200),
    email: EMAIL_SHAPE.test(email) ? email : '',
    currency,
    currencyNote: note,
    amountText: amount !== null ? amountInputText(amount, reading, options.uiLocale) : clean(draft.amountText, 40),
    paidText: paid !== null && paid > 0 ? amountInputText(paid, reading, options.uiLocale) : '',
    issueDate: draft.issueDate !== null && isDay(draft.issueDate) ? draft.issueDate : '',
    dueDate: draft.dueDate !== null && isDay(draft.dueDate) ? draft.dueDate : '',
  };
}
