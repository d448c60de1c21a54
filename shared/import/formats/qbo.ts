// QuickBooks Online's A/R Aging Detail report: title, company and "As of" rows, then the
// header, then invoices under section titles ("Current", "1 - 30 days past due", ...) each
// followed by a "Total for ..." row, and a grand TOTAL. Only Invoice rows are invoices.
import { foldText } from '../fold';
import {
  amountIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  collect,
  currencyIn,
  dueDateFor,
  fail,
  headerOf,
  optionalDate,
  requireCell,
  type FormatReader,
  readerOutput,
} from '../reader';

type Field = 'date' | 'type' | 'number' | 'customer' | 'dueDate' | 'pastDue' | 'amount' | 'openBalance';

const INVOICE_TYPES: ReadonlySet<string> = new Set(['invoice', 'factura']);

export const qboReader: FormatReader<Field> = {
  format: 'qbo-ar-aging-detail',
  fields: {
    date: { required: false, en: ['Date', 'Transaction Date'], es: ['Fecha'] },
    type: { required: true, en: ['Transaction Type', 'Type', 'Trans Type'], es: ['Tipo de transacción', 'Tipo'] },
    number: { required: true, en: ['Num', 'No', 'Number'], es: ['Núm', 'Número'] },
    customer: { required: true, en: ['Customer', 'Customer full name', 'Name'], es: ['Cliente', 'Nombre'] },
    dueDate: { required: true, en: ['Due Date'], es: ['Fecha de vencimiento', 'Vencimiento'] },
    pastDue: { required: false, en: ['Past Due', 'Days Past Due'], es: ['Vencido', 'Días vencidos'] },
    amount: { required: true, en: ['Amount'], es: ['Importe', 'Cantidad'] },
    openBalance: { required: true, en: ['Open Balance'], es: ['Saldo pendiente', 'Saldo abierto'] },
  },
  preamble: /a\/r aging|as of |antig[uü]edad|al \d/i,
  dateFields: ['date', 'dueDate'],
  amountFields: ['amount', 'openBalance'],
  layoutNamesCurrency: true,
  suggestedDateOrder: 'mdy',
  isStructureRow(cells, table) {
    const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
    if (filled.length <= 1) return true; // section titles
    if (/^total\b/.test(foldText(filled[0]!))) return true;
    // A footer such as the print date, split on its own commas, names no transaction at all.
    const at = (field: Field) => cells[table.columns[field] ?? -1]?.trim() ?? '';
    return at('type') === '' && at('number') === '' && at('amount') === '';
  },
  read(table, ctx) {
    const out = readerOutput(ctx);
    for (const row of table.rows) {
      const cell = (field: Field) => cellOf(table, row, field);
      collect(out, [row], cell('number'), () => {
        const type = requireCell(table, row, 'type', 'Transaction Type');
        if (!INVOICE_TYPES.has(foldText(type))) fail('skipped-type', `a ${type} is not an invoice`, { code: 'not-an-invoice', value: type });
        const number = requireCell(table, row, 'number', 'Num');
        const name = requireCell(table, row, 'customer', 'Customer');
        // The report names no currency but by symbols, often only on its totals (see layoutNamesCurrency).
        const currency = currencyIn(ctx, '', [cell('amount'), cell('openBalance')]);
        const amount = amountIn(ctx, requireCell(table, row, 'amount', 'Amount'), currency, headerOf(table, 'amount'));
        const balance = amountIn(ctx, requireCell(table, row, 'openBalance', 'Open Balance'), currency, headerOf(table, 'openBalance'));
        const issueDate = optionalDate(ctx, cell('date'), headerOf(table, 'date'));
        const dueDate = dueDateFor(ctx, row.line, cell('dueDate'), issueDate, headerOf(table, 'dueDate'));
        const invoice = checkInvoice({
          number,
          currency,
          amount,
          paid: amount - balance,
          issueDate,
          dueDate,
          status: balance === 0 ? 'paid' : 'open',
        });
        return { debtor: checkDebtor(ctx, row.line, { name, emails: [] }), invoice };
      });
    }
    return out;
  },
};
