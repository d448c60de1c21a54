// FreshBooks' Invoice Details report: one row per line item, no balance. Lines are grouped
// by Invoice # and their Line Totals summed in minor units; a paid invoice is fully paid, a
// partly paid one stays open with the paid part unknown.
import type { InvoiceStatus } from '../../ledger/schema';
import { foldText } from '../fold';
import {
  amountIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  currencyIn,
  dueDateFor,
  headerOf,
  notToCollect,
  readInvoiceGroups,
  requireSameOnEveryLine,
  optionalDate,
  requireCell,
  warn,
  type FormatReader,
  readerOutput,
} from '../reader';
import { statusFromWord } from '../status-words';

type Field =
  | 'clientName'
  | 'number'
  | 'dateIssued'
  | 'dateDue'
  | 'status'
  | 'datePaid'
  | 'itemName'
  | 'itemDescription'
  | 'rate'
  | 'quantity'
  | 'lineSubtotal'
  | 'lineTotal'
  | 'currency';

/** Columns that describe the invoice and so must read the same on every line. */
const INVOICE_FIELDS: readonly Field[] = ['clientName', 'dateIssued', 'dateDue', 'status', 'datePaid', 'currency'];

export const freshbooksReader: FormatReader<Field> = {
  format: 'freshbooks-invoice-details',
  fields: {
    clientName: { required: true, en: ['Client Name', 'Client', 'Organization'] },
    number: { required: true, en: ['Invoice #', 'Invoice Number', 'Invoice No'] },
    dateIssued: { required: false, en: ['Date Issued', 'Issue Date'] },
    dateDue: { required: true, en: ['Date Due', 'Due Date'] },
    status: { required: true, en: ['Invoice Status', 'Status'] },
    datePaid: { required: false, en: ['Date Paid'] },
    itemName: { required: false, en: ['Item Name'] },
    itemDescription: { required: false, en: ['Item Description'] },
    rate: { required: false, en: ['Rate'] },
    quantity: { required: false, en: ['Quantity'] },
    lineSubtotal: { required: false, en: ['Line Subtotal'] },
    lineTotal: { required: true, en: ['Line Total'] },
    currency: { required: false, en: ['Currency'] },
  },
  dateFields: ['dateIssued', 'dateDue', 'datePaid'],
  amountFields: ['lineTotal'],
  currencyField: 'currency',
  suggestedDateOrder: 'mdy',
  read(table, ctx) {
    const out = readerOutput(ctx);
    readInvoiceGroups(table, out, 'number', ({ number, rows: group, first, cell }) => {
      requireCell(table, first, 'number', 'Invoice #');
      const name = requireCell(table, first, 'clientName', 'Client Name');
      requireSameOnEveryLine(table, group, INVOICE_FIELDS);
      const statusText = requireCell(table, first, 'status', 'Invoice Status');
      const word = statusFromWord(statusText);
      if (word === 'skip') notToCollect(statusText);
      const currency = currencyIn(ctx, cell('currency'), group.map((row) => cellOf(table, row, 'lineTotal')));
      let amount = 0;
      for (const row of group) amount += amountIn(ctx, requireCell(table, row, 'lineTotal', 'Line Total'), currency, headerOf(table, 'lineTotal'));
      const issueDate = optionalDate(ctx, cell('dateIssued'), headerOf(table, 'dateIssued'));
      const dueDate = dueDateFor(ctx, first.line, cell('dateDue'), issueDate, headerOf(table, 'dateDue'));
      if (cell('datePaid') !== '') optionalDate(ctx, cell('datePaid'), headerOf(table, 'datePaid'));
      const fullyPaid = word === 'paid' || cell('datePaid') !== '';
      const partial = foldText(statusText).startsWith('partial');
      let status: InvoiceStatus = 'open';
      let paid = 0;
      let paidUnknown = false;
      if (fullyPaid) {
        status = 'paid';
        paid = amount;
      } else if (word === 'void' || word === 'disputed' || word === 'written_off') {
        status = word;
      } else if (partial) {
        paidUnknown = true;
        warn(ctx, first.line, 'paid-unknown', `invoice ${number} is partly paid but the report does not say how much; imported as unpaid`, { number });
      } else if (word === null) {
        warn(ctx, first.line, 'unknown-status', `status "${statusText}" is unknown; imported as open`, { value: statusText, decidedBy: 'open' });
      }
      const invoice = checkInvoice({ number, currency, amount, paid, paidUnknown, issueDate, dueDate, status });
      return { debtor: checkDebtor(ctx, first.line, { name, emails: [] }), invoice };
    });
    return out;
  },
};
