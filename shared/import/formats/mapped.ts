// Any other CSV, read through the user's answer to "which column holds what".
import type { InvoiceStatus } from '../../ledger/schema';
import {
  amountIn,
  cellOf,
  checkDebtor,
  checkInvoice,
  collect,
  currencyIn,
  dateIn,
  emailsIn,
  notToCollect,
  optionalDate,
  requireCell,
  warn,
  type FormatReader,
  readerOutput,
} from '../reader';
import { statusFromWord } from '../status-words';
import type { ColumnMapping } from '../types';

type Field = keyof ColumnMapping;

const REQUIRED: ReadonlySet<Field> = new Set(['debtorName', 'invoiceNumber', 'amount', 'dueDate']);

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
    if (header && header.trim() !== '') fields[field] = { required: REQUIRED.has(field), any: [header] };
  }
  return {
    format: 'mapped',
    fields,
    dateFields: ['issueDate', 'dueDate'],
    amountFields: ['amount', 'paid', 'balance'],
    ...(mapping.debtorEmail ? { emailField: 'debtorEmail' as const } : {}),
    ...(mapping.currency ? { currencyField: 'currency' as const } : {}),
    suggestedDateOrder: null,
    read(table, ctx) {
      const out = readerOutput(ctx);
      for (const row of table.rows) {
        const cell = (field: Field) => cellOf(table, row, field);
        collect(out, [row], cell('invoiceNumber'), () => {
          const name = requireCell(table, row, 'debtorName', mapping.debtorName);
          const number = requireCell(table, row, 'invoiceNumber', mapping.invoiceNumber);
          const statusText = cell('status');
          const word = statusText === '' ? null : statusFromWord(statusText);
          if (word === 'skip') notToCollect(statusText);
          if (statusText !== '' && word === null) warn(ctx, row.line, 'unknown-status', `status "${statusText}" is unknown; imported as open`);
          const currency = currencyIn(ctx, cell('currency'), [cell('amount'), cell('paid'), cell('balance')]);
          const amount = amountIn(ctx, requireCell(table, row, 'amount', mapping.amount), currency, mapping.amount);
          let paid = 0;
          if (mapping.paid && cell('paid') !== '') paid = amountIn(ctx, cell('paid'), currency, mapping.paid);
          if (mapping.balance) paid = amount - amountIn(ctx, requireCell(table, row, 'balance', mapping.balance), currency, mapping.balance);
          const issueDate = optionalDate(ctx, cell('issueDate'), mapping.issueDate ?? 'issue date');
          const dueDate = dateIn(ctx, requireCell(table, row, 'dueDate', mapping.dueDate), mapping.dueDate);
          let status: InvoiceStatus = word === null ? 'open' : word;
          if (status === 'paid' && !mapping.paid && !mapping.balance) paid = amount;
          if (status === 'open' && paid >= amount) status = 'paid';
          const invoice = checkInvoice({ number, currency, amount, paid, issueDate, dueDate, status });
          const emails = mapping.debtorEmail ? emailsIn(ctx, cell('debtorEmail')) : [];
          return { debtor: checkDebtor(ctx, row.line, { name, emails }), invoice };
        });
      }
      return out;
    },
  };
}
