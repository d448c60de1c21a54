// Wave's accounting transactions export: a journal, several rows per transaction. An invoice
// is its Accounts Receivable row (the total) plus its income and tax lines, all carrying the
// Invoice Number; a payment is a negative Accounts Receivable row with the same number. The
// other half of a payment (the bank or cash row) names no invoice and no customer: layout.
// Wave writes no currency (the business's) and no due date.
import type { CsvRow } from '../csv';
import { foldText } from '../fold';
import {
  amountIn,
  currencyIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  dueDateFor,
  headerOf,
  optionalDate,
  readInvoiceGroups,
  readerOutput,
  requireCell,
  type FormatReader,
  type Table,
} from '../reader';
import { cellsOf, requireLinesMatch, settledStatus } from './common';

type Field =
  | 'transactionId'
  | 'date'
  | 'accountName'
  | 'description'
  | 'amount'
  | 'customer'
  | 'number'
  | 'accountType';

const RECEIVABLE = /^(accounts receivable|cuentas por cobrar|clientes)$/;

export const waveReader: FormatReader<Field> = {
  format: 'wave-transactions',
  fields: {
    transactionId: { required: true, en: ['Transaction ID'] },
    date: { required: true, en: ['Transaction Date'] },
    accountName: { required: true, en: ['Account Name'] },
    description: { required: false, en: ['Transaction Description'] },
    amount: { required: true, en: ['Amount (One column)'] },
    customer: { required: true, en: ['Customer'] },
    number: { required: true, en: ['Invoice Number'] },
    accountType: { required: false, en: ['Account Type'] },
  },
  dateFields: ['date'],
  amountFields: ['amount'],
  suggestedDateOrder: 'mdy',
  isStructureRow(cells: readonly string[], table: Table<Field>) {
    const row: CsvRow = { line: 0, cells: [...cells], unterminatedQuote: false };
    return cellOf(table, row, 'number') === '' && cellOf(table, row, 'customer') === '';
  },
  read(table, ctx) {
    const out = readerOutput(ctx);
    readInvoiceGroups(table, out, 'number', ({ number, rows, first }) => {
      requireCell(table, first, 'number', 'Invoice Number');
      const name = requireCell(table, first, 'customer', 'Customer');
      // Wave writes no currency column (the business's own); a symbol in the amounts still counts.
      const currency = currencyIn(ctx, '', cellsOf(table, rows, ['amount']));
      const label = headerOf(table, 'amount');
      let total = 0;
      let paid = 0;
      let lines = 0;
      let issue: CsvRow | null = null;
      for (const row of rows) {
        const value = amountIn(ctx, requireCell(table, row, 'amount', 'Amount (One column)'), currency, label);
        if (RECEIVABLE.test(foldText(cellOf(table, row, 'accountName')))) {
          if (value >= 0) {
            total += value;
            issue ??= row;
          } else paid -= value;
        } else lines += value;
      }
      if (issue !== null && lines !== 0) requireLinesMatch(table, 'amount', lines, total, currency);
      const from = issue ?? first;
      const issueDate = optionalDate(ctx, cellOf(table, from, 'date'), headerOf(table, 'date'));
      const dueDate = dueDateFor(ctx, from.line, '', issueDate, 'due date');
      const invoice = checkInvoice({ number, currency, amount: total, paid, issueDate, dueDate, status: settledStatus(null, total, paid) });
      return { debtor: checkDebtor(ctx, first.line, { name, emails: [] }), invoice };
    });
    return out;
  },
};
