// Invoice Ninja's "Aged Receivable Detailed" report: four blank rows, a title, a "Created on"
// row, then one row per unpaid invoice with headers in the company's language. It carries
// no address, so debtors come in without one and are flagged for the user to complete.
import {
  amountIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  collect,
  currencyIn,
  dueDateFor,
  notToCollect,
  headerOf,
  optionalDate,
  requireCell,
  warn,
  type FormatReader,
  readerOutput,
} from '../reader';
import { statusFromWord } from '../status-words';

type Field =
  | 'date'
  | 'dueDate'
  | 'number'
  | 'status'
  | 'clientName'
  | 'clientNumber'
  | 'idNumber'
  | 'age'
  | 'amount'
  | 'balance';

export const invoiceNinjaReader: FormatReader<Field> = {
  format: 'invoiceninja-ar-detailed',
  fields: {
    date: { required: false, en: ['Date', 'Invoice Date'], es: ['Fecha', 'Fecha de Factura', 'Fecha Factura'] },
    dueDate: {
      required: true,
      en: ['Due Date'],
      es: ['Fecha de Vencimiento', 'Vencimiento', 'Fecha Vencimiento'],
    },
    number: {
      required: true,
      en: ['Invoice Number', 'Invoice'],
      es: ['Número de Factura', 'Numero Factura', 'Nº de Factura', 'Nº Factura', 'Núm. Factura', 'Factura'],
    },
    status: { required: false, en: ['Status'], es: ['Estado'] },
    clientName: { required: true, en: ['Client Name', 'Client'], es: ['Nombre del Cliente', 'Nombre Cliente', 'Cliente'] },
    clientNumber: { required: false, en: ['Client Number'], es: ['Número de Cliente', 'Numero Cliente', 'Nº de Cliente'] },
    idNumber: {
      required: false,
      en: ['ID Number', 'VAT Number'],
      es: ['Número de Identificación', 'Número de Identificación Fiscal', 'NIF', 'CIF', 'NIF/CIF', 'Identificación'],
    },
    age: { required: false, en: ['Age', 'Days'], es: ['Edad', 'Antigüedad', 'Días'] },
    amount: { required: true, en: ['Amount', 'Total'], es: ['Importe', 'Cantidad', 'Total', 'Monto'] },
    balance: { required: true, en: ['Balance', 'Balance Due'], es: ['Saldo', 'Saldo Pendiente', 'Pendiente', 'Balance'] },
  },
  preamble: /aged receivable|created on|cuentas por cobrar|antig[uü]edad de (saldos|cuentas)|creado el/i,
  dateFields: ['date', 'dueDate'],
  amountFields: ['amount', 'balance'],
  suggestedDateOrder: 'dmy',
  read(table, ctx) {
    const out = readerOutput(ctx);
    for (const row of table.rows) {
      const cell = (field: Field) => cellOf(table, row, field);
      collect(out, [row], cell('number'), () => {
        const name = requireCell(table, row, 'clientName', 'client name');
        const number = requireCell(table, row, 'number', 'invoice number');
        const statusText = cell('status');
        const word = statusText === '' ? null : statusFromWord(statusText);
        if (word === 'skip') notToCollect(statusText);
        if (statusText !== '' && word === null) {
          warn(ctx, row.line, 'unknown-status', `status "${statusText}" is unknown; the balance decides`, { value: statusText, decidedBy: 'balance' });
        }
        // The report names no currency column: the amounts' symbols, or the company's currency.
        const currency = currencyIn(ctx, '', [cell('amount'), cell('balance')]);
        const amount = amountIn(ctx, requireCell(table, row, 'amount', 'amount'), currency, headerOf(table, 'amount'));
        const balance = amountIn(ctx, requireCell(table, row, 'balance', 'balance'), currency, headerOf(table, 'balance'));
        const paid = amount - balance;
        const issueDate = optionalDate(ctx, cell('date'), headerOf(table, 'date'));
        const dueDate = dueDateFor(ctx, row.line, cell('dueDate'), issueDate, headerOf(table, 'dueDate'));
        const settled = balance === 0;
        const status = word === 'void' || word === 'disputed' || word === 'written_off' ? word : settled ? 'paid' : 'open';
        const invoice = checkInvoice({ number, currency, amount, paid, issueDate, dueDate, status });
        return { debtor: checkDebtor(ctx, row.line, { name, emails: [] }), invoice };
      });
    }
    return out;
  },
};
