// Invoice Ninja v4's invoice export: a title row ("Invoice Ninja v4.5.17 - <date>"), a blank row
// and "INVOICES" above the header, then one row per line item with the invoice's Amount and
// Paid repeated on each (written with the currency's symbol; there is no currency column).
// Spanish names are the ones Invoice Ninja's es and es_ES translations give the same texts.
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
import { cellsOf, settledStatus, statusWord } from './common';

type Field =
  | 'client'
  | 'email'
  | 'number'
  | 'amount'
  | 'paid'
  | 'poNumber'
  | 'status'
  | 'invoiceDate'
  | 'dueDate'
  | 'itemProduct'
  | 'itemCost'
  | 'itemQuantity';

const INVOICE_FIELDS: readonly Field[] = ['client', 'email', 'amount', 'paid', 'status', 'invoiceDate', 'dueDate'];

export const invoiceNinjaV4Reader: FormatReader<Field> = {
  format: 'invoiceninja-v4-invoices',
  fields: {
    client: { required: true, en: ['Client'], es: ['Cliente'] },
    email: { required: false, en: ['Email'], es: ['Correo Electrónico', 'Email'] },
    number: { required: true, en: ['Invoice Number'], es: ['Número de Factura'] },
    amount: { required: true, en: ['Amount'], es: ['Cantidad'] },
    paid: { required: true, en: ['Paid'], es: ['Pagado'] },
    poNumber: { required: false, en: ['PO Number'], es: ['Número de Orden', 'Número de Pedido'] },
    status: { required: false, en: ['Status'], es: ['Estado'] },
    invoiceDate: { required: false, en: ['Invoice Date'], es: ['Fecha de Factura'] },
    dueDate: { required: true, en: ['Due Date'], es: ['Fecha de Pago', 'Vencimiento'] },
    itemProduct: { required: false, en: ['Item Product'], es: ['Producto del Concepto', 'Producto del artículo'] },
    itemCost: { required: false, en: ['Item Cost'], es: ['Costo del Concepto', 'Coste del artículo'] },
    itemQuantity: { required: false, en: ['Item Quantity'], es: ['Cantidad del Concepto', 'Cantidad del artículo'] },
  },
  preamble: /invoice ninja v4|^invoices$|facturas/i,
  dateFields: ['invoiceDate', 'dueDate'],
  amountFields: ['amount', 'paid'],
  emailField: 'email',
  suggestedDateOrder: 'dmy',
  read(table, ctx) {
    const out = readerOutput(ctx);
    readInvoiceGroups(table, out, 'number', ({ number, rows, first, cell }) => {
      requireCell(table, first, 'number', 'Invoice Number');
      const name = requireCell(table, first, 'client', 'Client');
      requireSameOnEveryLine(table, rows, INVOICE_FIELDS);
      const word = statusWord(ctx, first.line, cell('status'), 'the amount paid');
      const currency = currencyIn(ctx, '', cellsOf(table, rows, ['amount', 'paid']));
      const amount = amountIn(ctx, requireCell(table, first, 'amount', 'Amount'), currency, headerOf(table, 'amount'));
      const paid = optionalAmount(ctx, cell('paid'), currency, headerOf(table, 'paid')) ?? 0;
      const issueDate = optionalDate(ctx, cell('invoiceDate'), headerOf(table, 'invoiceDate'));
      const dueDate = dueDateFor(ctx, first.line, cell('dueDate'), issueDate, headerOf(table, 'dueDate'));
      const invoice = checkInvoice({ number, currency, amount, paid, issueDate, dueDate, status: settledStatus(word, amount, paid) });
      return { debtor: checkDebtor(ctx, first.line, { name, emails: emailsIn(ctx, cell('email')) }), invoice };
    });
    return out;
  },
};
