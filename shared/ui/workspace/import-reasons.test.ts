import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate';
import { sample, type SampleName } from '../../import/__fixtures__/samples';
import { parseImportFile } from '../../import/parse';
import type { PlanWarning } from '../../import/plan';
import { IMPORT_FORMATS, type ImportFailure, type ImportFailureCode, type ImportWarning, type ImportWarningCode, type ParseImportResult, type RowReason } from '../../import/types';
import { failureText, linesText, planWarningText, rowReasonText, warningText, warningTexts } from './import-reasons';

const es = createTranslator('es-ES');
const en = createTranslator('en-US');

/** A Cobro CSV like the one a user sent: 12 columns, four lines that cannot be imported. */
const BAD_COBRO = [
  'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status,debtor_phone,debtor_locale,notes',
  'Talleres Ruiz S.L.,pagos@talleresruiz.example,F-2026-0112,EUR,1.234,56,0,2026-08-01,2026-08-31,open,,es,Paga tarde',
  'Clínica Dental Sonrisa,administracion@sonrisa.example,F-2026-0131,EUR,doce euros,0,2026-09-01,2026-10-01,open,,es,',
  'Bright Pixel Ltd,accounts@brightpixel.example,INV-0077,GBP,950.00,0,2026-01-20,2026-02-30,open,,en,',
  'Panadería La Espiga,laespiga@correo.example,F-2026-0099,EUR,242.00,0,2026-07-10,2026-08-10,open,,es,',
  'Northwind Traders,ap@northwind.example,INV-0081,EUR,-300.00,0,2026-06-01,2026-07-01,open,,en,',
].join('\n');

