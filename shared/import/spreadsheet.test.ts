import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import writeExcelFile, { type SheetData as WriteSheet } from 'write-excel-file/node';
import { parseImportFile } from './parse';
import {
  cellText,
  chooseSheet,
  dateText,
  fileKind,
  numberText,
  sheetToCsv,
  spreadsheetToText,
  XLSX_READ_OPTIONS,
  type SheetInput,
} from './spreadsheet';
import { readCsvRows } from './csv';

/** Writes a workbook with write-excel-file and reads it back the way the worker does. */
async function roundTrip(sheets: { sheet: string; data: WriteSheet }[]): Promise<SheetInput[]> {
  const buffer = sheets.length === 1
    ? await writeExcelFile(sheets[0]!.data, { sheet: sheets[0]!.sheet }).toBuffer()
    : await writeExcelFile(sheets.map(({ sheet, data }) => ({ sheet, data }))).toBuffer();
  return readBytes(new Uint8Array(buffer));
}

async function readBytes(bytes: Uint8Array): Promise<SheetInput[]> {
  const copy = new Uint8Array(bytes);
  return (await readXlsxFile(new Blob([copy.buffer]), XLSX_READ_OPTIONS)) as SheetInput[];
}

const utc = (...parts: [number, number, number, number?, number?, number?]) => new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0));

describe('numberText: the number Excel shows, with a dot, no float noise, no exponent', () => {
  it.each([
    ['1234.5', '1234.5'],
    ['0.30000000000000004', '0.3'],
    [String(0.1 + 0.2), '0.3'],
    ['1815', '1815'],
    ['-42.1', '-42.1'],
    ['1E-7', '0.0000001'],
    ['1.5e-7', '0.00000015'],
    ['1.2345E+21', '1234500000000000000000'],
    ['100.00000000000001', '100'],
    ['0', '0'],
    ['-0', '0'],
    ['34600123456', '34600123456'],
    ['not a number', 'not a number'],
  ])('%s → %s', (stored, written) => {
    expect(numberText(stored)).toBe(written);
  });
});

