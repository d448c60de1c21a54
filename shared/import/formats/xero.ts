// Xero's sales invoice export: one row per line item. Rows are grouped by InvoiceNumber;
// the invoice totals repeat on every line and must agree, or the whole group is rejected.
import type { InvoiceStatus } from '../../ledger/schema';
import { foldText } from '../fold';
import { statusFromWord } from '../status-words';
import {
  amountIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  currencyIn,
  dueDateFor,
  emailsIn,
  fail,
  notToCollect,
  headerOf,
  readInvoiceGroups,
  requireSameOnEveryLine,
  optionalAmount,
  optionalDate,
  requireCell,
  warn,
  type FormatReader,
  type ReadContext,
  readerOutput,
  type Table,
} from '../reader';
import type { CsvRow } from '../csv';

type Field =
  | 'contactName'
  | 'email'
  | 'number'
  | 'reference'
  | 'invoiceDate'
  | 'dueDate'
  | 'total'
  | 'taxTotal'
  | 'amountPaid'
  | 'amountDue'
  | 'description'
  | 'quantity'
  | 'unitAmount'
  | 'lineAmount'
  | 'accountCode'
  | 'taxType'
  | 'currency'
  | 'type'
  | 'status';

const STATUSES: Readonly<Record<string, InvoiceStatus | 'skip'>> = {
  authorised: 'open',
  authorized: 'open',
  submitted: 'skip',
  paid: 'paid',
  voided: 'void',
  draft: 'skip',
  deleted: 'skip',
};

/** Columns that describe the invoice (not the line) and so must read the same on every line. */
const INVOICE_TEXT_FIELDS: readonly Field[] = ['contactName', 'invoiceDate', 'dueDate', 'currency', 'status', 'type'];
const INVOICE_MONEY_FIELDS: readonly Field[] = ['total', 'amountPaid', 'amountDue'];

function checkGroupAgrees(table: Table<Field>, ctx: ReadContext, group: readonly CsvRow[], currency: string): void {
  const first = group[0]!;
  const label = (field: Field) => headerOf(table, field);
  requireSameOnEveryLine(table, group, INVOICE_TEXT_FIELDS);
  for (const row of group.slice(1)) {
    for (const field of INVOICE_MONEY_FIELDS) {
      const a = optionalAmount(ctx, cellOf(table, first, field), currency, label(field));
      const b = optionalAmount(ctx, cellOf(table, row, field), currency, label(field));
      if (a !== b) fail('inconsistent-group', `${label(field)} differs between lines ${first.line} and ${row.line}`, {
          code: 'lines-disagree',
          column: label(field),
          first: first.line,
          other: row.line,
        });
    }
  }
}

export const xeroReader: FormatReader<Field> = {
  format: 'xero-sales-invoices',
  fields: {
    contactName: { required: true, en: ['ContactName', 'Contact Name', 'Contact'] },
    email: { required: false, en: ['EmailAddress', 'Email Address', 'Email'] },
    number: { required: true, en: ['InvoiceNumber', 'Invoice Number'] },
    reference: { required: false, en: ['Reference'] },
    invoiceDate: { required: false, en: ['InvoiceDate', 'Invoice Date'] },
    dueDate: { required: true, en: ['DueDate', 'Due Date'] },
    total: { required: true, en: ['Total'] },
    taxTotal: { required: false, en: ['TaxTotal'] },
    amountPaid: { required: false, en: ['InvoiceAmountPaid'] },
    amountDue: { required: false, en: ['InvoiceAmountDue'] },
    description: { required: false, en: ['Description'] },
    quantity: { required: false, en: ['Quantity'] },
    unitAmount: { required: false, en: ['UnitAmount'] },
    lineAmount: { required: false, en: ['LineAmount'] },
    accountCode: { required: false, en: ['AccountCode'] },
    taxType: { required: false, en: ['TaxType'] },
    currency: { required: false, en: ['Currency'] },
    type: { required: false, en: ['Type'] },
    status: { required: false, en: ['Status'] },
  },
  dateFields: ['invoiceDate', 'dueDate'],
  amountFields: ['total', 'amountPaid', 'amountDue'],
  currencyField: 'currency',
  emailField: 'email',
  suggestedDateOrder: 'dmy',
  read(table, ctx) {
    const out = readerOutput(ctx);
    readInvoiceGroups(table, out, 'number', ({ number, rows: group, first, cell }) => {
      requireCell(table, first, 'number', 'InvoiceNumber');
      const name = requireCell(table, first, 'contactName', 'ContactName');
      const type = foldText(cell('type'));
      if (type !== '' && (type.includes('credit') || type === 'accpay' || type.includes('bill'))) {
        fail('skipped-type', `"${cell('type')}" is not a sales invoice`, { code: 'not-an-invoice', value: cell('type') });
      }
      const statusText = cell('status');
      // Xero's own words first; a hand-edited or translated status as people write it.
      const mapped = statusText === '' ? null : (STATUSES[foldText(statusText)] ?? statusFromWord(statusText) ?? undefined);
      if (mapped === 'skip') notToCollect(statusText);
      if (statusText !== '' && mapped === undefined) {
        warn(ctx, first.line, 'unknown-status', `status "${statusText}" is unknown; the amount due decides`, { value: statusText, decidedBy: 'balance' });
      }
      const currency = currencyIn(ctx, cell('currency'), INVOICE_MONEY_FIELDS.map(cell));
      checkGroupAgrees(table, ctx, group, currency);
      const total = amountIn(ctx, requireCell(table, first, 'total', 'Total'), currency, headerOf(table, 'total'));
      const amountDue = optionalAmount(ctx, cell('amountDue'), currency, headerOf(table, 'amountDue'));
      const amountPaid = optionalAmount(ctx, cell('amountPaid'), currency, headerOf(table, 'amountPaid'));
      let paid = 0;
      let paidUnknown = false;
      if (amountDue !== null) {
        // Credit notes applied to the invoice lower what is due without being "paid": both settle it.
        paid = total - amountDue;
        if (amountPaid !== null && amountPaid !== paid) {
          warn(ctx, first.line, 'paid-includes-credits', `invoice ${number}: Total minus InvoiceAmountDue differs from InvoiceAmountPaid; credits count as paid`, { number });
        }
      } else if (amountPaid !== null) paid = amountPaid;
      else if (mapped === 'paid') paid = total;
      else paidUnknown = true;
      const issueDate = optionalDate(ctx, cell('invoiceDate'), headerOf(table, 'invoiceDate'));
      const dueDate = dueDateFor(ctx, first.line, cell('dueDate'), issueDate, headerOf(table, 'dueDate'));
      const status: InvoiceStatus = mapped === 'void' ? 'void' : paid >= total ? 'paid' : 'open';
      const invoice = checkInvoice({ number, currency, amount: total, paid, paidUnknown, issueDate, dueDate, status });
      return { debtor: checkDebtor(ctx, first.line, { name, emails: emailsIn(ctx, cell('email')) }), invoice };
    });
    return out;
  },
};
