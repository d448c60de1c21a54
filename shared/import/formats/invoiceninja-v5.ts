// Invoice Ninja v5's invoice export: one row per invoice, each header the entity's name before
// the field's ("Client Name", "Invoice Invoice Number", "Invoice Balance"), translated into the
// company's language ("Cliente Nombre", "Factura Número de Factura", "Factura Saldo").
import {
  amountIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  collect,
  currencyIn,
  dueDateFor,
  emailsIn,
  headerOf,
  optionalDate,
  readerOutput,
  requireCell,
  type FormatReader,
} from '../reader';
import { settledStatus, statusWord } from './common';

type Field = 'clientName' | 'currency' | 'email' | 'number' | 'amount' | 'balance' | 'paidToDate' | 'date' | 'dueDate' | 'status';

export const invoiceNinjaV5Reader: FormatReader<Field> = {
  format: 'invoiceninja-v5-invoices',
  fields: {
    clientName: { required: true, en: ['Client Name'], es: ['Cliente Nombre'] },
    currency: { required: false, en: ['Client Currency'], es: ['Cliente Divisa', 'Cliente Moneda'] },
    email: { required: false, en: ['Contact Email'], es: ['Contacto Correo Electrónico', 'Contacto Email'] },
    number: { required: true, en: ['Invoice Invoice Number'], es: ['Factura Número de Factura'] },
    amount: { required: true, en: ['Invoice Amount'], es: ['Factura Cantidad'] },
    balance: { required: true, en: ['Invoice Balance'], es: ['Factura Saldo'] },
    paidToDate: { required: false, en: ['Invoice Paid to Date'], es: ['Factura Pagado'] },
    date: { required: false, en: ['Invoice Date'], es: ['Factura Fecha'] },
    dueDate: { required: false, en: ['Invoice Due Date'], es: ['Factura Fecha de Pago', 'Factura Vencimiento'] },
    status: { required: false, en: ['Invoice Status'], es: ['Factura Estado'] },
  },
  dateFields: ['date', 'dueDate'],
  amountFields: ['amount', 'balance', 'paidToDate'],
  currencyField: 'currency',
  emailField: 'email',
  suggestedDateOrder: 'dmy',
  read(table, ctx) {
    const out = readerOutput(ctx);
    for (const row of table.rows) {
      const cell = (field: Field) => cellOf(table, row, field);
      collect(out, [row], cell('number'), () => {
        const number = requireCell(table, row, 'number', 'Invoice Invoice Number');
        const name = requireCell(table, row, 'clientName', 'Client Name');
        const word = statusWord(ctx, row.line, cell('status'), 'the balance');
        const currency = currencyIn(ctx, cell('currency'), [cell('amount'), cell('balance'), cell('paidToDate')]);
        const amount = amountIn(ctx, requireCell(table, row, 'amount', 'Invoice Amount'), currency, headerOf(table, 'amount'));
        const balance = amountIn(ctx, requireCell(table, row, 'balance', 'Invoice Balance'), currency, headerOf(table, 'balance'));
        const paid = amount - balance;
        const issueDate = optionalDate(ctx, cell('date'), headerOf(table, 'date'));
        const dueDate = dueDateFor(ctx, row.line, cell('dueDate'), issueDate, headerOf(table, 'dueDate'));
        const invoice = checkInvoice({ number, currency, amount, paid, issueDate, dueDate, status: settledStatus(word, amount, paid) });
        return { debtor: checkDebtor(ctx, row.line, { name, emails: emailsIn(ctx, cell('email')) }), invoice };
      });
    }
    return out;
  },
};
