import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toDecimalString } from '../money';
import { sample, type SampleName } from './__fixtures__/samples';
import { parsed, rejections } from './__fixtures__/support';
import { detectImportFormat } from './detect';
import { guessMapping } from './guess-mapping';
import { parseImportFile } from './parse';
import type { ColumnMapping, DateOrder, ImportFormat, RowReason } from './types';

const COBRO_HEADER = 'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status';

describe('files that cannot be read', () => {
  it.each<[string, string, string]>([
    ['empty', '', 'empty-file'],
    ['blank lines only', '  \r\n\n\t\n', 'empty-file'],
    ['a byte-order mark only', '\ufeff', 'empty-file'],
    ['a zip (an .xlsx) read as text', 'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000[Content_Types].xml', 'not-text'],
    ['random control characters', Array.from({ length: 200 }, (_, i) => String.fromCharCode((i * 7) % 32)).join(''), 'not-text'],
    ['prose', 'Dear customer,\nplease find attached.\n', 'no-header'],
    ['a CSV in no known format', 'sku,qty,price\nA1,2,3.50\nB2,1,9.99\n', 'mapping-required'],
    ['a cobro file with a misspelt required header', 'debtor_name,debtor_email,invoice_number,amount,due\nA,a@x.example,1,10,2026-01-31', 'mapping-required'],
  ])('%s → %s', (_, text, code) => {
    const result = parseImportFile(text, { defaultCurrency: 'EUR', sourceName: 'ventas.csv' });
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('names what a nearly matching file lacks', () => {
    const result = parseImportFile('debtor_name,debtor_email,invoice_number,amount,due\nA,a@x.example,1,10,2026-01-31', { defaultCurrency: 'EUR' });
    expect(result).toMatchObject({ ok: false, missing: ['due_date'] });
  });

  it('lists every required column when a file is read as a format it does not resemble', () => {
    const result = parseImportFile('sku,qty\nA,1', { defaultCurrency: 'EUR', format: 'qbo-ar-aging-detail' });
    expect(result).toMatchObject({
      ok: false,
      code: 'missing-column',
      missing: ['Transaction Type', 'Num', 'Customer', 'Due Date', 'Amount', 'Open Balance'],
    });
  });

  it('warns when the text was decoded with the wrong encoding', () => {
    const result = parsed(`${COBRO_HEADER}\nCl\ufffdnica,a@x.example,1,EUR,10,0,,2026-01-31,open`);
    expect(result.rows).toHaveLength(1);
    expect(result.warnings.map((w) => w.code)).toContain('bad-encoding');
  });

  it('reads a header with no rows as an empty import, with a warning', () => {
    const result = parsed(`${COBRO_HEADER}\r\n`);
    expect(result).toMatchObject({ format: 'cobro', rows: [], rejected: [], needsDateOrder: false });
    expect(result.warnings.map((w) => w.code)).toContain('no-rows');
  });
});

describe('separators and quotes', () => {
  it('rejects rows written with another separator and keeps the rest', () => {
    const result = parsed(`${COBRO_HEADER}\nA,a@x.example,1,EUR,10,0,,2026-01-31,open\nB;b@x.example;2;EUR;10;0;;2026-01-31;open\nC,c@x.example,3,EUR,10,0,,2026-01-31,open`);
    expect(result.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(rejections(result)).toEqual([[3, 'missing-column']]);
  });

  it('rejects the rest of the file when a quote is never closed, saying so', () => {
    const result = parsed(`${COBRO_HEADER}\nA,a@x.example,1,EUR,10,0,,2026-01-31,open\n"B,b@x.example,2,EUR,10,0,,2026-01-31,open\nC,c@x.example,3,EUR,10,0,,2026-01-31,open`);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(rejections(result)).toEqual([[3, 'malformed-row']]);
    expect(result.warnings.map((w) => w.code)).toContain('unterminated-quote');
  });

  it.each([
    // "1.234,56" unquoted in a comma file splits in two; the row's empty last cells used to hide it.
    ['a decimal comma unquoted, the row ending in empty cells', `${COBRO_HEADER},notes\nA,a@x.example,1,EUR,10,0,,2026-01-31,open,\nB,b@x.example,2,EUR,1.234,56,0,,2026-01-31,,\nC,c@x.example,3,EUR,10,0,,2026-01-31,open,`, [2, 4]],
    // Every row but the header ends with a separator: that is the file's shape, not a broken row.
    ['a separator closing every data row', `${COBRO_HEADER}\nA,a@x.example,1,EUR,10,0,,2026-01-31,open,\nC,c@x.example,3,EUR,10,0,,2026-01-31,open,`, [2, 3]],
  ])('%s', (_what, text, imported) => {
    const result = parsed(text);
    expect(result.rows.map((row) => row.line)).toEqual(imported);
    expect(rejections(result)).toEqual(imported.length === 2 && imported[1] === 4 ? [[3, 'malformed-row']] : []);
  });
});

describe('day-first or month-first', () => {
  const file = (...dates: string[]) =>
    [COBRO_HEADER, ...dates.map((due, i) => `A,a@x.example,${i + 1},EUR,10,0,,${due},open`)].join('\n');

  it.each<[string, string[], DateOrder | undefined, (string | null)[] | 'ask']>([
    ['ambiguous: ask', ['05/11/2026', '01/02/2026'], undefined, 'ask'],
    ['ambiguous, answered day-first', ['05/11/2026', '01/02/2026'], 'dmy', ['2026-11-05', '2026-02-01']],
    ['ambiguous, answered month-first', ['05/11/2026', '01/02/2026'], 'mdy', ['2026-05-11', '2026-01-02']],
    ['a day above 12 first decides', ['05/11/2026', '25/12/2026'], undefined, ['2026-11-05', '2026-12-25']],
    ['a day above 12 second decides', ['05/11/2026', '12/25/2026'], undefined, ['2026-05-11', '2026-12-25']],
    ['the file wins over a wrong answer', ['05/11/2026', '12/25/2026'], 'dmy', ['2026-05-11', '2026-12-25']],
    ['two-digit years, single digits', ['5/1/26', '25/1/26'], undefined, ['2026-01-05', '2026-01-25']],
    ['dotted dates are day-first', ['05.11.2026', '01.02.2026'], undefined, ['2026-11-05', '2026-02-01']],
    ['ISO and named months need no answer', ['2026-11-05', '"Nov 20, 2026"', '3 de marzo de 2027'], undefined, ['2026-11-05', '2026-11-20', '2027-03-03']],
  ])('%s', (_, dates, dateOrder, expected) => {
    const result = parsed(file(...dates), dateOrder ? { dateOrder } : {});
    if (expected === 'ask') {
      expect(result).toMatchObject({ needsDateOrder: true, rows: [], rejected: [] });
      return;
    }
    expect(result.needsDateOrder).toBe(false);
    expect(result.rows.map((row) => row.invoice.dueDate)).toEqual(expected);
  });

  it('warns when an answer was overruled by the file', () => {
    const result = parsed(file('12/25/2026'), { dateOrder: 'dmy' });
    expect(result.warnings.map((w) => w.code)).toContain('date-order-overridden');
  });

  it('follows the majority when dates disagree and rejects the others', () => {
    const result = parsed(file('25/11/2026', '26/11/2026', '11/27/2026'));
    expect(result.rows.map((row) => row.invoice.dueDate)).toEqual(['2026-11-25', '2026-11-26']);
    expect(rejections(result)).toEqual([[4, 'bad-date']]);
    expect(result.warnings.map((w) => w.code)).toContain('conflicting-date-order');
  });
});

describe('decimal marks', () => {
  const file = (...amounts: string[]) =>
    [COBRO_HEADER, ...amounts.map((amount, i) => `A,a@x.example,${i + 1},EUR,"${amount}",0,,2026-01-31,open`)].join('\n');

  it.each<[string, string[], number[]]>([
    ['points', ['1,234.56', '7.5'], [123456, 750]],
    ['commas', ['1.234,56', '7,5'], [123456, 750]],
    ['currency symbols and spaces', ['€ 1.234,56', '7,50 €'], [123456, 750]],
    ['a thousands point decided by another cell', ['1.234', '7,5'], [123400, 750]],
    ['a thousands comma decided by another cell', ['1,234', '7.5'], [123400, 750]],
  ])('%s', (_, amounts, expected) => {
    expect(parsed(file(...amounts)).rows.map((row) => row.invoice.amount)).toEqual(expected);
  });

  it('follows the majority when marks disagree and rejects the others', () => {
    const result = parsed(file('1,50', '2,50', '3.50'));
    expect(result.rows.map((row) => row.invoice.amount)).toEqual([150, 250]);
    expect(rejections(result)).toEqual([[4, 'bad-amount']]);
    expect(result.warnings.map((w) => w.code)).toContain('mixed-decimal-styles');
  });

  it('reads an all-ambiguous column with the comma in a ";" file and with the point in a "," file', () => {
    expect(parsed('debtor_name;debtor_email;invoice_number;amount;due_date\nA;a@x.example;1;1.234;2026-01-31').rows[0]!.invoice.amount).toBe(123400);
    expect(parsed('debtor_name,debtor_email,invoice_number,amount,due_date\nA,a@x.example,1,"1,234",2026-01-31').rows[0]!.invoice.amount).toBe(123400);
  });
});

describe('detectImportFormat', () => {
  it.each<[SampleName, number]>([
    ['cobro', 1],
    ['invoiceninja-ar-detailed', 7],
    ['xero-sales-invoices', 1],
    ['qbo-ar-aging-detail', 5],
    ['freshbooks-invoice-details', 1],
  ])('%s: header on line %i', (name, headerLine) => {
    const detected = detectImportFormat(sample(name));
    expect(detected).toMatchObject({ format: name, delimiter: ',', headerLine });
    expect(detected.confidence).toBeGreaterThan(0.8);
    expect(detected.headers.length).toBeGreaterThan(4);
  });

  it.each<[string, string, ',' | ';' | '\t']>([
    ['semicolons', 'debtor_name;debtor_email;invoice_number;amount;due_date\nA;"a@x.example;b@x.example";1;1,5;2026-01-31', ';'],
    ['tabs', 'debtor_name\tdebtor_email\tinvoice_number\tamount\tdue_date\n', '\t'],
    ['a BOM and CRLF', '\ufeffdebtor_name,debtor_email,invoice_number,amount,due_date\r\n', ','],
  ])('finds the cobro header with %s', (_, text, delimiter) => {
    expect(detectImportFormat(text)).toMatchObject({ format: 'cobro', delimiter, headerLine: 1 });
  });

  it('finds Spanish Invoice Ninja headers below their preamble', () => {
    const text = '\n\n\n\nInforme\nCreado el 20/11/2026\nFecha;Vencimiento;Número de Factura;Estado;Nombre del Cliente;Importe;Saldo\n';
    expect(detectImportFormat(text)).toMatchObject({ format: 'invoiceninja-ar-detailed', delimiter: ';', headerLine: 7 });
  });

  it('reports no format, with the likely separator and header, for other CSVs', () => {
    expect(detectImportFormat('Report\nsku;qty;price\nA1;2;3,50\nB2;1;9,99\n')).toEqual({
      format: null,
      delimiter: ';',
      headerLine: 2,
      headers: ['sku', 'qty', 'price'],
      confidence: 0,
    });
  });

  it.each<[string, string, number, string[]]>([
    ['three title lines (Invoice Ninja v4)', 'Invoice Report\nAcme Studio\nCreated 2026-12-05\nClient,Invoice,Amount,Due\nAnn,1,10.00,2026-01-31\n', 4, ['Client', 'Invoice', 'Amount', 'Due']],
    ['title rows padded to the width', 'Sales by invoice,,,\n,,,\nCliente,Factura,Importe,Vence\nAna,1,"10,00",31/01/2026\nTotal,,"10,00",\n', 3, ['Cliente', 'Factura', 'Importe', 'Vence']],
    ['a two-cell title and a date range', 'Report:,Invoices,,,\nFrom,2026-01-01,to,2026-12-31,\nClient,Email,Invoice,Total,Issued\nAnn,a@x.example,1,10.00,2026-01-01\n', 3, ['Client', 'Email', 'Invoice', 'Total', 'Issued']],
    ['an all-text data row below the header', 'Name,Number,Status\nAnn,F-1,open\nBob,F-2,paid\n', 1, ['Name', 'Number', 'Status']],
  ])('finds the header of a file in no known format under %s', (_, text, headerLine, headers) => {
    expect(detectImportFormat(text)).toMatchObject({ format: null, headerLine, headers });
  });

  it('takes the header row the user chose', () => {
    const text = 'Invoice Report\nClient,Invoice,Amount,Due\nAnn,1,10.00,2026-01-31\n';
    expect(detectImportFormat(text, 1)).toMatchObject({ headerLine: 1, headers: ['Invoice Report'] });
    expect(detectImportFormat(text, 99)).toMatchObject({ headerLine: 2 });
  });

  it('reports nothing for empty or binary input', () => {
    for (const text of ['', '\u0000\u0001\u0002PK']) {
      expect(detectImportFormat(text)).toEqual({ format: null, delimiter: ',', headerLine: 0, headers: [], confidence: 0 });
    }
  });
});

// ---------------------------------------------------------------- properties

const NASTY = fc.constantFrom(
  '', ' ', 'abc', '-1', '0', '1,2,3', '12.345', '1e5', '€', '31/02/2026', '13/13/2026', '2026-13-01', '05/06/2026',
  '"', '""', ';', ',', '\t', 'a\nb', '=1+1', "'", 'a@b', '@', 'x@y.example;nope', 'EURO', 'usd', 'pending', 'PAID',
  '9'.repeat(70), 'ñandú', '\u00a0',
);
const CORRUPT_CELL = fc.oneof(NASTY, fc.string({ maxLength: 12 }));

const VALID_COBRO_ROW = fc
  .record({
    debtor: fc.integer({ min: 0, max: 6 }),
    number: fc.integer({ min: 1, max: 40 }),
    currency: fc.constantFrom('EUR', 'USD', 'JPY'),
    amount: fc.integer({ min: 1, max: 10_000_000 }),
    paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
    day: fc.integer({ min: 1, max: 28 }),
    status: fc.constantFrom('', 'open', 'paid', 'disputed'),
  })
  .map((r) => {
    const paid = Math.floor(r.amount * r.paidShare);
    return [
      `Debtor ${r.debtor}`,
      `d${r.debtor}@x.example`,
      `F-${r.number}`,
      r.currency,
      toDecimalString(r.amount, r.currency),
      toDecimalString(paid, r.currency),
      `2026-01-${String(r.day).padStart(2, '0')}`,
      `2026-02-${String(r.day).padStart(2, '0')}`,
      r.status,
    ];
  });

const VALID_XERO_ROW = fc
  .record({ invoice: fc.integer({ min: 1, max: 8 }), line: fc.integer({ min: 1, max: 99 }) })
  .map(({ invoice, line }) => [
    `Contact ${invoice % 3}`,
    `c${invoice % 3}@x.example`,
    `INV-${invoice}`,
    `0${(invoice % 9) + 1}/10/2026`,
    `2${invoice % 8}/11/2026`,
    `${invoice * 10}.00`,
    '0.00',
    `${invoice * 10}.00`,
    `line ${line}`,
    `${line}.00`,
    'GBP',
    'Sales invoice',
    invoice % 5 === 0 ? 'DRAFT' : 'AUTHORISED',
  ]);

const VALID_ZOHO_ROW = fc
  .record({ invoice: fc.integer({ min: 1, max: 8 }), lines: fc.integer({ min: 1, max: 3 }) })
  .map(({ invoice, lines }) => [
    `2026-10-0${(invoice % 9) + 1}`,
    `${9000 + invoice}`,
    `INV-${invoice}`,
    invoice % 5 === 0 ? 'Draft' : 'Sent',
    `Customer ${invoice % 3}`,
    `2026-11-0${(invoice % 9) + 1}`,
    'USD',
    `${invoice * 10}.00`,
    `${invoice * 10 * lines}.00`,
    `${invoice * 10 * lines}.00`,
    `${invoice * 5}.00`,
  ]);

const VALID_STRIPE_ROW = fc
  .record({ invoice: fc.integer({ min: 1, max: 40 }), status: fc.constantFrom('open', 'paid', 'void', 'draft') })
  .map(({ invoice, status }) => [
    `in_${invoice}`,
    `Customer ${invoice % 4}`,
    `c${invoice % 4}@x.example`,
    `${invoice}.50`,
    status === 'paid' ? `${invoice}.50` : '0.00',
    status === 'paid' ? '0.00' : `${invoice}.50`,
    invoice % 2 === 0 ? 'eur' : 'usd',
    status,
    status === 'draft' ? '' : `A-${invoice}`,
    '2026-03-01 10:00',
    invoice % 3 === 0 ? '' : '2026-03-31 10:00',
  ]);

const CORRUPTED = (valid: fc.Arbitrary<string[]>) =>
  fc.tuple(
    valid,
    fc.array(fc.tuple(fc.nat(12), CORRUPT_CELL), { maxLength: 3 }),
    fc.constantFrom('none', 'truncate', 'extend', 'blank'),
  ).map(([cells, edits, shape]) => {
    const row = [...cells];
    for (const [column, value] of edits) row[column % row.length] = value;
    if (shape === 'truncate') row.length = Math.max(1, row.length - 3);
    if (shape === 'extend') row.push('surplus');
    if (shape === 'blank') return row.map(() => '');
    return row;
  });

/** Writes rows and says on which line each starts (quoted cells may hold line breaks). */
function writeFile(header: string, rows: string[][], delimiter: string): { text: string; lines: number[] } {
  let line = 2;
  const lines: number[] = [];
  const written = rows.map((row) => {
    lines.push(line);
    const text = Papa.unparse([row], { delimiter, newline: '\n' });
    line += text.split('\n').length;
    return text;
  });
  return { text: [header, ...written].join('\n'), lines };
}

describe('every data line is accounted for once', () => {
  it.each<[ImportFormat, string, fc.Arbitrary<string[]>]>([
    ['cobro', COBRO_HEADER, VALID_COBRO_ROW],
    [
      'xero-sales-invoices',
      'ContactName,EmailAddress,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Description,LineAmount,Currency,Type,Status',
      VALID_XERO_ROW,
    ],
    ['zoho-invoices', 'Invoice Date,Invoice ID,Invoice Number,Invoice Status,Customer Name,Due Date,Currency Code,Item Total,SubTotal,Total,Balance', VALID_ZOHO_ROW],
    ['stripe-invoices', 'id,Customer Name,Customer Email,Amount Due,Amount Paid,Amount Remaining,Currency,Status,Number,Date (UTC),Due Date (UTC)', VALID_STRIPE_ROW],
  ])('%s: corrupted rows never throw and land in rows or rejected, never both', (format, header, valid) => {
    fc.assert(
      fc.property(fc.array(CORRUPTED(valid), { maxLength: 30 }), fc.constantFrom(',', ';'), (rows, delimiter) => {
        const { text, lines } = writeFile(header.replaceAll(',', delimiter), rows, delimiter);
        // A random cell may write a bare "$": the answer is given so the file is read, not asked about.
        const result = parseImportFile(text, { defaultCurrency: 'EUR', dateOrder: 'dmy', dollarCurrency: 'USD' });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.format).toBe(format);
        const expected = lines.filter((_, i) => rows[i]!.some((cell) => cell.trim() !== ''));
        const kept = result.rows.flatMap((row) => row.lines);
        const rejected = result.rejected.map((row) => row.line);
        expect(new Set(kept).size).toBe(kept.length);
        expect(new Set(rejected).size).toBe(rejected.length);
        expect([...kept, ...rejected].sort((a, b) => a - b)).toEqual(expected);
        for (const row of result.rejected) expect(row.message).not.toBe('');
      }),
      { numRuns: 150 },
    );
  });

  it('any text at all gives a result or a failure, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const result = parseImportFile(`${COBRO_HEADER}\n${text}`, { defaultCurrency: 'EUR', dateOrder: 'mdy' });
        expect(typeof result.ok).toBe('boolean');
        expect(() => detectImportFormat(text)).not.toThrow();
        expect(typeof parseImportFile(text, { defaultCurrency: 'EUR' }).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------- reports with titles and line items

const TITLE = fc.constantFrom('Invoice Report', 'Acme Studio S.L.', 'From 2026-01-01 to 2026-12-31', 'Informe de facturas', 'Report:,Invoices', '', ' ');
const FOOTER_ROW = fc.constantFrom('Total,,,{sum},', 'Generated on 5 Dec 2026', 'Totales,,,{sum},', 'Page 1 of 1');

const LINE_ITEM_INVOICE = fc.record({
  debtor: fc.integer({ min: 0, max: 3 }),
  number: fc.integer({ min: 1, max: 12 }),
  lines: fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 4 }),
  // Now and then the file's total is off by a cent: the invoice must be refused, not imported wrong.
  totalOff: fc.constantFrom(0, 0, 0, 0, 1),
  day: fc.integer({ min: 1, max: 28 }),
});

const LINE_MAPPING: ColumnMapping = { debtorName: 'Client', invoiceNumber: 'Invoice', issueDate: 'Issued', lineAmount: 'Line Total', amount: 'Invoice Total' };

describe('reports with title rows, footers and one row per line item', () => {
  it('finds the header, groups the lines into invoices with exact sums, and accounts for every data row once', () => {
    fc.assert(
      fc.property(
        fc.array(TITLE, { maxLength: 5 }),
        fc.uniqueArray(LINE_ITEM_INVOICE, { selector: (invoice) => `${invoice.debtor} ${invoice.number}`, minLength: 1, maxLength: 8 }),
        fc.array(FOOTER_ROW, { maxLength: 2 }),
        fc.boolean(),
        (titles, invoices, footers, interleave) => {
          const rows = invoices.flatMap((invoice) =>
            invoice.lines.map((amount, index) => ({ invoice, index, cells: [`Client ${invoice.debtor}`, `INV-${invoice.number}`, `2026-03-${String(invoice.day).padStart(2, '0')}`, toDecimalString(amount, 'USD'), toDecimalString(invoice.lines.reduce((a, b) => a + b, 0) + invoice.totalOff, 'USD')] })),
          );
          // Lines of different invoices mixed, as a report sorted by date or item may list them.
          if (interleave) rows.sort((a, b) => a.index - b.index);
          const sum = invoices.reduce((total, invoice) => total + invoice.lines.reduce((a, b) => a + b, 0), 0);
          const preamble = titles.length;
          const headerLine = preamble + 1;
          const text = [...titles, 'Client,Invoice,Issued,Line Total,Invoice Total', ...rows.map((row) => row.cells.join(',')), ...footers.map((footer) => footer.replace('{sum}', toDecimalString(sum, 'USD')))].join('\n');
          const dataLines = rows.map((_, index) => headerLine + 1 + index);

          const detected = detectImportFormat(text);
          expect(detected.headerLine).toBe(headerLine);
          const samples = rows.slice(0, 5).map((row) => row.cells);
          expect(guessMapping(detected.headers, samples)).toEqual(LINE_MAPPING);

          const result = parseImportFile(text, { defaultCurrency: 'USD', mapping: LINE_MAPPING });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.headerLine).toBe(headerLine);
          const kept = result.rows.flatMap((row) => row.lines);
          const rejected = result.rejected.map((row) => row.line);
          expect([...kept, ...rejected].sort((a, b) => a - b)).toEqual(dataLines);
          expect(new Set([...kept, ...rejected]).size).toBe(dataLines.length);
          for (const invoice of invoices) {
            const imported = result.rows.find((row) => row.debtor.name === `Client ${invoice.debtor}` && row.invoice.number === `INV-${invoice.number}`);
            if (invoice.totalOff === 0) {
              expect(imported?.invoice.amount).toBe(invoice.lines.reduce((a, b) => a + b, 0));
              expect(imported?.lines).toHaveLength(invoice.lines.length);
            } else expect(imported).toBeUndefined();
          }
          expect(result.rejected.every((row) => row.reason.code === 'lines-sum-mismatch')).toBe(true);
          expect(result.rejected.some((row) => row.code === 'duplicate-invoice')).toBe(false);
          // No due date and no terms: every imported invoice is due after the default terms, and counted.
          expect(result.dueFromDefaultTerms).toBe(result.rows.length);
          expect(parseImportFile(text, { defaultCurrency: 'USD', mapping: LINE_MAPPING })).toEqual(result);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** How each currency may be written in an amount cell, definite ones only. */
const WRITTEN: Record<string, { symbols: string[]; dollar: boolean }> = {
  EUR: { symbols: ['€'], dollar: false },
  GBP: { symbols: ['£'], dollar: false },
  USD: { symbols: ['US$', 'U$S'], dollar: true },
  MXN: { symbols: ['MX$'], dollar: true },
  JPY: { symbols: ['JP¥'], dollar: false },
};
const CURRENCIES = Object.keys(WRITTEN);

const MONEY_ROW = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  amount: fc.integer({ min: 1, max: 10_000_000 }),
  mark: fc.constantFrom('symbol', 'code', 'plain', 'bare'),
  where: fc.constantFrom('before', 'after', 'before-spaced', 'after-spaced', 'after-sign'),
  symbolIndex: fc.nat(3),
  codeCase: fc.constantFrom('upper', 'lower'),
  column: fc.constantFrom('agrees', 'empty', 'conflicts'),
  other: fc.constantFrom(...CURRENCIES),
});
type MoneyRow = typeof MONEY_ROW extends fc.Arbitrary<infer T> ? T : never;

/** The amount cell as some tool would write it, and what it names: a currency, a bare "$", or nothing. */
function writtenAmount(row: MoneyRow): { cell: string; names: string | '$' | null } {
  const figures = toDecimalString(row.amount, row.currency);
  const { symbols, dollar } = WRITTEN[row.currency]!;
  let mark: string;
  let names: string | '$' | null;
  if (row.mark === 'plain') return { cell: figures, names: null };
  if (row.mark === 'bare' && dollar) [mark, names] = ['$', '$'];
  else if (row.mark === 'code') [mark, names] = [row.codeCase === 'upper' ? row.currency : row.currency.toLowerCase(), row.currency];
  else [mark, names] = [symbols[row.symbolIndex % symbols.length]!, row.currency];
  const cell = {
    before: `${mark}${figures}`,
    after: `${figures}${mark}`,
    'before-spaced': `${mark} ${figures}`,
    'after-spaced': `${figures}\u00a0${mark}`,
    'after-sign': `+${mark}${figures}`,
  }[row.where];
  return { cell, names };
}

describe('money is read with its currency', () => {
  it('every row is imported in the currency its amount or column names, or rejected with a currency conflict, never read in another', () => {
    fc.assert(
      fc.property(fc.array(MONEY_ROW, { minLength: 1, maxLength: 25 }), fc.constantFrom('USD', 'MXN'), (moneyRows, dollarCurrency) => {
        const rows = moneyRows.map((row, index) => {
          const column = row.column === 'agrees' ? row.currency : row.column === 'empty' ? '' : row.other;
          return { row, column, ...writtenAmount(row), line: index + 2 };
        });
        const text = [
          'debtor_name,debtor_email,invoice_number,currency,amount,due_date',
          ...rows.map(({ column, cell }, index) => Papa.unparse([[`Debtor ${index}`, '', `F-${index}`, column, cell, '2026-02-01']], { newline: '\n' })),
        ].join('\n');
        const result = parseImportFile(text, { defaultCurrency: 'EUR', dollarCurrency });
        if (!result.ok) throw new Error(result.message);
        expect(result.needsDollarCurrency).toBe(false);
        const imported = new Map(result.rows.map((row) => [row.line, row.invoice]));
        const rejected = new Map(result.rejected.map((row) => [row.line, row.reason]));
        for (const { row, column, cell, names, line } of rows) {
          // What the row must be read as, or null when its amount and its column disagree.
          let expected: string | null;
          if (names === null) expected = column || 'EUR';
          else if (names === '$') expected = column === '' ? dollarCurrency : WRITTEN[column]!.dollar ? column : null;
          else expected = column === '' || column === names ? names : null;
          if (expected === null) {
            expect(imported.has(line)).toBe(false);
            expect(rejected.get(line)).toMatchObject<Partial<RowReason>>({ code: 'currency-conflict', value: cell });
            continue;
          }
          const invoice = imported.get(line);
          if (invoice === undefined && expected !== row.currency) {
            // Figures written for another currency may not fit this one ("0.01" in yen): rejected as an amount.
            expect(rejected.get(line)?.code).toBe('not-an-amount');
            continue;
          }
          expect(invoice?.currency, `line ${line}: ${column} ${cell}`).toBe(expected);
          if (expected === row.currency) expect(invoice?.amount).toBe(row.amount);
        }
        expect(imported.size + rejected.size).toBe(rows.length);
      }),
      { numRuns: 200 },
    );
  });
});