/** Intl puts no-break spaces around currencies; the tables here are written with plain ones. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function read(text: string, sourceName = 'file.csv'): ParseImportResult {
  return parseImportFile(text, { defaultCurrency: 'EUR', sourceName });
}

function rowTexts(text: string, locale: string) {
  const result = read(text);
  if (!result.ok) throw new Error(result.code);
  const t = createTranslator(locale);
  return result.rejected.map((row) => {
    const { headline, fix } = rowReasonText(t, locale, row.reason);
    return [row.line, { headline: plain(headline), fix: plain(fix) }] as const;
  });
}

describe('why a row of a bad Cobro CSV is left out', () => {
  it.each([
    [
      'es-ES',
      [
        [2, 'Hay 13 valores para 12 columnas.', 'Probablemente un importe como 1.234,56 sin comillas en un archivo separado por comas: póngalo entre comillas o exporte con punto y coma.'],
        [3, '«doce euros» en la columna «amount» no es un importe.', 'Escríbalo solo con cifras, sin palabras.'],
        [4, '«2026-02-30» en la columna «due_date» no es una fecha.', 'Compruebe que el día existe (febrero tiene 28 o 29 días) y escríbala como 28/02/2026.'],
        [6, 'El total de la factura es -300,00 €.', 'Los abonos y las devoluciones no se importan; si es una factura, escriba su total sin signo menos.'],
      ],
    ],
    [
      'en-US',
      [
        [2, 'There are 13 values for 12 columns.', 'Probably an amount like 1,234.56 without quotes in a comma-separated file: put it in quotes or export with semicolons.'],
        [3, '“doce euros” in column “amount” is not an amount.', 'Write it in figures only, without words.'],
        [4, '“2026-02-30” in column “due_date” is not a date.', 'Check that the day exists (February has 28 or 29 days) and write it like 2026-02-28.'],
        [6, 'The invoice total is -€300.00.', 'Credit notes and refunds are not imported; if this is an invoice, write its total without a minus sign.'],
      ],
    ],
  ] as const)('in %s', (locale, expected) => {
    expect(rowTexts(BAD_COBRO, locale)).toEqual(expected.map(([line, headline, fix]) => [line, { headline, fix }]));
  });
});

describe('every row reason reads as words in both languages', () => {
  const REASONS: RowReason[] = [
    { code: 'too-many-values', values: 5, columns: 4, delimiter: ';' },
    { code: 'too-many-values', values: 5, columns: 4, delimiter: '\t' },
    { code: 'unclosed-quote' },
    { code: 'no-column', column: 'Due Date' },
    { code: 'empty-value', column: 'Client Name' },
    { code: 'no-due-date', column: 'Date Due' },
    { code: 'not-an-amount', column: 'Total', value: 'n/a' },
    { code: 'not-a-date', column: 'DueDate', value: '05/11/2026', order: 'either' },
    { code: 'not-a-date', column: 'DueDate', value: '31/02/2026', order: 'dmy' },
    { code: 'not-a-currency', value: 'Pesos' },
    { code: 'not-an-email', value: 'ana@' },
    { code: 'too-many-emails', max: 20 },
    { code: 'balance-over-total' },
    { code: 'paid-over-total', amount: 10000, paid: 12050, currency: 'MXN' },
    { code: 'due-before-issue', due: '2026-01-05', issue: '2026-02-01' },
    { code: 'unknown-status', value: 'pendiente' },
    { code: 'not-to-collect', value: 'Draft' },
    { code: 'not-to-collect', value: 'Borrador', kind: 'draft' },
    { code: 'not-to-collect', value: 'void', kind: 'void' },
    { code: 'not-to-collect', value: 'Deleted', kind: 'other' },
    { code: 'currency-conflict', value: '£250.00', written: 'GBP', currency: 'EUR', against: 'column' },
    { code: 'currency-conflict', value: '$13.50', written: '$', currency: 'EUR', against: 'amount' },
    { code: 'ambiguous-symbol', value: '¥1200', symbol: '¥' },
    { code: 'ambiguous-symbol', value: '$12', symbol: '$' },
    { code: 'not-an-invoice', value: 'Credit Memo' },
    { code: 'lines-disagree', column: 'Currency', first: 4, other: 6 },
    { code: 'too-long', what: 'invoiceNumber', max: 60 },
    { code: 'too-long', what: 'notes', max: 5000 },
    { code: 'duplicate-in-file', number: 'F-1', name: 'Ana', firstLine: 3 },
    { code: 'duplicate-in-file', number: 'F-1', name: 'Ana', firstLine: null },
    { code: 'emails-taken', emails: 'a@x.example, b@x.example', names: 'A, B' },
    { code: 'currency-mismatch', number: 'F-1', ledger: 'EUR', file: 'USD' },
    { code: 'invalid-record', what: 'debtor' },
  ];
  const cases = REASONS.flatMap((reason) => (['es-ES', 'en-US'] as const).map((locale) => [reason.code, locale, reason] as const));

  it.each(cases)('%s in %s', (_code, locale, reason) => {
    const { headline, fix } = rowReasonText(createTranslator(locale), locale, reason);
    for (const text of [headline, fix]) {
      expect(text).toMatch(/^[«“A-ZÁÉÍÓÚ¿0-9-]/);
      expect(text).toMatch(/[.»”]$/);
      expect(text).not.toMatch(/[{}]|minor units|undefined|null|debtor|deudor|-(?:record|column|value)\b/);
    }
    expect(fix).not.toBe(headline);
  });

  it.each([
    ['es-ES', { code: 'paid-over-total', amount: 10000, paid: 12050, currency: 'MXN' }, 'Consta 120,50 MXN pagado en una factura de 100,00 MXN.'],
    ['en-US', { code: 'currency-mismatch', number: 'F-1', ledger: 'EUR', file: 'USD' }, 'Invoice F-1 is in Euro (EUR) in Cobro but in US Dollar (USD) in the file.'],
    ['es-ES', { code: 'due-before-issue', due: '2026-01-05', issue: '2026-02-01' }, 'Vence el 5 ene 2026, antes de su emisión el 1 feb 2026.'],
    ['es-ES', { code: 'too-long', what: 'notes', max: 5000 }, 'Las notas tienen más de 5000 caracteres.'],
    ['en-US', { code: 'currency-conflict', value: '£250.00', written: 'GBP', currency: 'EUR', against: 'column' }, '“£250.00” is written in British Pound (GBP), but the currency column says Euro (EUR).'],
    ['es-ES', { code: 'currency-conflict', value: '£250.00', written: 'GBP', currency: 'EUR', against: 'column' }, '«£250.00» está escrito en libra esterlina (GBP), pero la columna de moneda dice euro (EUR).'],
    ['en-US', { code: 'currency-conflict', value: '$13.50', written: '$', currency: 'EUR', against: 'amount' }, '“$13.50” is written in dollars or pesos (“$”), but another amount on this line is in Euro (EUR).'],
    ['es-ES', { code: 'currency-conflict', value: '$13.50', written: '$', currency: 'EUR', against: 'column' }, '«$13.50» está escrito en dólares o pesos («$»), pero la columna de moneda dice euro (EUR).'],
    ['es-ES', { code: 'not-to-collect', value: 'void', kind: 'void' }, 'Esta factura está anulada: no se debe.'],
    ['en-US', { code: 'not-to-collect', value: 'Draft', kind: 'draft' }, '“Draft”: a draft, never sent.'],
  ] as const)('%s: %j', (locale, reason, headline) => {
    expect(plain(rowReasonText(createTranslator(locale), locale, reason).headline)).toBe(headline);
  });
});

describe('why a file cannot be read', () => {
  const garbage = '\u0000\u0001PK\u0003\u0004binary\u0000\u0000';
  const noEmail = sample('cobro').replace('debtor_email', 'correo');
  const cases: [string, ParseImportResult, string, string, string][] = [
    ['a binary file', read(garbage, 'garbage.csv'), 'es-ES', '«garbage.csv» no es un archivo de texto CSV.', 'Parece una hoja de cálculo, un PDF u otro tipo de archivo: en su programa, expórtelo o guárdelo como CSV y elija ese archivo.'],
    ['a binary file', read(garbage, 'garbage.csv'), 'en-US', '“garbage.csv” is not a CSV text file.', 'It looks like a spreadsheet, a PDF or another kind of file: in your tool, export or save it as CSV and choose that file.'],
    ['an empty file', read('  \n', 'empty.csv'), 'es-ES', '«empty.csv» está vacío.', 'Exporte de nuevo las facturas y elija el archivo nuevo.'],
    ['unknown columns', read('Cliente;Importe\nAna;12', 'mine.csv'), 'es-ES', 'Cobro no reconoce las columnas de «mine.csv».', 'Indique abajo qué columna suya contiene cada dato.'],
    ['nearly a Cobro CSV', read(noEmail, 'cobro.csv'), 'es-ES', '«cobro.csv» parece una exportación de CSV de Cobro, pero falta la columna «debtor_email».', 'Puede que se haya renombrado o quitado una columna: indique abajo qué columna suya contiene cada dato.'],
    ['nearly a Cobro CSV', read(noEmail, 'cobro.csv'), 'en-US', '“cobro.csv” looks like a Cobro CSV export, but column “debtor_email” is missing.', 'A column may have been renamed or removed: say below which of your columns holds each value.'],
    ['no header row', read('x\n1\n2', 'one.csv'), 'en-US', 'Cobro cannot find a row of column names in “one.csv”.', 'The first rows should name the columns (customer, invoice number, amount, due date…): add that row, or export with column names.'],
  ];

  it.each(cases)('%s (%#)', (_what, result, locale, headline, fix) => {
    if (result.ok) throw new Error('expected a failure');
    expect(failureText(createTranslator(locale), locale, result, result.message.match(/"([^"]+)"/)?.[1] ?? '')).toEqual({ headline, fix });
  });

  it.each([
    ['es-ES', ['Vence', 'Total'], 'Faltan las columnas «Vence» y «Total» en «x.csv».'],
    ['en-US', ['Due'], 'Column “Due” is missing from “x.csv”.'],
  ] as const)('missing columns in %s', (locale, missing, headline) => {
    const failure: ImportFailure = { ok: false, code: 'missing-column', message: '', missing: [...missing] };
    expect(failureText(createTranslator(locale), locale, failure, 'x.csv').headline).toBe(headline);
  });

  it('a bad choice of columns says which rule it breaks', () => {
    const failure: ImportFailure = { ok: false, code: 'bad-mapping', message: '', mappingProblem: 'paidAndBalance' };
    expect(failureText(es, 'es-ES', failure, 'x.csv').headline).toBe('Elija el importe pagado o el importe pendiente, no los dos.');
    expect(failureText(en, 'en-US', failure, 'x.csv').headline).toBe('Choose either the amount paid or the amount still owed, not both.');
  });
});

describe('the tools’ own samples, each with one cell broken', () => {
  const names: SampleName[] = ['cobro', 'invoiceninja-ar-detailed', 'xero-sales-invoices', 'qbo-ar-aging-detail', 'freshbooks-invoice-details'];
  it.each(names)('%s', (name) => {
    const broken = sample(name).replace(/(\d{1,3}[.,]\d\d)(?=[,;\t\n"]|$)/, 'doce');
    for (const locale of ['es-ES', 'en-US']) {
      for (const [, { headline, fix }] of rowTexts(broken, locale)) {
        expect(`${headline} ${fix}`).not.toMatch(/[{}]|minor units|debtor/);
      }
    }
  });
});

describe('an amount written with the other decimal mark', () => {
  it.each([
    ['es-ES', 'dot', '1.815,00', 'Los demás importes de este archivo llevan punto decimal (1815.00): escriba este igual.'],
    ['en-US', 'comma', '1,815.00', 'The other amounts in this file are written with a decimal comma (1815,00): write this one the same way.'],
    ['en-US', 'dot', 'doce', 'Write it in figures only, without words.'],
  ] as const)('%s, file with a decimal %s: %s', (locale, decimal, value, fix) => {
    expect(rowReasonText(createTranslator(locale), locale, { code: 'not-an-amount', column: 'amount', value, decimal }).fix).toBe(fix);
  });
});

describe('every import message in the user’s words and language', () => {
  // Records over the codes: a new code fails to compile here until it has a sample.
  const WARNINGS: Record<ImportWarningCode, ImportWarning> = {
    'no-rows': { line: null, code: 'no-rows', message: '' },
    'no-address-column': { line: null, code: 'no-address-column', message: '' },
    'mixed-decimal-styles': { line: null, code: 'mixed-decimal-styles', message: '' },
    'conflicting-date-order': { line: null, code: 'conflicting-date-order', message: '' },
    'date-order-overridden': { line: null, code: 'date-order-overridden', message: '' },
    'currency-from-symbol': { line: null, code: 'currency-from-symbol', message: '', detail: { symbol: '$', currency: 'MXN' } },
    'paid-unknown': { line: 4, code: 'paid-unknown', message: '', detail: { number: 'F-4' } },
    'paid-includes-credits': { line: 4, code: 'paid-includes-credits', message: '' },
    'repeated-amount': { line: 4, code: 'repeated-amount', message: '', detail: { number: 'F-4' } },
    'dropped-value': { line: 6, code: 'dropped-value', message: '', detail: { what: 'timeZone', value: 'Mars/Olympus' } },
    'unknown-status': { line: 7, code: 'unknown-status', message: '', detail: { value: 'Chasing', decidedBy: 'open' } },
    'unterminated-quote': { line: 8, code: 'unterminated-quote', message: '' },
    'bad-encoding': { line: null, code: 'bad-encoding', message: '' },
  };
  const WITHOUT_DETAIL = Object.values(WARNINGS).map(({ detail: _detail, ...warning }) => warning as ImportWarning);
  const FAILURES: Record<ImportFailureCode, ImportFailure[]> = {
    'empty-file': [{ ok: false, code: 'empty-file', message: '' }],
    'not-text': [{ ok: false, code: 'not-text', message: '' }],
    'no-header': [{ ok: false, code: 'no-header', message: '' }],
    'missing-column': [{ ok: false, code: 'missing-column', message: '', missing: ['due_date'] }],
    'mapping-required': [
      { ok: false, code: 'mapping-required', message: '' },
      { ok: false, code: 'mapping-required', message: '', missing: ['Balance'], like: 'freshbooks-invoice-details' },
    ],
    'bad-mapping': [
      { ok: false, code: 'bad-mapping', message: '', mappingProblem: 'noColumn' },
      { ok: false, code: 'bad-mapping', message: '', mappingProblem: 'paidAndBalance' },
    ],
    'spreadsheet-xls': [{ ok: false, code: 'spreadsheet-xls', message: '' }],
    'spreadsheet-ods': [{ ok: false, code: 'spreadsheet-ods', message: '' }],
    'spreadsheet-numbers': [{ ok: false, code: 'spreadsheet-numbers', message: '' }],
    'spreadsheet-locked': [{ ok: false, code: 'spreadsheet-locked', message: '' }],
    'spreadsheet-unreadable': [{ ok: false, code: 'spreadsheet-unreadable', message: '' }],
  };
  const PLAN_WARNINGS: Record<PlanWarning['code'], PlanWarning> = {
    'amount-changed': { line: 3, invoiceId: 'i', code: 'amount-changed', message: '', number: 'F-3', currency: 'EUR', before: 10_000, after: 12_000 },
    'balance-grew': { line: 3, invoiceId: 'i', code: 'balance-grew', message: '', number: 'F-3', currency: 'EUR', before: 5_000, after: 0 },
  };
  const CODES = [...Object.keys(WARNINGS), ...Object.keys(FAILURES), ...Object.keys(PLAN_WARNINGS)];
  const FORMAT_IDS = IMPORT_FORMATS.filter((id) => id.includes('-'));

  function texts(locale: string): string[] {
    const t = createTranslator(locale);
    return [
      ...[...Object.values(WARNINGS), ...WITHOUT_DETAIL].flatMap((w) => [warningText(t, locale, w), warningText(t, locale, w, 14)]),
      ...Object.values(FAILURES).flat().flatMap((f) => Object.values(failureText(t, locale, f, 'facturas.csv'))),
      ...Object.values(PLAN_WARNINGS).map((w) => planWarningText(t, locale, w)),
      linesText(t, locale, [3]),
      linesText(t, locale, [3, 7, 9, 12, 15, 18, 21]),
    ];
  }

  it.each(['en-US', 'es-ES', 'es-MX'])('in %s: no format id, no code, no placeholder, no message key', (locale) => {
    for (const text of texts(locale)) {
      expect(text).not.toMatch(/[{}]|ws\.import|minor units/);
      for (const id of FORMAT_IDS) expect(text).not.toContain(id);
      for (const code of CODES) expect(text).not.toContain(code);
    }
  });

  it('says each one differently in English and Spanish', () => {
    const english = texts('en-US');
    texts('es-ES').forEach((spanish, index) => expect(spanish).not.toBe(english[index]));
  });

  it.each([
    ['en-US', 'Amounts are written with “$”: imported in Mexican Peso (MXN).', '“Mars/Olympus” is not a time zone Cobro knows: left out, the default one is used.', '14 rows: “Mars/Olympus” is not a time zone Cobro knows, left out.'],
    ['es-ES', 'Los importes se escriben con «$»: se importan en peso mexicano (MXN).', '«Mars/Olympus» no es una zona horaria que Cobro conozca: se omite y se aplica la predeterminada.', '14 filas: «Mars/Olympus» no es una zona horaria que Cobro conozca; se omite.'],
  ])('in %s, with the facts', (locale, currency, dropped, droppedMany) => {
    const t = createTranslator(locale);
    expect(warningText(t, locale, WARNINGS['currency-from-symbol'])).toBe(currency);
    expect(plain(warningText(t, locale, WARNINGS['dropped-value']))).toBe(dropped);
    expect(warningText(t, locale, WARNINGS['dropped-value'], 14)).toBe(droppedMany);
  });

  it.each([
    ['en-US', ['14 rows: “Mars/Olympus” is not a time zone Cobro knows, left out. (lines 2, 3, 4, 5, 6 and 9 more)', 'A status Cobro does not know (“Chasing”): the invoice is read as open. (line 7)']],
    ['es-ES', ['14 filas: «Mars/Olympus» no es una zona horaria que Cobro conozca; se omite. (líneas 2, 3, 4, 5, 6 y 9 más)', 'Un estado que Cobro no conoce («Chasing»): la factura se lee como pendiente. (línea 7)']],
  ])('groups repeated warnings in %s', (locale, expected) => {
    const t = createTranslator(locale);
    const dropped = Array.from({ length: 14 }, (_, i) => ({ ...WARNINGS['dropped-value'], line: i + 2 }));
    const grouped = warningTexts(t, locale, [...dropped, WARNINGS['unknown-status']]);
    expect(grouped.map((g) => `${g.text} (${linesText(t, locale, g.lines)})`)).toEqual(expected);
  });
});
