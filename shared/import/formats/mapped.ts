// Any other CSV, read through the user's answer to "which column holds what". Rows with the same
// customer and invoice number are one invoice (exports that list one row per line item): its
// amount is the sum of the line amounts, checked against the invoice's total when one is mapped.
import type { InvoiceStatus } from '../../ledger/schema';
import { foldText } from '../fold';
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
  optionalDate,
  readInvoiceGroups,
  requireCell,
  requireSameOnEveryLine,
  warn,
  type FormatReader,
  readerOutput,
} from '../reader';
import { statusFromWord } from '../status-words';
import type { ColumnMapping } from '../types';

type Field = keyof ColumnMapping;

const REQUIRED: ReadonlySet<Field> = new Set(['debtorName', 'invoiceNumber', 'amount']);

/** Cells that describe the whole invoice, so every line of it must say the same. */
const INVOICE_FIELDS: readonly Field[] = ['debtorEmail', 'paid', 'balance', 'currency', 'issueDate', 'dueDate', 'terms', 'status'];

/** A report's closing rows: "Total", "Totales", "Generated on 5 Dec 2026", "Page 1 of 2". */
const FOOTER = /^(grand total|totals?|sub ?totals?|total general|totales|suma|generated|generado|report|informe|page|pagina)\b/;

/** Problems with the mapping itself, before any row is read. */
export function mappingProblem(mapping: ColumnMapping): string | null {
  for (const field of REQUIRED) {
    if (typeof mapping[field] !== 'string' || mapping[field].trim() === '') return `the mapping has no column for ${field}`;
  }
  if (mapping.paid && mapping.balance) return 'map either the paid column or the balance column, not both';
  return null;
}

export function mappedReader(mapping: ColumnMapping): FormatReader<Field> {
  const fields = {} as FormatReader<Field>['fields'];
  for (const [field, header] of Object.entries(mapping) as [Field, string | undefined][]) {
    // Every column the user named must be in the header: a missing one would silently read as empty.
    if (header && header.trim() !== '') fields[field] = { required: true, any: [header] };
  }
  return {
    format: 'mapped',
    fields,
    dateFields: ['issueDate', 'dueDate'],
    amountFields: ['amount', 'lineAmount', 'paid', 'balance'],
    ...(mapping.debtorEmail ? { emailField: 'debtorEmail' as const } : {}),
    ...(mapping.currency ? { currencyField: 'currency' as const } : {}),
    suggestedDateOrder: null,
    isStructureRow(cells, table) {
      // A footer has no invoice number and opens with a word no customer is called, or is a lone note.
      const numberIndex = table.columns.invoiceNumber;
      if (numberIndex !== undefined && (cells[numberIndex] ?? '').trim() !== '') return false;
      const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
      return filled.length <= 1 || FOOTER.test(foldText(filled[0] ?? ''));
    },
    read(table, ctx) {
      const out = readerOutput(ctx);
      readInvoiceGroups(
        table,
        out,
        'invoiceNumber',
        ({ rows, first, cell }) => {
          const name = requireCell(table, first, 'debtorName', mapping.debtorName);
          const number = requireCell(table, first, 'invoiceNumber', mapping.invoiceNumber);
          requireSameOnEveryLine(table, rows, INVOICE_FIELDS.filter((field) => mapping[field]));
          const statusText = cell('status');
          const word = statusText === '' ? null : statusFromWord(statusText);
          if (word === 'skip') notToCollect(statusText);
          if (statusText !== '' && word === null) warn(ctx, first.line, 'unknown-status', `status "${statusText}" is unknown; imported as open`, { value: statusText, decidedBy: 'open' });
          const currency = currencyIn(ctx, cell('currency'), rows.flatMap((row) => [cellOf(table, row, 'amount'), cellOf(table, row, 'lineAmount'), cellOf(table, row, 'paid'), cellOf(table, row, 'balance')]));
          const amountOf = (row: (typeof rows)[number], field: 'amount' | 'lineAmount', label: string) =>
            amountIn(ctx, requireCell(table, row, field, label), currency, label);
          const totals = rows.map((row) => amountOf(row, 'amount', mapping.amount));
          let amount = totals[0]!;
          if (mapping.lineAmount) {
            // Line amounts add up to the invoice, which the total column repeats on every line.
            const lineLabel = mapping.lineAmount;
            const sum = rows.reduce((total, row) => total + amountOf(row, 'lineAmount', lineLabel), 0);
            const other = totals.findIndex((total) => total !== amount);
            if (other !== -1) {
              fail('inconsistent-group', `${mapping.amount} differs between lines ${first.line} and ${rows[other]!.line}`, {
                code: 'lines-disagree',
                column: mapping.amount,
                first: first.line,
                other: rows[other]!.line,
              });
            }
            if (sum !== amount) {
              fail('inconsistent-group', `the lines add up to ${sum} minor units but ${mapping.amount} says ${amount}`, {
                code: 'lines-sum-mismatch',
                column: mapping.amount,
                total: amount,
                sum,
                currency,
              });
            }
          } else if (totals.some((total) => total !== amount)) {
            // The mapped amount differs between lines of one invoice: it is each line's amount.
            amount = totals.reduce((total, value) => total + value, 0);
          } else if (rows.length > 1) {
            // The same amount on every line reads as a total repeated per line; equal line amounts
            // would be read short, so the user is told and can map the column as line amounts.
            warn(ctx, first.line, 'repeated-amount', `invoice ${number}: every line says ${mapping.amount} ${cell('amount')}; read as the invoice's total`, { number });
          }
          let paid = 0;
          if (mapping.paid && cell('paid') !== '') paid = amountIn(ctx, cell('paid'), currency, mapping.paid);
          if (mapping.balance) paid = amount - amountIn(ctx, requireCell(table, first, 'balance', mapping.balance), currency, mapping.balance);
          const issueDate = optionalDate(ctx, cell('issueDate'), mapping.issueDate ?? 'issue date');
          const dueDate = dueDateFor(ctx, first.line, cell('dueDate'), issueDate, mapping.dueDate ?? mapping.issueDate ?? 'due date', cell('terms'));
          let status: InvoiceStatus = word === null ? 'open' : word;
          if (status === 'paid' && !mapping.paid && !mapping.balance) paid = amount;
          if (status === 'open' && paid >= amount) status = 'paid';
          const invoice = checkInvoice({ number, currency, amount, paid, issueDate, dueDate, status });
          const emails = mapping.debtorEmail ? emailsIn(ctx, cell('debtorEmail')) : [];
          return { debtor: checkDebtor(ctx, first.line, { name, emails }), invoice };
        },
        (row) => foldText(cellOf(table, row, 'debtorName')),
      );
      return out;
    },
  };
}
