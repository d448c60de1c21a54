import { describe, expect, it } from 'vitest';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const EN = 'Client Name,Client Currency,Invoice Invoice Number,Invoice Amount,Invoice Balance,Invoice Paid to Date,Invoice Date,Invoice Due Date,Invoice Status,Contact Email';
const ES = 'Cliente Nombre,Cliente Divisa,Factura Número de Factura,Factura Cantidad,Factura Saldo,Factura Pagado,Factura Fecha,Factura Vencimiento,Factura Estado,Contacto Email';

describe('invoice ninja v5 invoices', () => {
  it.each<[string, string, string, RowTuple]>([
    ['English, partly paid', EN, 'Ann,USD,0002,380.50,180.50,200.00,2024-05-10,2024-06-09,Partial/Deposit,ann@example.com', [2, 'Ann', ['ann@example.com'], '0002', 'USD', 38050, 20000, '2024-05-10', '2024-06-09', 'open']],
    ['Spanish, decimal comma', ES, 'Ana,EUR,2024/1,"1.815,00","0,00","1.815,00",2024-05-02,2024-06-01,Pagado,ana@example.com', [2, 'Ana', ['ana@example.com'], '2024/1', 'EUR', 181500, 181500, '2024-05-02', '2024-06-01', 'paid']],
    ['cancelled', EN, 'Ann,USD,0003,10,10,0,2024-05-10,2024-06-09,Cancelled,ann@example.com', [2, 'Ann', ['ann@example.com'], '0003', 'USD', 1000, 0, '2024-05-10', '2024-06-09', 'void']],
  ])('%s', (_, header, line, expected) => {
    const result = parsed([header, line].join('\n'));
    expect(result.format).toBe('invoiceninja-v5-invoices');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual([expected]);
  });

  it('rejects a draft', () => {
    expect(rejections(parsed([EN, 'Ann,USD,0004,10,10,0,2024-05-10,,Draft,ann@example.com'].join('\n')))).toEqual([[2, 'skipped-status']]);
  });
});
