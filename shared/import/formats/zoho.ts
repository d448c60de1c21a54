// Zoho Invoice / Zoho Books invoice export: one row per line item, the invoice's Total and
// Balance repeated on each. Lines are grouped by Invoice Number; their Item Totals must add up
// to the SubTotal, and what is paid is Total minus Balance.
import {
  amountIn,
  checkDebtor,
  checkInvoice,
  currencyIn,
  dueDateFor,
  emailsIn,
  headerOf,
  optionalAmount,
  optionalDate,
  readInvoiceGroups,
  readerOutput,
  requireCell,
  requireSameOnEveryLine,
  type FormatReader,
} from '../reader';
import { cellsOf, requireLinesMatch, settledStatus, statusWord, sumOfLines } from './common';

type Field =
  | 'invoiceDate'
  | 'invoiceId'
  | 'number'
  | 'status'
  | 'customerName'
  | 'companyName'
  | 'dueDate'
  | 'currency'
  | 'itemName'
  | 'itemTotal'
  | 'subTotal'
  | 'total'
  | 'balance'
  | 'paymentTerms'
  | 'email';

const INVOICE_FIELDS: readonly Field[] = ['customerName', 'invoiceDate', 'dueDate', 'status', 'currency', 'subTotal', 'total', 'balance'];

export const zohoReader: FormatReader<Field> = {
  format: 'zoho-invoices',
  fields: {
    invoiceDate: { required: true, en: ['Invoice Date'] },
    invoiceId: { required: true, en: ['Invoice ID'] },
    number: { required: true, en: ['Invoice Number'] },
    status: { required: true, en: ['Invoice Status'] },
    customerName: { required: true, en: ['Customer Name'] },
    companyName: { required: false, en: ['Company Name'] },
    dueDate: { required: false, en: ['Due Date'] },
    currency: { required: false, en: ['Currency Code'] },
    itemName: { required: false, en: ['Item Name'] },
    itemTotal: { required: false, en: ['Item Total'] },
    subTotal: { required: false, en: ['SubTotal'] },
    total: { required: true, en: ['Total'] },
    balance: { required: true, en: ['Balance'] },
    paymentTerms: { required: false, en: ['Payment Terms Label'] },
    email: { required: false, en: ['Customer Email', 'Email'] },
  },
  dateFields: ['invoiceDate', 'dueDate'],
  amountFields: ['itemTotal', 'subTotal', 'total', 'balance'],
  currencyField: 'currency',
  emailField: 'email',
  suggestedDateOrder: 'dmy',
  read(table, ctx) {
    const out = readerOutput(ctx);
    readInvoiceGroups(table, out, 'number', ({ number, rows, first, cell }) => {
      requireCell(table, first, 'number', 'Invoice Number');
      const name = requireCell(table, first, 'customerName', 'Customer Name');
      requireSameOnEveryLine(table, rows, INVOICE_FIELDS);
      const word = statusWord(ctx, first.line, requireCell(table, first, 'status', 'Invoice Status'), 'the balance');
      const currency = currencyIn(ctx, cell('currency'), cellsOf(table, rows, ['itemTotal', 'subTotal', 'total', 'balance']));
      const total = amountIn(ctx, requireCell(table, first, 'total', 'Total'), currency, headerOf(table, 'total'));
      const balance = amountIn(ctx, requireCell(table, first, 'balance', 'Balance'), currency, headerOf(table, 'balance'));
      const subTotal = optionalAmount(ctx, cell('subTotal'), currency, headerOf(table, 'subTotal'));
      if (subTotal !== null && table.columns.itemTotal !== undefined) {
        requireLinesMatch(table, 'subTotal', sumOfLines(table, ctx, rows, 'itemTotal', currency), subTotal, currency);
      }
      const paid = total - balance;
      const issueDate = optionalDate(ctx, cell('invoiceDate'), headerOf(table, 'invoiceDate'));
      const dueDate = dueDateFor(ctx, first.line, cell('dueDate'), issueDate, headerOf(table, 'dueDate'));
      const invoice = checkInvoice({ number, currency, amount: total, paid, issueDate, dueDate, status: settledStatus(word, total, paid) });
      return { debtor: checkDebtor(ctx, first.line, { name, emails: emailsIn(ctx, cell('email')) }), invoice };
    });
    return out;
  },
};
