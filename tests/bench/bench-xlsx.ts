// The .xlsx the workspace bench imports: what a spreadsheet tool exports (a cover sheet, then the
// table with number and date cells), written with write-excel-file. Its customers are not the
// CSV's, so importing it after the CSV creates every one of its invoices.
import writeExcelFile from 'write-excel-file/node';
import { BENCH_CSV_INVOICES_PER_DEBTOR as PER_DEBTOR } from './bench-csv';

export async function benchXlsx(debtors: number): Promise<Buffer> {
  const header = ['debtor_name', 'debtor_email', 'invoice_number', 'currency', 'amount', 'paid', 'issue_date', 'due_date', 'status'];
  const date = (month: number, day: number) => ({ value: new Date(Date.UTC(2026, month - 1, day)), format: 'dd/mm/yyyy' });
  const rows = [];
  for (let d = 0; d < debtors; d++) {
    for (let i = 0; i < PER_DEBTOR; i++) {
      const month = 1 + ((d + i) % 12);
      const amount = (10_000 + ((d * 7919 + i * 104_729) % 900_000)) / 100;
      const paid = i % 3 === 0 ? amount : 0;
      rows.push([`Hoja ${d}`, `hoja${d}@bench.example`, `H-${d}-${i}`, 'EUR', amount, paid, date(month, 1), date(month, 28), paid === amount ? 'paid' : 'open']);
    }
  }
  return writeExcelFile([
    { sheet: 'Portada', data: [['Facturas'], ['Generado el', date(11, 23)]] },
    { sheet: 'Facturas', data: [header, ...rows] },
  ]).toBuffer();
}
