// What the readers of invoice exports share. Line-item exports: the invoice's amount is the sum of its lines, counted in minor units, and
// where the export also writes the invoice's total that sum must match it, or the whole invoice
// is rejected rather than imported at an amount nobody wrote.
import type { CsvRow } from '../csv';
import type { InvoiceStatus } from '../../ledger/schema';
import { amountIn, cellOf, fail, headerOf, notToCollect, warn, type ReadContext, type Table } from '../reader';
import { statusFromWord } from '../status-words';

/** The cells of `fields` on every line of an invoice, as written, for `currencyIn` to check their symbols. */
export function cellsOf<F extends string>(table: Table<F>, rows: readonly CsvRow[], fields: readonly F[]): string[] {
  return rows.flatMap((row) => fields.map((field) => cellOf(table, row, field)));
}

export function sumOfLines<F extends string>(table: Table<F>, ctx: ReadContext, rows: readonly CsvRow[], field: F, currency: string): number {
  let sum = 0;
  for (const row of rows) {
    const text = cellOf(table, row, field);
    if (text !== '') sum += amountIn(ctx, text, currency, headerOf(table, field));
  }
  return sum;
}

/** Fails the invoice when its lines do not add up to the total column. */
export function requireLinesMatch<F extends string>(table: Table<F>, totalField: F, lines: number, total: number, currency: string): void {
  if (lines === total) return;
  const column = headerOf(table, totalField);
  fail('inconsistent-group', `the lines add up to ${lines} minor units but ${column} says ${total}`, {
    code: 'lines-sum-mismatch',
    column,
    total,
    sum: lines,
    currency,
  });
}

/**
 * The invoice's status word: a draft or deleted document is rejected as not to collect; a word
 * nobody knows is warned about and null returned, so the amounts decide.
 */
export function statusWord(ctx: ReadContext, line: number, text: string, decides: string): InvoiceStatus | null {
  if (text === '') return null;
  const word = statusFromWord(text);
  if (word === 'skip') notToCollect(text);
  if (word === null) warn(ctx, line, 'unknown-status', `status "${text}" is unknown; ${decides} decides`, { value: text, decidedBy: decides === 'nothing else' ? 'open' : 'balance' });
  return word;
}

/** Void, disputed and written-off invoices keep their word; the rest are paid when nothing is owed. */
export function settledStatus(word: InvoiceStatus | null, amount: number, paid: number): InvoiceStatus {
  if (word === 'void' || word === 'disputed' || word === 'written_off') return word;
  return paid >= amount ? 'paid' : 'open';
}
