import { describe, expect, it } from 'vitest';
import { parsed, rejections, tuple } from '../__fixtures__/support';

const TITLE = ['"Invoice Ninja v4.5.17 - December 19, 2020 11:28 pm",,,,,,,,', ',,,,,,,,', 'INVOICES,,,,,,,,'];
const HEADER = 'Client,Email,Invoice Number,Amount,Paid,Status,Invoice Date,Due Date,Item Product';

describe('invoice ninja v4 invoices', () => {
  it('finds the header under the title rows and groups the lines of an invoice', () => {
    const result = parsed([...TITLE, HEADER, 'Ann,ann@example.com,7,€30.00,€10.00,Partial,2020-01-01,2020-01-31,a', 'Ann,ann@example.com,7,€30.00,€10.00,Partial,2020-01-01,2020-01-31,b'].join('\n'));
    expect(result.format).toBe('invoiceninja-v4-invoices');
    expect(result.headerLine).toBe(4);
    expect(result.rows.map(tuple)).toEqual([[5, 'Ann', ['ann@example.com'], '7', 'EUR', 3000, 1000, '2020-01-01', '2020-01-31', 'open']]);
  });

  it('rejects an invoice whose lines disagree on the amount', () => {
    const result = parsed([...TITLE, HEADER, 'Ann,ann@example.com,7,30.00,0,Sent,2020-01-01,2020-01-31,a', 'Ann,ann@example.com,7,31.00,0,Sent,2020-01-01,2020-01-31,b'].join('\n'));
    expect(rejections(result)).toEqual([[5, 'inconsistent-group'], [6, 'inconsistent-group']]);
  });

  it('reads Spanish headers', () => {
    const header = 'Cliente,Correo Electrónico,Número de Factura,Cantidad,Pagado,Estado,Fecha de Factura,Fecha de Pago';
    const result = parsed([header, 'Ana,ana@example.com,7,"1.210,00","210,00",Enviado,15/02/2020,16/03/2020'].join('\n'));
    expect(result.format).toBe('invoiceninja-v4-invoices');
    expect(result.rows.map(tuple)).toEqual([[2, 'Ana', ['ana@example.com'], '7', 'EUR', 121000, 21000, '2020-02-15', '2020-03-16', 'open']]);
  });
});
