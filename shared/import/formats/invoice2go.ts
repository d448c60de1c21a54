// Invoice2go's document export: one row per document, items packed into one cell. Totals are
// TotalAmount and BalanceDueAmount in the row's CurrencyCode; there is no due date column.
import { foldText } from '../fold';
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
  optionalDate,
  readerOutput,
  requireCell,
  type FormatReader,
} from '../reader';
import { settledStatus, statusWord } from './common';

type Field =
  | 'id'
  | 'documentDate'
  | 'number'
  | 'name'
  | 'email'
  | 'status'
  | 'styleName'
  | 'datePaid'
  | 'currency'
  | 'total'
  | 'balance'
  | 'paid';

export const invoice2goReader: FormatReader<Field> = {
  format: 'invoice2go-invoices',
  fields: {
    id: { required: false, en: ['Id'] },
    documentDate: { required: true, en: ['DocumentDate'] },
    number: { required: true, en: ['DocumentNumber'] },
    name: { required: true, en: ['Name'] },
    email: { required: false, en: ['EmailRecipient'] },
    status: { required: false, en: ['DocumentStatus'] },
    styleName: { required: false, en: ['StyleName'] },
    datePaid: { required: false, en: ['DatePaid'] },
    currency: { required: false, en: ['CurrencyCode'] },
    total: { required: true, en: ['TotalAmount'] },
    balance: { required: true, en: ['BalanceDueAmount'] },
    paid: { required: false, en: ['AmountPaidAmount'] },
  },
  dateFields: ['documentDate', 'datePaid'],
  amountFields: ['total', 'balance', 'paid'],
  currencyField: 'currency',
  emailField: 'email',
  suggestedDateOrder: 'mdy',
  read(table, ctx) {
    const out = readerOutput(ctx);
    for (const row of table.rows) {
      const cell = (field: Field) => cellOf(table, row, field);
      collect(out, [row], cell('number'), () => {
        const style = foldText(cell('styleName'));
        if (style !== '' && style !== 'invoice') fail('skipped-type', `"${cell('styleName')}" is not an invoice`, { code: 'not-an-invoice', value: cell('styleName') });
        const number = requireCell(table, row, 'number', 'DocumentNumber');
        const name = requireCell(table, row, 'name', 'Name');
        const word = statusWord(ctx, row.line, cell('status'), 'the balance');
        const currency = currencyIn(ctx, cell('currency'), [cell('total'), cell('balance'), cell('paid')]);
        const amount = amountIn(ctx, requireCell(table, row, 'total', 'TotalAmount'), currency, headerOf(table, 'total'));
        const balance = amountIn(ctx, requireCell(table, row, 'balance', 'BalanceDueAmount'), currency, headerOf(table, 'balance'));
        const paid = amount - balance;
        const issueDate = optionalDate(ctx, cell('documentDate'), headerOf(table, 'documentDate'));
        const dueDate = dueDateFor(ctx, row.line, '', issueDate, 'due date');
        const invoice = checkInvoice({ number, currency, amount, paid, issueDate, dueDate, status: settledStatus(word, amount, paid) });
        return { debtor: checkDebtor(ctx, row.line, { name, emails: emailsIn(ctx, cell('email')) }), invoice };
      });
    }
    return out;
  },
};
