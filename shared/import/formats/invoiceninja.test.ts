import { describe, expect, it } from 'vitest';
import { sample } from '../__fixtures__/samples';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const PREAMBLE = '\n\n\n\nAged Receivable Detailed Report\nCreated on 2026-11-20\n';
const HEADER = 'Date,Due Date,Invoice Number,Status,Client Name,Client Number,ID Number,Age,Amount,Balance';

describe('invoiceninja sample', () => {
  const result = parsed(sample('invoiceninja-ar-detailed'));

  it('finds the header below the preamble', () => {
    expect(result.format).toBe('invoiceninja-ar-detailed');
    expect(result.headerLine).toBe(7);
    expect(result.rejected).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['no-address-column']);
  });

  it('reads every invoice with paid = amount - balance, in the default currency, without addresses', () => {
    expect(result.rows.map(tuple)).toEqual<RowTuple[]>([
      [8, 'Talleres Ruiz S.L.', [], '0112', 'EUR', 181500, 0, '2026-08-01', '2026-08-31', 'open'],
      [9, 'Talleres Ruiz S.L.', [], '0148', 'EUR', 60500, 20000, '2026-09-15', '2026-10-15', 'open'],
      [10, 'Clínica Dental Sonrisa', [], '0131', 'EUR', 302500, 0, '2026-09-01', '2026-10-01', 'open'],
      [11, 'Estudio Gráfico Norte, S.C.', [], '0150', 'EUR', 121000, 0, '2026-10-20', '2026-11-19', 'open'],
    ]);
  });

  it('uses the default currency it is given', () => {
    expect(parsed(sample('invoiceninja-ar-detailed'), { defaultCurrency: 'MXN' }).rows[0]!.invoice.currency).toBe('MXN');
  });
});

describe('invoiceninja in Spanish', () => {
  it.each<[string, string, RowTuple]>([
    [
      'semicolons, decimal commas and day-first dates',
      '\n\n\n\nInforme de antigüedad de cuentas por cobrar\nCreado el 20/11/2026\n' +
        'Fecha;Fecha de Vencimiento;Número de Factura;Estado;Nombre del Cliente;Número de Cliente;Número de Identificación;Edad;Importe;Saldo\n' +
        '01/08/2026;31/08/2026;0112;Enviada;Talleres Ruiz S.L.;0001;B12345678;81;1.815,00;1.215,50',
      [8, 'Talleres Ruiz S.L.', [], '0112', 'EUR', 181500, 59950, '2026-08-01', '2026-08-31', 'open'],
    ],
    [
      'other accepted names (Vencimiento, NIF, Antigüedad, Cantidad, Balance)',
      'Fecha,Vencimiento,Nº de Factura,Estado,Cliente,NIF,Antigüedad,Cantidad,Balance\n2026-08-01,2026-08-31,7,Pagada,Ana,X1,3,"10,00","0,00"',
      [2, 'Ana', [], '7', 'EUR', 1000, 1000, '2026-08-01', '2026-08-31', 'paid'],
    ],
    [
      'an all-ambiguous amount column read as the Spanish header says (comma decimals)',
      'Fecha;Fecha de Vencimiento;Número de Factura;Nombre del Cliente;Importe;Saldo\n2026-08-01;2026-08-31;9;Ana;1.815;1.815',
      [2, 'Ana', [], '9', 'EUR', 181500, 0, '2026-08-01', '2026-08-31', 'open'],
    ],
  ])('%s', (_, text, expected) => {
    const result = parsed(text);
    expect(result.format).toBe('invoiceninja-ar-detailed');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual([expected]);
  });

  it('reads an all-ambiguous amount column in English headers with a decimal point (thousands comma)', () => {
    const result = parsed(`${HEADER}\n2026-08-01,2026-08-31,9,Sent,Ann,1,,3,"1,815","1,815"`);
    expect(result.rows[0]!.invoice.amount).toBe(181500);
  });
});

describe('invoiceninja rows', () => {
  it.each<[string, string, string]>([
    ['skipped-status', '2026-08-01,2026-08-31,1,Draft,Ann,1,,3,10.00,10.00', 'Draft'],
    ['bad-amount', '2026-08-01,2026-08-31,1,Sent,Ann,1,,3,10.00,12.00', 'balance is larger'],
    ['paid-exceeds-amount', '2026-08-01,2026-08-31,1,Sent,Ann,1,,3,10.00,-2.00', 'more was paid'],
    ['bad-amount', '2026-08-01,2026-08-31,1,Credit,Ann,1,,3,-10.00,-10.00', 'positive'],
    ['missing-value', '2026-08-01,2026-08-31,1,Sent,,1,,3,10.00,10.00', 'Client Name'],
    ['missing-value', ',,1,Sent,Ann,1,,3,10.00,10.00', 'no issue date'],
    ['bad-date', '2026-08-01,someday,1,Sent,Ann,1,,3,10.00,10.00', 'someday'],
  ])('%s: %s', (code, line, message) => {
    const result = parsed(`${PREAMBLE}${HEADER}\n${line}`);
    expect(rejections(result)).toEqual([[8, code]]);
    expect(result.rejected[0]!.message).toContain(message);
    expect(result.rejected[0]!.invoiceNumber).toBe('1');
  });

  it('takes the due date as the issue date plus the default terms when it is blank, and counts it', () => {
    const result = parsed(`${HEADER}\n2026-08-01,,1,Sent,Ann,1,,3,10.00,10.00`);
    expect(result.rows[0]!.invoice.dueDate).toBe('2026-08-31');
    expect(result.dueFromDefaultTerms).toBe(1);
    expect(parsed(`${HEADER}\n2026-08-01,,1,Sent,Ann,1,,3,10.00,10.00`, { defaultTermsDays: 15 }).rows[0]!.invoice.dueDate).toBe('2026-08-16');
  });

  it('marks a cancelled invoice void and warns about a status it does not know', () => {
    const result = parsed(`${HEADER}\n2026-08-01,2026-08-31,1,Cancelled,Ann,1,,3,10.00,10.00\n2026-08-01,2026-08-31,2,Teleported,Ann,1,,3,10.00,4.00`);
    expect(result.rows.map((row) => [row.invoice.number, row.invoice.status, row.invoice.paid])).toEqual([
      ['1', 'void', 0],
      ['2', 'open', 600],
    ]);
    expect(result.warnings.map((w) => [w.line, w.code])).toContainEqual([3, 'unknown-status']);
  });
});
