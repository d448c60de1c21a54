import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../parse';
import { sample } from '../__fixtures__/samples';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const HEADER = 'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status';

describe('cobro sample', () => {
  const result = parsed(sample('cobro'));

  it('is read as the cobro format with nothing rejected', () => {
    expect(result.format).toBe('cobro');
    expect(result.delimiter).toBe(',');
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it.each<RowTuple>([
    [2, 'Talleres Ruiz S.L.', ['pagos@talleresruiz.example'], 'F-2026-0112', 'EUR', 181500, 0, '2026-08-01', '2026-08-31', 'open'],
    [3, 'Talleres Ruiz S.L.', ['pagos@talleresruiz.example'], 'F-2026-0148', 'EUR', 60500, 20000, '2026-09-15', '2026-10-15', 'open'],
    [4, 'Clínica Dental Sonrisa', ['administracion@sonrisa.example', 'dra.marta@sonrisa.example'], 'F-2026-0131', 'EUR', 302500, 0, '2026-09-01', '2026-10-01', 'open'],
    [5, 'Bright Pixel Ltd', ['accounts@brightpixel.example'], 'INV-0077', 'GBP', 95000, 0, '2026-10-20', '2026-11-19', 'open'],
    [6, 'Panadería La Espiga', ['laespiga@correo.example'], 'F-2026-0099', 'EUR', 24200, 24200, '2026-07-10', '2026-08-10', 'paid'],
    [7, 'Northwind Traders', ['ap@northwind.example'], 'INV-0081', 'USD', 1250000, 250000, '2026-06-01', '2026-07-01', 'disputed'],
  ])('line %i: %s %s', (...expected) => {
    expect(result.rows.map(tuple)).toContainEqual(expected);
  });

  it('keeps the debtor details of each row', () => {
    expect(result.rows[0]!.debtor).toEqual({
      name: 'Talleres Ruiz S.L.',
      emails: ['pagos@talleresruiz.example'],
      phone: '+34 612 000 111',
      locale: 'es',
      notes: 'Pays late every quarter',
    });
    expect(result.rows[3]!.debtor).toEqual({ name: 'Bright Pixel Ltd', emails: ['accounts@brightpixel.example'], locale: 'en' });
  });
});

describe('cobro variants that still read', () => {
  it.each<[string, string, RowTuple]>([
    [
      'semicolons, decimal commas and quoted addresses',
      'debtor_name;debtor_email;invoice_number;amount;paid;due_date\nTalleres Ruiz;"a@x.example;B@X.example";F-1;1.815,00;200,50;2026-08-31',
      [2, 'Talleres Ruiz', ['a@x.example', 'b@x.example'], 'F-1', 'EUR', 181500, 20050, null, '2026-08-31', 'open'],
    ],
    [
      'a byte-order mark and CRLF line ends',
      '\ufeffdebtor_name,debtor_email,invoice_number,amount,due_date\r\nAcme,ap@acme.example,7,10.5,2026-01-31\r\n',
      [2, 'Acme', ['ap@acme.example'], '7', 'EUR', 1050, 0, null, '2026-01-31', 'open'],
    ],
    [
      'tabs, columns in another order and an unknown column',
      'due_date\tamount\tinvoice_number\textra\tdebtor_email\tdebtor_name\n2026-03-01\t99\tA-1\tignored\tx@y.example\tYolanda',
      [2, 'Yolanda', ['x@y.example'], 'A-1', 'EUR', 9900, 0, null, '2026-03-01', 'open'],
    ],
    [
      'an empty address (imported without one)',
      `${HEADER}\nSin Correo SL,,F-9,EUR,100.00,0,,2026-05-05,`,
      [2, 'Sin Correo SL', [], 'F-9', 'EUR', 10000, 0, null, '2026-05-05', 'open'],
    ],
    [
      'no status and fully paid',
      `${HEADER}\nAcme,ap@acme.example,F-2,EUR,100.00,100.00,2026-01-01,2026-01-31,`,
      [2, 'Acme', ['ap@acme.example'], 'F-2', 'EUR', 10000, 10000, '2026-01-01', '2026-01-31', 'paid'],
    ],
    [
      'a formula-escaped name',
      `${HEADER}\n'=Acme,ap@acme.example,F-3,JPY,1500,0,,2026-01-31,open`,
      [2, '=Acme', ['ap@acme.example'], 'F-3', 'JPY', 1500, 0, null, '2026-01-31', 'open'],
    ],
    [
      'a quoted name with a comma and a line break',
      `${HEADER}\n"Estudio Norte,\nS.C.",ap@norte.example,F-4,EUR,1,0,,2026-01-31,open\nNext,n@x.example,F-5,EUR,2,0,,2026-01-31,open`,
      [2, 'Estudio Norte,\nS.C.', ['ap@norte.example'], 'F-4', 'EUR', 100, 0, null, '2026-01-31', 'open'],
    ],
  ])('%s', (_, text, expected) => {
    const result = parsed(text);
    expect(result.format).toBe('cobro');
    expect(result.rejected).toEqual([]);
    expect(tuple(result.rows[0]!)).toEqual(expected);
  });

  it('counts lines across a quoted line break', () => {
    const result = parsed(`${HEADER}\n"A\nB",a@x.example,1,EUR,1,0,,2026-01-31,open\nC,c@x.example,2,EUR,1,0,,2026-01-31,open`);
    expect(result.rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('keeps a valid locale and time zone and drops invalid ones with a warning', () => {
    const result = parsed(
      'debtor_name,debtor_email,invoice_number,amount,due_date,debtor_locale,debtor_time_zone\n' +
        'A,a@x.example,1,1,2026-01-31,es-MX,America/Mexico_City\n' +
        'B,b@x.example,2,1,2026-01-31,not a locale!,Mars/Olympus',
    );
    expect(result.rows[0]!.debtor).toMatchObject({ locale: 'es-MX', timeZone: 'America/Mexico_City' });
    expect(result.rows[1]!.debtor.locale).toBeUndefined();
    expect(result.rows[1]!.debtor.timeZone).toBeUndefined();
    expect(result.warnings.filter((w) => w.code === 'dropped-value').map((w) => w.line)).toEqual([3, 3]);
  });
});

describe('cobro rows that are rejected', () => {
  it.each<[string, string, string]>([
    ['bad-amount', 'Acme,ap@acme.example,F-1,EUR,abc,0,,2026-01-31,open', 'not an amount'],
    ['bad-amount', 'Acme,ap@acme.example,F-1,EUR,0,0,,2026-01-31,open', 'positive'],
    ['bad-amount', 'Acme,ap@acme.example,F-1,EUR,10.123,0,,2026-01-31,open', 'decimals'],
    ['bad-email', 'Acme,not-an-address,F-1,EUR,10,0,,2026-01-31,open', 'not-an-address'],
    ['bad-currency', 'Acme,ap@acme.example,F-1,EURO,10,0,,2026-01-31,open', 'EURO'],
    ['paid-exceeds-amount', 'Acme,ap@acme.example,F-1,EUR,10,11,,2026-01-31,open', 'more was paid'],
    ['due-before-issue', 'Acme,ap@acme.example,F-1,EUR,10,0,2026-02-01,2026-01-31,open', 'before'],
    ['bad-date', 'Acme,ap@acme.example,F-1,EUR,10,0,,2026-02-30,open', '2026-02-30'],
    ['bad-status', 'Acme,ap@acme.example,F-1,EUR,10,0,,2026-01-31,pending', 'pending'],
    ['missing-value', ',ap@acme.example,F-1,EUR,10,0,,2026-01-31,open', 'debtor_name'],
    ['missing-value', 'Acme,ap@acme.example,,EUR,10,0,,2026-01-31,open', 'invoice_number'],
    ['missing-column', 'Acme,ap@acme.example,F-1,EUR,10,0', 'due_date'],
    ['malformed-row', 'Acme,ap@acme.example,F-1,EUR,10,0,,2026-01-31,open,surplus', 'quotes'],
    ['too-long', `Acme,ap@acme.example,${'9'.repeat(61)},EUR,10,0,,2026-01-31,open`, '60'],
  ])('%s: %s', (code, line, message) => {
    const result = parsed(`${HEADER}\n${line}\nGood,good@x.example,G-1,EUR,1,0,,2026-01-31,open`);
    expect(result.rows.map((row) => row.invoice.number)).toEqual(['G-1']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ line: 2, code });
    expect(result.rejected[0]!.message).toContain(message);
    expect(result.rejected[0]!.raw.join(',')).toBe(line);
  });

  it('rejects the second copy of an invoice and keeps the first', () => {
    const result = parsed(`${HEADER}\nAcme,a@x.example,F-1,EUR,10,0,,2026-01-31,open\nACME,a@x.example,F-1,EUR,12,0,,2026-01-31,open`);
    expect(result.rows.map(tuple)).toEqual([[2, 'Acme', ['a@x.example'], 'F-1', 'EUR', 1000, 0, null, '2026-01-31', 'open']]);
    expect(rejections(result)).toEqual([[3, 'duplicate-invoice']]);
    expect(result.rejected[0]!.message).toContain('line 2');
  });

  it('rejects a row whose ";" address list is not quoted in a ";" file', () => {
    const result = parsed('debtor_name;debtor_email;invoice_number;amount;due_date\nAcme;a@x.example;b@x.example;F-1;10;2026-01-31');
    expect(rejections(result)).toEqual([[2, 'malformed-row']]);
  });

  it('refuses a file without a required column, naming it', () => {
    const result = parseImportFile('debtor_name,debtor_email,invoice_number,amount\nAcme,a@x.example,1,10', {
      defaultCurrency: 'EUR',
      format: 'cobro',
    });
    expect(result).toMatchObject({ ok: false, code: 'missing-column', missing: ['due_date'] });
  });
});
