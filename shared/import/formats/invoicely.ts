// Invoicely's invoice list export: one row per invoice, "Details" holding the invoice number.
// It names no currency (the account's) and no amount paid: a paid invoice is paid in full.
import {
  amountIn,
  currencyIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  collect,
  dueDateFor,
  headerOf,
  optionalDate,
  readerOutput,
  requireCell,
  type FormatReader,
} from '../reader';
import { settledStatus, statusWord } from './common';

type Field = 'date' | 'due' | 'details' | 'client' | 'status' | 'total';

export const invoicelyReader: FormatReader<Field> = {
  format: 'invoicely-invoices',
  fields: {
    date: { required: true, en: ['Date'] },
    due: { required: true, en: ['Due'] },
    details: { required: true, en: ['Details'] },
    client: { required: true, en: ['Client'] },
    status: { required: true, en: ['Status'] },
    total: { required: true, en: ['Total'] },
  },
  dateFields: ['date', 'due'],
  amountFields: ['total'],
  suggestedDateOrder: 'mdy',
  read(table, ctx) {
    const out = readerOutput(ctx);
    for (const row of table.rows) {
      const cell = (field: Field) => cellOf(table, row, field);
      collect(out, [row], cell('details'), () => {
        const number = requireCell(table, row, 'details', 'Details');
        const name = requireCell(table, row, 'client', 'Client');
        const word = statusWord(ctx, row.line, requireCell(table, row, 'status', 'Status'), 'nothing else');
        const currency = currencyIn(ctx, '', [cell('total')]);
        const amount = amountIn(ctx, requireCell(table, row, 'total', 'Total'), currency, headerOf(table, 'total'));
        const paid = word === 'paid' ? amount : 0;
        const issueDate = optionalDate(ctx, cell('date'), headerOf(table, 'date'));
        const dueDate = dueDateFor(ctx, row.line, cell('due'), issueDate, headerOf(table, 'due'));
        const invoice = checkInvoice({ number, currency, amount, paid, issueDate, dueDate, status: settledStatus(word, amount, paid) });
        return { debtor: checkDebtor(ctx, row.line, { name, emails: [] }), invoice };
      });
    }
    return out;
  },
};
