// Test support: parse and insist it worked, and flatten rows into comparable tuples.
import { expect } from 'vitest';
import { parseImportFile } from '../parse';
import type { ImportRow, ParsedImport, ParseImportOptions, RejectedRow } from '../types';

export function parsed(text: string, options: Partial<ParseImportOptions> = {}): ParsedImport {
  const result = parseImportFile(text, { defaultCurrency: 'EUR', ...options });
  if (!result.ok) expect.fail(`expected the file to parse, got ${result.code}: ${result.message}`);
  return result;
}

/** [line, debtor name, emails, number, currency, amount, paid, issue date, due date, status] */
export type RowTuple = [number, string, string[], string, string, number, number, string | null, string, string];

export function tuple(row: ImportRow): RowTuple {
  const { debtor, invoice } = row;
  return [row.line, debtor.name, debtor.emails, invoice.number, invoice.currency, invoice.amount, invoice.paid, invoice.issueDate, invoice.dueDate, invoice.status];
}

export function rejections(result: ParsedImport): [number, string][] {
  return result.rejected.map((row: RejectedRow) => [row.line, row.code]);
}
