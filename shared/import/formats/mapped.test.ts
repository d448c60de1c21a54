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