describe('dateText: ISO dates in UTC, time only when there is one', () => {
  it.each([
    [utc(2026, 1, 5), '2026-01-05'],
    [utc(2026, 12, 31), '2026-12-31'],
    [utc(2026, 3, 1, 13, 30), '2026-03-01 13:30'],
    [utc(2026, 3, 1, 13, 30, 15), '2026-03-01 13:30:15'],
    // A fraction of a day stored a millisecond short of midnight is still that date.
    [new Date(Date.UTC(2026, 0, 5) - 1), '2026-01-05'],
    [utc(1899, 12, 30, 9, 5), '09:05'],
    [utc(1904, 1, 1, 17, 0, 30), '17:00:30'],
    [new Date(Number.NaN), ''],
  ])('%s → %s', (date, written) => {
    expect(dateText(date)).toBe(written);
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    ['Acme, S.L.', 'Acme, S.L.'],
    ['Calle Mayor 1\nMadrid', 'Calle Mayor 1 Madrid'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [{ number: '00123' }, '123'],
    ['00123', '00123'],
    [12.5, '12.5'],
  ] as const)('%j → %s', (cell, written) => {
    expect(cellText(cell)).toBe(written);
  });
});

describe('fileKind: by the first bytes, never the name', () => {
  const bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
  const localHeader = (name: string, content: string) => `PK\u0003\u0004${'\u0000'.repeat(22)}${String.fromCharCode(name.length)}\u0000\u0000\u0000${name}${content}`;
  const compound = '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1';
  it.each([
    ['debtor_name,amount\nAcme,1', 'text'],
    ['', 'text'],
    [localHeader('[Content_Types].xml', '...') + 'xl/workbook.xml', 'xlsx'],
    [localHeader('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'), 'ods'],
    [localHeader('mimetype', 'application/vnd.oasis.opendocument.text'), 'other-zip'],
    [localHeader('Index/Document.iwa', '...'), 'numbers'],
    [`${compound}${'\u0000'.repeat(40)}W\u0000o\u0000r\u0000k\u0000b\u0000o\u0000o\u0000k\u0000`, 'xls'],
    [`${compound}${'\u0000'.repeat(40)}${'EncryptionInfo'.split('').join('\u0000')}\u0000`, 'locked'],
  ])('%j → %s', (text, kind) => {
    expect(fileKind(bytes(text))).toBe(kind);
  });

  it('reads a real .xlsx written by a spreadsheet library as xlsx', async () => {
    const buffer = await writeExcelFile([['a', 'b']]).toBuffer();
    expect(fileKind(new Uint8Array(buffer))).toBe('xlsx');
  });
});

describe('sheetToCsv', () => {
  it.each<[string, SheetInput['data'], string]>([
    ['quotes what needs quotes', [['Acme, S.L.', 'say "hi"', ' padded ']], '"Acme, S.L.","say ""hi"""," padded "'],
    ['keeps empty rows so lines are rows', [['a', 'b'], [null, null], ['c', 'd']], 'a,b\n\nc,d'],
    ['drops empty trailing cells', [['a', null, 'b', null, null]], 'a,,b'],
    ['keeps empty leading columns', [[null, 'a', 'b']], ',a,b'],
  ])('%s', (_name, data, csv) => {
    expect(sheetToCsv(data)).toBe(csv);
  });
});

describe('chooseSheet: the first sheet holding a table', () => {
  const table: SheetInput['data'] = [['Cliente', 'Factura', 'Importe'], ['Acme', 'F-1', { number: '10' }]];
  it.each<[string, SheetInput[], string | null]>([
    ['a cover sheet before the table', [{ sheet: 'Portada', data: [['Informe de facturas'], ['Generado', utc(2026, 1, 1)]] }, { sheet: 'Facturas', data: table }], 'Facturas'],
    ['key/value pairs are not a table', [{ sheet: 'Info', data: [['Empresa', 'Acme'], ['Fecha', '2026-01-01']] }, { sheet: 'Datos', data: table }], 'Datos'],
    ['two tables: the first', [{ sheet: 'Enero', data: table }, { sheet: 'Febrero', data: table }], 'Enero'],
    ['no table: the first with anything in it', [{ sheet: 'Vacía', data: [] }, { sheet: 'Notas', data: [['solo una nota']] }], 'Notas'],
    ['nothing at all', [{ sheet: 'Hoja1', data: [[null]] }], null],
  ])('%s', (_name, sheets, chosen) => {
    expect(chooseSheet(sheets)?.sheet ?? null).toBe(chosen);
  });
});

describe('a workbook written by a spreadsheet library, read as the worker reads it', () => {
  it('dates, numbers, booleans and a formula come out as the CSV pipeline expects', async () => {
    const sheets = await roundTrip([
      {
        sheet: 'Facturas',
        data: [
          ['Cliente', 'Fecha', 'Importe', 'Pagada', 'Hora'],
          ['Acme, S.L.', { value: utc(2026, 1, 31), format: 'dd/mm/yyyy' }, 1234.5, true, { value: utc(1899, 12, 30, 9, 30), format: 'hh:mm' }],
          ['Beta', { value: utc(2026, 2, 1, 14, 5), format: 'dd/mm/yyyy hh:mm' }, 0.1 + 0.2, false, null],
          ['Gamma', { value: utc(2026, 12, 31), format: 'yyyy-mm-dd' }, { type: 'Formula', value: '=C2*2' }, null, null],
        ],
      },
    ]);
    // write-excel-file stores no cached value for a formula, so the cell is empty, never the formula text.
    expect(spreadsheetToText(sheets)).toEqual({
      text: 'Cliente,Fecha,Importe,Pagada,Hora\n"Acme, S.L.",2026-01-31,1234.5,TRUE,09:30\nBeta,2026-02-01 14:05,0.3,FALSE\nGamma,2026-12-31',
      sheet: { name: 'Facturas', count: 1 },
    });
  });

  it('a merged title above the header, an empty row and column: rows stay on their line', async () => {
    const sheets = await roundTrip([
      {
        sheet: 'Informe',
        data: [
          [{ value: 'Facturas pendientes', columnSpan: 4 }, null, null, null],
          [null, null, null, null],
          ['Cliente', null, 'Factura', 'Vencimiento'],
          ['Acme', null, 'F-1', { value: utc(2026, 3, 15), format: 'dd/mm/yyyy' }],
        ],
      },
    ]);
    const { text } = spreadsheetToText(sheets);
    expect(readCsvRows(text, ',').map((row) => [row.line, row.cells.join('|')])).toEqual([
      [1, 'Facturas pendientes'],
      [2, ''],
      [3, 'Cliente||Factura|Vencimiento'],
      [4, 'Acme||F-1|2026-03-15'],
    ]);
  });

  it('several sheets: the cover is skipped and the preview can name the sheet read', async () => {
    const sheets = await roundTrip([
      { sheet: 'Portada', data: [['Informe'], ['Empresa', 'Acme']] },
      { sheet: 'Facturas', data: [['Cliente', 'Factura', 'Importe'], ['Acme', 'F-1', 10]] },
      { sheet: 'Resumen', data: [['Total', 'Importe', 'Pendiente'], ['Todo', 10, 10]] },
    ]);
    expect(spreadsheetToText(sheets).sheet).toEqual({ name: 'Facturas', count: 3 });
  });
});

describe('parse with decimalMark: a sheet’s numbers are read with a decimal point', () => {
  const header = 'Cliente,Email,Factura,Importe,Vencimiento';
  const parse = (rows: string[]) =>
    parseImportFile([header, ...rows].join('\n'), {
      defaultCurrency: 'EUR',
      decimalMark: 'dot',
      mapping: { debtorName: 'Cliente', debtorEmail: 'Email', invoiceNumber: 'Factura', amount: 'Importe', dueDate: 'Vencimiento' },
    });
  it.each([
    // Spanish headers would make a CSV guess a decimal comma; the sheet's numbers say a dot.
    ['1234.5', 123450],
    ['1815', 181500],
    ['0.3', 30],
  ])('number cell %s → %i cents', (amount, minor) => {
    const parsed = parse([`Acme,a@acme.es,F-1,${amount},2026-03-15`]);
    expect(parsed.ok && parsed.rows.map((row) => row.invoice.amount)).toEqual([minor]);
  });

  it.each(['"1.234,56"', '"12,50"'])('a text cell %s written with a decimal comma is rejected, never misread', (amount) => {
    const parsed = parse([`Acme,a@acme.es,F-1,${amount},2026-03-15`, 'Beta,b@beta.es,F-2,99.5,2026-03-15']);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rows.map((row) => row.invoice.number)).toEqual(['F-2']);
    expect(parsed.rejected.map((row) => [row.line, row.reason.code])).toEqual([[2, 'not-an-amount']]);
    expect(parsed.warnings.map((warning) => warning.code)).toContain('mixed-decimal-styles');
  });
});

