// Amounts in a file are written one way throughout ("1.234,56" or "1,234.56"): the style is
// decided once from every amount cell, then each cell is read with it, exactly, in minor units.
import { MoneyParseError, parseAmount } from '../money';

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
