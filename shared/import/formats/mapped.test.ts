import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../parse';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';
import type { ColumnMapping } from '../types';

const MAPPING: ColumnMapping = {
  debtorName: 'Cliente',
  debtorEmail: 'Correo',
  invoiceNumber: 'Factura',
  amount: 'Importe',
  balance: 'Pendiente',
  issueDate: 'Emitida',
  dueDate: 'Vence',
  status: 'Situación',
};

const TEXT =
  'Cliente;Correo;Factura;Importe;Pendiente;Emitida;Vence;Situación;Comercial\n' +
  'Talleres Ruiz;pagos@ruiz.example;F-1;1.815,00;1.815,00;01/08/2026;31/08/2026;Pendiente;Eva\n' +
  'Talleres Ruiz;pagos@ruiz.example;F-2;605,00;0,00;15/09/2026;15/10/2026;Cobrada;Eva\n' +
  'Sonrisa;admin@sonrisa.example;F-3;100,00;40,00;01/09/2026;01/10/2026;Anulada;Luis\n' +
  'Sonrisa;admin@sonrisa.example;F-4;100,00;100,00;01/09/2026;01/10/2026;Borrador;Luis\n';

describe('mapped columns', () => {
  it('reads any CSV through the mapping, with balance, Spanish statuses and day-first dates', () => {
    const result = parsed(TEXT, { mapping: MAPPING });
    expect(result.format).toBe('mapped');
    expect(result.rows.map(tuple)).toEqual<RowTuple[]>([
      [2, 'Talleres Ruiz', ['pagos@ruiz.example'], 'F-1', 'EUR', 181500, 0, '2026-08-01', '2026-08-31', 'open'],
      [3, 'Talleres Ruiz', ['pagos@ruiz.example'], 'F-2', 'EUR', 60500, 60500, '2026-09-15', '2026-10-15', 'paid'],
      [4, 'Sonrisa', ['admin@sonrisa.example'], 'F-3', 'EUR', 10000, 6000, '2026-09-01', '2026-10-01', 'void'],
    ]);
    expect(rejections(result)).toEqual([[5, 'skipped-status']]);
  });

  it('reads a paid column and marks a fully paid invoice paid', () => {
    const result = parsed('Name,Total,Paid,Due,No\nAnn,10.00,10.00,2026-01-31,1\nBob,10.00,,2026-01-31,2', {
      format: 'mapped',
      mapping: { debtorName: 'Name', invoiceNumber: 'No', amount: 'Total', paid: 'Paid', dueDate: 'Due' },
    });
    expect(result.rows.map((row) => [row.invoice.number, row.invoice.paid, row.invoice.status, row.debtor.emails])).toEqual([
      ['1', 1000, 'paid', []],
      ['2', 0, 'open', []],
    ]);
  });

  it.each<[string, Partial<Parameters<typeof parseImportFile>[1]>, string]>([
    ['no mapping for an unknown file', {}, 'mapping-required'],
    ['format mapped without a mapping', { format: 'mapped' }, 'mapping-required'],
    ['a mapping naming a column the file lacks', { mapping: { ...MAPPING, dueDate: 'Vencimiento' } }, 'missing-column'],
    ['paid and balance both mapped', { mapping: { ...MAPPING, paid: 'Importe' } }, 'bad-mapping'],
    ['a required field left out', { mapping: { ...MAPPING, amount: ' ' } }, 'bad-mapping'],
  ])('refuses %s', (_, options, code) => {
    expect(parseImportFile(TEXT, { defaultCurrency: 'EUR', ...options })).toMatchObject({ ok: false, code });
  });

  it('names the missing column', () => {
    const result = parseImportFile(TEXT, { defaultCurrency: 'EUR', mapping: { ...MAPPING, dueDate: 'Vencimiento' } });
    expect(result).toMatchObject({ ok: false, missing: ['Vencimiento'] });
  });
});

