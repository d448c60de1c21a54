// Cobro's own CSV: one row per invoice, exact snake_case headers in any order (see
// formats/README.md). It is also what Cobro exports, so reading it must give back exactly
// what was written.
import { InvoiceStatus } from '../../ledger/schema';
import {
  amountIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  collect,
  currencyIn,
  dateIn,
  emailsIn,
  fail,
  headerOf,
  optionalDate,
  requireCell,
  type FormatReader,
  readerOutput,
} from '../reader';

type Field =
  | 'debtorName'
  | 'debtorEmail'
  | 'invoiceNumber'
  | 'currency'
  | 'amount'
  | 'paid'
  | 'issueDate'
  | 'dueDate'
  | 'status'
  | 'debtorPhone'
  | 'debtorLocale'
  | 'debtorTimeZone'
  | 'notes';

/** Column names in the order Cobro writes them. */
export const COBRO_COLUMNS = [
  'debtor_name',
  'debtor_email',
  'invoice_number',
  'currency',
  'amount',
  'paid',
  'issue_date',
  'due_date',
  'status',
  'debtor_phone',
  'debtor_locale',
  'debtor_time_zone',
  'notes',
] as const;

export const cobroReader: FormatReader<Field> = {
  format: 'cobro',
  fields: {
    debtorName: { required: true, any: ['debtor_name'] },
    debtorEmail: { required: true, any: ['debtor_email'] },
    invoiceNumber: { required: true, any: ['invoice_number'] },
    currency: { required: false, any: ['currency'] },
    amount: { required: true, any: ['amount'] },
    paid: { required: false, any: ['paid'] },
    issueDate: { required: false, any: ['issue_date'] },
    dueDate: { required: true, any: ['due_date'] },
    status: { required: false, any: ['status'] },
    debtorPhone: { required: false, any: ['debtor_phone'] },
    debtorLocale: { required: false, any: ['debtor_locale'] },
    debtorTimeZone: { required: false, any: ['debtor_time_zone'] },
    notes: { required: false, any: ['notes'] },
  },
  dateFields: ['issueDate', 'dueDate'],
  amountFields: ['amount', 'paid'],
  currencyField: 'currency',
  emailField: 'debtorEmail',
  suggestedDateOrder: null,
  // The format says '.', but a file saved with ';' comes from a spreadsheet in a comma locale.
  decimalFallback: (delimiter) => (delimiter === ';' ? 'comma' : 'dot'),
  read(table, ctx) {
    const out = readerOutput(ctx);
    for (const row of table.rows) {
      const cell = (field: Field) => cellOf(table, row, field);
      collect(out, [row], cell('invoiceNumber'), () => {
        const name = requireCell(table, row, 'debtorName', 'debtor_name');
        const number = requireCell(table, row, 'invoiceNumber', 'invoice_number');
        const currency = currencyIn(ctx, cell('currency'), [cell('amount'), cell('paid')]);
        const amount = amountIn(ctx, requireCell(table, row, 'amount', 'amount'), currency, headerOf(table, 'amount'));
        const paidText = cell('paid');
        const paid = paidText === '' ? 0 : amountIn(ctx, paidText, currency, headerOf(table, 'paid'));
        const issueDate = optionalDate(ctx, cell('issueDate'), headerOf(table, 'issueDate'));
        const dueDate = dateIn(ctx, requireCell(table, row, 'dueDate', 'due_date'), headerOf(table, 'dueDate'));
        const statusText = cell('status').toLowerCase().replace(/ /g, '_');
        let status: InvoiceStatus;
        if (statusText === '') status = paid >= amount ? 'paid' : 'open';
        else {
          const parsed = InvoiceStatus.safeParse(statusText);
          if (!parsed.success) fail('bad-status', `status "${cell('status')}" is not one of ${InvoiceStatus.options.join(', ')}`, { code: 'unknown-status', value: cell('status') });
          status = parsed.data;
        }
        const invoice = checkInvoice({ number, currency, amount, paid, issueDate, dueDate, status });
        const debtor = checkDebtor(ctx, row.line, {
          name,
          emails: emailsIn(ctx, cell('debtorEmail')),
          phone: cell('debtorPhone'),
          locale: cell('debtorLocale'),
          timeZone: cell('debtorTimeZone'),
          notes: cell('notes'),
        });
        return { debtor, invoice };
      });
    }
    return out;
  },
};
