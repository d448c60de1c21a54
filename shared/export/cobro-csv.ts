// The ledger's invoices as a Cobro CSV (formats/README.md): one row per invoice with its
// debtor's details, readable back by the 'cobro' import. Cells that a spreadsheet would run
// as formulas are written with a leading apostrophe, which the importer removes.
import Papa from 'papaparse';
import type { Debtor, Invoice } from '../ledger/schema';
import { toDecimalString } from '../money';
import { COBRO_COLUMNS } from '../import/formats/cobro';
import { escapeFormula } from '../import/formula';

export class ExportError extends Error {
  constructor(
    readonly code: 'unknown-debtor',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** Text for a .csv file: UTF-8 with a byte-order mark (so Excel reads accents), CRLF line ends. */
export function invoicesToCobroCsv(debtors: readonly Debtor[], invoices: readonly Invoice[]): string {
  const byId = new Map(debtors.map((debtor) => [debtor.id, debtor]));
  const data = invoices.map((invoice) => {
    const debtor = byId.get(invoice.debtorId);
    if (!debtor) throw new ExportError('unknown-debtor', `invoice ${invoice.number} belongs to debtor ${invoice.debtorId}, who is not in the export`);
    const cells: Record<(typeof COBRO_COLUMNS)[number], string> = {
      debtor_name: debtor.name,
      debtor_email: debtor.emails.join(';'),
      invoice_number: invoice.number,
      currency: invoice.currency,
      amount: toDecimalString(invoice.amount, invoice.currency),
      paid: toDecimalString(invoice.paid, invoice.currency),
      issue_date: invoice.issueDate ?? '',
      due_date: invoice.dueDate,
      status: invoice.status,
      debtor_phone: debtor.phone ?? '',
      debtor_locale: debtor.locale,
      debtor_time_zone: debtor.timeZone,
      notes: debtor.notes,
    };
    return COBRO_COLUMNS.map((column) => escapeFormula(cells[column]));
  });
  const body = Papa.unparse({ fields: [...COBRO_COLUMNS], data }, { delimiter: ',', newline: '\r\n', quotes: false });
  // papaparse ends a header-only file with a line break and a file with rows without one.
  return `\ufeff${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}