describe('one row per line item', () => {
  const LINES =
    'Client Name,Invoice #,Date Issued,Line Total,Invoice Total,Amount Due\n' +
    'Acme,0012,2026-10-01,650.00,7890.00,7890.00\n' +
    'Acme,0012,2026-10-01,7000.00,7890.00,7890.00\n' +
    'Acme,0012,2026-10-01,240.00,7890.00,7890.00\n' +
    'Zeta,0012,2026-10-02,100.00,100.00,0.00\n' +
    'Acme,0013,2026-10-03,10.00,25.00,25.00\n' +
    'Acme,0013,2026-10-03,10.00,25.00,25.00\n';
  const base: ColumnMapping = { debtorName: 'Client Name', invoiceNumber: 'Invoice #', issueDate: 'Date Issued', amount: 'Invoice Total', balance: 'Amount Due' };

  it('sums the line amounts, checks them against the total, and keeps invoices of two customers with one number apart', () => {
    const result = parsed(LINES, { mapping: { ...base, lineAmount: 'Line Total' }, defaultCurrency: 'USD' });
    expect(result.rows.map((row) => [row.lines, row.debtor.name, row.invoice.number, row.invoice.amount, row.invoice.paid])).toEqual([
      [[2, 3, 4], 'Acme', '0012', 789000, 0],
      [[5], 'Zeta', '0012', 10000, 10000],
    ]);
    expect(result.rejected.map((row) => [row.line, row.reason])).toEqual([
      [6, { code: 'lines-sum-mismatch', column: 'Invoice Total', total: 2500, sum: 2000, currency: 'USD' }],
      [7, { code: 'lines-sum-mismatch', column: 'Invoice Total', total: 2500, sum: 2000, currency: 'USD' }],
    ]);
  });

  it('takes an amount that differs between the lines of one invoice as line amounts', () => {
    const result = parsed(LINES, { mapping: { ...base, amount: 'Line Total', balance: undefined }, defaultCurrency: 'USD' });
    expect(result.rows.map((row) => [row.invoice.number, row.invoice.amount])).toEqual([
      ['0012', 789000],
      ['0012', 10000],
      ['0013', 1000],
    ]);
    expect(result.rejected).toEqual([]);
    // 0013's two lines both say 10.00: read as its total, and the user is told so.
    expect(result.warnings.filter((warning) => warning.code === 'repeated-amount').map((warning) => [warning.line, warning.detail])).toEqual([[6, { number: '0013' }]]);
  });

  it('says nothing of a total repeated on the lines when the line amounts are mapped', () => {
    const result = parsed(LINES, { mapping: { ...base, lineAmount: 'Line Total' }, defaultCurrency: 'USD' });
    expect(result.warnings.filter((warning) => warning.code === 'repeated-amount')).toEqual([]);
  });

  it('rejects every line of an invoice whose lines disagree on the balance', () => {
    const text = 'Client,No,Total,Owed,Due\nAnn,1,10.00,10.00,2026-01-31\nAnn,1,10.00,4.00,2026-01-31\n';
    const result = parsed(text, { mapping: { debtorName: 'Client', invoiceNumber: 'No', amount: 'Total', balance: 'Owed', dueDate: 'Due' } });
    expect(rejections(result)).toEqual([
      [2, 'inconsistent-group'],
      [3, 'inconsistent-group'],
    ]);
  });
});

describe('no due date', () => {
  const text = (terms: string) => `Client,No,Total,Issued,Terms\nAnn,1,10.00,2026-03-01,${terms}\n`;
  const mapping: ColumnMapping = { debtorName: 'Client', invoiceNumber: 'No', amount: 'Total', issueDate: 'Issued', terms: 'Terms' };

  it.each<[string, string, number]>([
    ['Net 30', '2026-03-31', 0],
    ['Net 15', '2026-03-16', 0],
    ['30 days', '2026-03-31', 0],
    ['30 días', '2026-03-31', 0],
    ['a 30 días', '2026-03-31', 0],
    ['60 d', '2026-04-30', 0],
    ['Due on receipt', '2026-03-01', 0],
    ['Al contado', '2026-03-01', 0],
    ['Contado', '2026-03-01', 0],
    ['', '2026-03-31', 1],
    ['Custom', '2026-03-31', 1],
  ])('terms %j → due %s (%i from the default)', (terms, due, fromDefault) => {
    const result = parsed(text(terms), { mapping });
    expect(result.rows[0]!.invoice.dueDate).toBe(due);
    expect(result.dueFromDefaultTerms).toBe(fromDefault);
  });

  it('uses the number of days the user chose', () => {
    expect(parsed(text(''), { mapping, defaultTermsDays: 45 }).rows[0]!.invoice.dueDate).toBe('2026-04-15');
  });

  it('rejects a row with neither issue nor due date', () => {
    const result = parsed('Client,No,Total,Issued\nAnn,1,10.00,\n', { mapping: { debtorName: 'Client', invoiceNumber: 'No', amount: 'Total', issueDate: 'Issued' } });
    expect(result.rejected.map((row) => row.reason.code)).toEqual(['no-due-date']);
  });
});

describe('report titles and footers', () => {
  const REPORT =
    'Invoice Report,,,\n' +
    'Acme Studio,,,\n' +
    'From 2026-01-01 to 2026-12-31,,,\n' +
    ',,,\n' +
    'Client,Invoice,Amount,Due\n' +
    'Ann,1,10.00,2026-01-31\n' +
    'Bob,2,20.00,2026-02-28\n' +
    'Total,,30.00,\n' +
    'Generated on 5 Dec 2026,,,\n';

  it('finds the header under the title and leaves the footer out', () => {
    const failure = parseImportFile(REPORT, { defaultCurrency: 'EUR' });
    expect(failure).toMatchObject({ ok: false, code: 'mapping-required' });
    expect(failure.ok ? [] : failure.sampleRows?.map((row) => row.line)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
    const result = parsed(REPORT, { mapping: { debtorName: 'Client', invoiceNumber: 'Invoice', amount: 'Amount', dueDate: 'Due' } });
    expect(result.headerLine).toBe(5);
    expect(result.rows.map((row) => row.line)).toEqual([6, 7]);
    expect(result.rejected).toEqual([]);
  });

  it('reads from the header row the user chose', () => {
    const text = 'Client,Invoice,Amount,Due\nName,No,Total,Date\nAnn,1,10.00,2026-01-31\n';
    const result = parsed(text, { headerLine: 2, mapping: { debtorName: 'Name', invoiceNumber: 'No', amount: 'Total', dueDate: 'Date' } });
    expect(result.headerLine).toBe(2);
    expect(result.rows.map((row) => row.line)).toEqual([3]);
  });
});
