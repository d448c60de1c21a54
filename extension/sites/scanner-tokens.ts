// What the generic scanner would ask the ledger about in a piece of a page's text: e-mail addresses
// and tokens that look like invoice numbers. The ledger is asked for exact matches only, so this
// errs on the side of asking (a 4-digit number may be an invoice number; the ledger decides) and
// only leaves out what is plainly something else: dates, amounts, percentages, phone numbers, links.
//
// What is asked, exactly:
// - an e-mail address lower-cased, without the punctuation around it ("<Ana@X.es>," → "ana@x.es");
// - a number token as written ("INV-0042", "F2024/017", "2024-0031"), and for one written with a
//   leading "#", "Nº"/"N°"/"nº" or "No." also the bare number ("#1043" → "#1043" and "1043"),
//   because tools print the sign but the ledger usually holds the number alone.
// A number split across elements (`<b>INV</b>-0042`) is not seen; tools print a number in one piece.

export interface PageTokens {
  emails: string[];
  numbers: string[];
}

/** Same limit as the ledger's address fields. */
const MAX_EMAIL = 320;
const MIN_NUMBER = 3;
const MAX_NUMBER = 40;
/** More digits than any phone number or invoice number: account numbers, ids, tracking codes. */
const MAX_DIGIT_RUN = 12;

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Links, timestamps and international phone numbers are taken out of the text before it is cut into tokens.
const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;
const TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?/gu;
const PHONE = /\+\d[\d\s().-]{6,}\d/gu;
// A token: letters and digits, with - / . _ inside, a comma only between digits (amounts are then
// recognised whole: "1.234,56" is one token, not "1.234" and "56"), and an optional leading "#".
const TOKEN = /#?[\p{L}\p{N}](?:[\p{L}\p{N}°]|[-/._](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\p{N}))*/gu;
// "Nº1043", "N°1043", "n.º1043", "No.1043", "#1043": the sign, then the number.
const NUMBER_SIGN = /^(?:#|n\.?[º°]\.?|no\.)(?=\p{N})/iu;

const DATE_YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:t\d.*)?$/iu;
const DATE_DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/u;
// Figures grouped by thousands, with or without decimals ("1.234", "1,200.00", "1.234.567,89"),
// and any figure with one or two decimals ("12.50", "234,56").
const AMOUNT_GROUPED = /^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/u;
const AMOUNT_DECIMALS = /^\d+[.,]\d{1,2}$/u;

export function tokensIn(text: string): PageTokens {
  const emails = new Set<string>();
  const numbers = new Set<string>();

  const rest = text.replace(LINK, ' ').replace(TIMESTAMP, ' ').replace(EMAIL, (match) => {
    const email = cleanEmail(match);
    if (email !== null) emails.add(email);
    return ' ';
  });

  const plain = rest.replace(PHONE, (match) => ' '.repeat(match.length));
  for (const match of plain.matchAll(TOKEN)) {
    const token = match[0];
    const after = plain.charAt((match.index ?? 0) + token.length);
    if (after === '%') continue;
    const bare = token.replace(NUMBER_SIGN, '');
    if (!looksLikeNumber(bare)) continue;
    numbers.add(token);
    numbers.add(bare);
  }
  return { emails: [...emails], numbers: [...numbers] };
}

function cleanEmail(match: string): string | null {
  const email = match.replace(/^[._%+'-]+/u, '').toLowerCase();
  const at = email.indexOf('@');
  if (at < 1 || email.length > MAX_EMAIL) return null;
  const labels = email.slice(at + 1).split('.');
  const top = labels[labels.length - 1] ?? '';
  return /^\p{L}{2,}$/u.test(top) && labels.every((label) => label.length > 0) ? email : null;
}

function looksLikeNumber(token: string): boolean {
  if (token.length < MIN_NUMBER || token.length > MAX_NUMBER) return false;
  // "#abc1" is a hashtag: only a sign before figures is taken off, and a token still starting with "#" is not asked.
  if (!/\p{N}/u.test(token) || token.startsWith('#')) return false;
  if (token.includes(',') && !/^[\d.,]+$/u.test(token)) return false;
  if (AMOUNT_GROUPED.test(token) || AMOUNT_DECIMALS.test(token)) return false;
  if (token.includes(',')) return false; // figures with commas that are no amount: lists of numbers
  if (isDate(token)) return false;
  const longestRun = Math.max(...(token.match(/\d+/gu) ?? ['']).map((run) => run.length));
  return longestRun <= MAX_DIGIT_RUN;
}

function isDate(token: string): boolean {
  const ymd = DATE_YMD.exec(token);
  if (ymd) return isMonthDay(Number(ymd[2]), Number(ymd[3]));
  const dmy = DATE_DMY.exec(token);
  if (!dmy) return false;
  const [a, b] = [Number(dmy[1]), Number(dmy[2])];
  // 05/12/2024 or 12/05/2024: either order is a date when its parts can be a day and a month.
  return isMonthDay(b, a) || isMonthDay(a, b);
}

function isMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
