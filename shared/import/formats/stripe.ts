// Stripe's invoice export (Dashboard → Invoices → Export): one row per invoice, amounts in major
// units, the currency in lower case. Amount Remaining is what is owed; a draft has no number.
import {
  amountIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  collect,
  currencyIn,
  dueDateFor,
  emailsIn,
  fail,
  headerOf,
  optionalAmount,
  optionalDate,
  readerOutput,
  requireCell,
  type FormatReader,
} from '../reader';
import { settledStatus, statusWord } from './common';

type Field =
  | 'id'
  | 'customerName'
  | 'customerEmail'
  | 'amountDue'
  | 'amountPaid'
  | 'amountRemaining'
  | 'total'
  | 'currency'
  | 'status'
  | 'number'
  | 'date'
  | 'dueDate'
  | 'paid';

export const stripeReader: FormatReader<Field> = {
  format: 'stripe-invoices',
  fields: {
    id: { required: true, en: ['id'] },
    customerName: { required: false, en: ['Customer Name'] },
    customerEmail: { required: false, en: ['Customer Email'] },
    amountDue: { required: true, en: ['Amount Due'] },
    amountPaid: { required: true, en: ['Amount Paid'] },
    amountRemaining: { required: true, en: ['Amount Remaining'] },
    total: { required: false, en: ['Total'] },
    currency: { required: true, en: ['Currency'] },
    status: { required: true, en: ['Status'] },
    number: { required: true, en: ['Number'] },
    date: { required: false, en: ['Date (UTC)'] },
    dueDate: { required: false, en: ['Due Date (UTC)'] },
    paid: { required: false, en: ['Paid'] },
  },
  dateFields: ['date', 'dueDate'],
  amountFields: ['amountDue', 'amountPaid', 'amountRemaining', 'total'],
  currencyField: 'currency',
  emailField: 'customerEmail',
  suggestedDateOrder: null,
  decimalFallback: () => 'dot',
  read(table, ctx) {
    const out = readerOutput(ctx);
    for (const row of table.rows) {
      const cell = (field: Field) => cellOf(table, row, field);
      collect(out, [row], cell('number'), () => {
        const word = statusWord(ctx, row.line, requireCell(table, row, 'status', 'Status'), 'the amount remaining');
        const number = requireCell(table, row, 'number', 'Number');
        const emails = emailsIn(ctx, cell('customerEmail'));
        // Stripe customers often have no name: the address names them then.
        const name = cell('customerName') || emails[0] || fail('missing-value', 'Customer Name is empty', { code: 'empty-value', column: headerOf(table, 'customerName') });
        const currency = currencyIn(ctx, requireCell(table, row, 'currency', 'Currency'), [cell('amountDue'), cell('amountPaid'), cell('amountRemaining'), cell('total')]);
        const due = amountIn(ctx, requireCell(table, row, 'amountDue', 'Amount Due'), currency, headerOf(table, 'amountDue'));
        const amount = optionalAmount(ctx, cell('total'), currency, headerOf(table, 'total')) ?? due;
        const remaining = amountIn(ctx, requireCell(table, row, 'amountRemaining', 'Amount Remaining'), currency, headerOf(table, 'amountRemaining'));
        // Credit applied to the invoice lowers what is due without a payment: both settle it.
        const paid = amount - remaining;
        const issueDate = optionalDate(ctx, cell('date'), headerOf(table, 'date'));
        const dueDate = dueDateFor(ctx, row.line, cell('dueDate'), issueDate, headerOf(table, 'dueDate'));
        const invoice = checkInvoice({ number, currency, amount, paid, issueDate, dueDate, status: settledStatus(word, amount, paid) });
        return { debtor: checkDebtor(ctx, row.line, { name, emails }), invoice };
      });
    }
    return out;
  },
};