describe('properties', () => {
  it('an amount stored as a float comes back to the exact cents, whatever noise the float carries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.integer({ min: 0, max: 99 }), (minor, noise) => {
        // A spreadsheet's sum of cents: the exact value, or one float step off it.
        const stored = minor / 100 + (noise % 2 === 0 ? 0 : Number.EPSILON * (minor / 100));
        const parsed = parseImportFile(`debtor_name,debtor_email,invoice_number,amount,due_date\nAcme,a@acme.es,F-1,${numberText(String(stored))},2026-03-15`, {
          defaultCurrency: 'EUR',
          decimalMark: 'dot',
        });
        expect(parsed.ok && parsed.rows.map((row) => row.invoice.amount)).toEqual([minor]);
      }),
      { numRuns: 300 },
    );
  });

  it('every row of a sheet is one line of the text, and reads back as its cells', () => {
    const tricky = fc.constantFrom('Calle 1\nMadrid', 'a\r\nb', 'say "hi"', 'Acme, S.L.', ' padded ');
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), tricky, fc.boolean(), fc.integer().map((n) => ({ number: String(n) })));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }), (data) => {
        const trimmed = (cells: string[]) => {
          const out = [...cells];
          while (out.length > 0 && out[out.length - 1] === '') out.pop();
          return out;
        };
        const rows = readCsvRows(sheetToCsv(data), ',');
        const expected = data.map((row) => trimmed(row.map(cellText)));
        // Empty rows at the very end may be left off; every other row is on its own line, cell for cell.
        expect(rows.length).toBeLessThanOrEqual(data.length);
        expect(expected.slice(rows.length).every((cells) => cells.length === 0)).toBe(true);
        expect(rows.map((row) => [row.line, trimmed(row.cells)])).toEqual(expected.slice(0, rows.length).map((cells, index) => [index + 1, cells]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('spreadsheets written by Excel, from a public repository (tests/fixtures/import/real/xlsx/README.md)', () => {
  async function textOf(name: string) {
    const bytes = readFileSync(new URL(`../../tests/fixtures/import/real/xlsx/${name}.xlsx`, import.meta.url));
    expect(fileKind(bytes)).toBe('xlsx');
    return spreadsheetToText(await readBytes(bytes));
  }

  it.each([
    // The library's own expectation for this file: five dates of 2018-05-05 under "Date", in a workbook on the 1904 date system.
    ['1904-based-dates', { text: 'Date\n2018-05-05\n2018-05-05\n2018-05-05\n2018-05-05\n2018-05-05', sheet: { name: 'sheet 1', count: 1 } }],
    // A date with a time, 2021-06-10T00:47:45.700Z: kept with its time, to the second.
    ['date', { text: '2021-06-10 00:47:46', sheet: { name: 'Sheet1', count: 1 } }],
    // Written by Excel 2011 for Mac: shared strings, two by two.
    ['made-in-macos-excel-2011', { text: 'One,Two\nThree,Four', sheet: { name: 'Sheet1', count: 1 } }],
  ])('%s', async (name, expected) => {
    expect(await textOf(name)).toEqual(expected);
  });

  it('a 1904-system workbook\'s dates are read as the same days an invoice table would show', async () => {
    const { text } = await textOf('1904-based-dates');
    const parsed = parseImportFile(`Customer,Invoice,Amount,${text.split('\n')[0]}\n${text.split('\n').slice(1).map((date, index) => `Cliente ${index},F-${index},10,${date}`).join('\n')}`, {
      defaultCurrency: 'EUR',
      decimalMark: 'dot',
      mapping: { debtorName: 'Customer', invoiceNumber: 'Invoice', amount: 'Amount', dueDate: 'Date' },
    });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rows.map((row) => row.invoice.dueDate)).toEqual(Array(5).fill('2018-05-05'));
  });
});
