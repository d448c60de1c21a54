import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sample, type SampleName } from './__fixtures__/samples';
import { normalizeText, readCsvRows } from './csv';
import { parseImportFile } from './parse';
import { PROGRESS_EVERY, type ParseProgress } from './progress';
import type { ParseImportOptions, ParseImportResult } from './types';

const COBRO_HEADER = ['debtor_name', 'debtor_email', 'invoice_number', 'currency', 'amount', 'paid', 'issue_date', 'due_date', 'status'];

function parseHeard(text: string, options: ParseImportOptions): { result: ParseImportResult; heard: ParseProgress[] } {
  const heard: ParseProgress[] = [];
  const result = parseImportFile(text, options, (progress) => heard.push(progress));
  return { result, heard };
}

/** Data rows the format's reader was given: every kept line, and every rejected line but the malformed. */
function checkedRows(result: ParseImportResult): number {
  if (!result.ok) return 0;
  return result.rows.reduce((sum, row) => sum + row.lines.length, 0) + result.rejected.filter((row) => row.code !== 'malformed-row').length;
}

/** Each step's reports come together, in order; counts never go down and end at an exact total. */
function expectOrderly(heard: readonly ParseProgress[]): void {
  const steps = heard.map((p) => p.step).filter((step, i, all) => step !== all[i - 1]);
  expect(['reading,checking', 'reading', '']).toContain(steps.join());
  for (const step of ['reading', 'checking'] as const) {
    const mine = heard.filter((p) => p.step === step);
    if (mine.length === 0) continue;
    for (let i = 1; i < mine.length; i++) expect(mine[i]!.done).toBeGreaterThanOrEqual(mine[i - 1]!.done);
    for (const p of mine) expect(p.done).toBeLessThanOrEqual(p.total);
    const last = mine.at(-1)!;
    expect(last).toMatchObject({ done: last.total, estimated: false });
  }
}

describe('parseImportFile with a progress listener', () => {
  it.each<[SampleName, string | undefined]>([
    ['cobro', undefined],
    ['invoiceninja-ar-detailed', undefined],
    ['xero-sales-invoices', 'dmy'],
    ['qbo-ar-aging-detail', undefined],
    ['freshbooks-invoice-details', undefined],
  ])('%s: reads every row of the file, then checks every data row, ending at the totals', (name, dateOrder) => {
    const text = sample(name);
    // QuickBooks writes a bare "$" on its totals: the answer to which dollar is part of the options.
    const options: ParseImportOptions = { defaultCurrency: 'EUR', dollarCurrency: 'USD', ...(dateOrder ? { dateOrder: dateOrder as 'dmy' } : {}) };
    const { result, heard } = parseHeard(text, options);
    expect(result.ok && !result.needsDateOrder && !result.needsDollarCurrency).toBe(true);
    if (!result.ok) return;
    expectOrderly(heard);
    const reading = heard.filter((p) => p.step === 'reading');
    const checking = heard.filter((p) => p.step === 'checking');
    const fileRows = readCsvRows(normalizeText(text), result.delimiter).length;
    expect(reading.at(-1)).toEqual({ step: 'reading', done: fileRows, total: fileRows, estimated: false });
    expect(checking[0]).toEqual({ step: 'checking', done: 0, total: checkedRows(result), estimated: false });
    expect(checking.at(-1)).toEqual({ step: 'checking', done: checkedRows(result), total: checkedRows(result), estimated: false });
    expect(result).toEqual(parseImportFile(text, options));
  });

  it('reports every PROGRESS_EVERY rows, estimating the rows of the file from the text read so far', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [`Debtor ${i % 40}`, `d${i % 40}@x.example`, `F-${i}`, 'EUR', '10.00', '0', '', '2026-02-01', 'open']);
    const text = Papa.unparse([COBRO_HEADER, ...rows], { newline: '\n' });
    const { result, heard } = parseHeard(text, { defaultCurrency: 'EUR' });
    expectOrderly(heard);
    const reading = heard.filter((p) => p.step === 'reading');
    expect(reading.map((p) => p.done)).toEqual([PROGRESS_EVERY, 2 * PROGRESS_EVERY, 2501]);
    // Every row is about as long as the others, so the guess is near the truth.
    for (const p of reading.slice(0, -1)) {
      expect(p.estimated).toBe(true);
      expect(Math.abs(p.total - 2501)).toBeLessThan(50);
    }
    expect(heard.filter((p) => p.step === 'checking').map((p) => p.done)).toEqual([0, 1000, 2000, 2500]);
    expect(result.ok && result.rows.length).toBe(2500);
  });

  it.each<[string, string, ParseImportOptions, string]>([
    ['an empty file', '', { defaultCurrency: 'EUR' }, ''],
    ['a file in no known format', 'sku,qty\nA,1\n', { defaultCurrency: 'EUR' }, ''],
    ['dates that could be day- or month-first', 'ContactName,InvoiceNumber,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Currency,Type,Status\nA,1,01/02/2026,1.00,0,1.00,EUR,Sales invoice,AUTHORISED', { defaultCurrency: 'EUR' }, 'reading'],
  ])('stops reporting where the parse stops: %s', (_, text, options, steps) => {
    const { heard } = parseHeard(text, options);
    expect([...new Set(heard.map((p) => p.step))].join()).toBe(steps);
  });
});

// ---------------------------------------------------------------- properties

const CELL = fc.oneof(
  fc.constantFrom('', ' ', 'abc', '-1', '12.345', '1,50', '31/02/2026', '05/06/2026', '2026-01-31', '"', 'a\nb', '=1+1', 'x@y.example', 'EUR', 'paid', 'ñandú'),
  fc.string({ maxLength: 10 }),
);

const GOOD_ROW = fc
  .record({ debtor: fc.integer({ min: 0, max: 9 }), number: fc.integer({ min: 1, max: 99 }), cents: fc.integer({ min: 1, max: 99_999 }), day: fc.integer({ min: 1, max: 28 }) })
  .map((r) => [`Debtor ${r.debtor}`, `d${r.debtor}@x.example`, `F-${r.number}`, 'EUR', (r.cents / 100).toFixed(2), '0', '', `2026-03-${String(r.day).padStart(2, '0')}`, 'open']);

const ROW = fc.oneof(GOOD_ROW, fc.array(CELL, { minLength: 1, maxLength: 11 }));

describe('progress changes nothing', () => {
  it('parsing with and without a listener gives equal results, and the reports are orderly', () => {
    fc.assert(
      fc.property(
        fc.array(ROW, { maxLength: 25 }),
        // Repeating the rows makes files long enough for reports along the way.
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(',', ';'),
        fc.boolean(),
        fc.option(fc.constantFrom('dmy' as const, 'mdy' as const), { nil: undefined }),
        (rows, times, delimiter, trailingNewline, dateOrder) => {
          const body = Array.from({ length: times }, () => rows).flat();
          const text = Papa.unparse([COBRO_HEADER, ...body], { delimiter, newline: '\n' }) + (trailingNewline ? '\n' : '');
          const options: ParseImportOptions = { defaultCurrency: 'EUR', ...(dateOrder ? { dateOrder } : {}) };
          const { result, heard } = parseHeard(text, options);
          expect(result).toEqual(parseImportFile(text, options));
          expectOrderly(heard);
          const checking = heard.filter((p) => p.step === 'checking');
          if (result.ok && !result.needsDateOrder) expect(checking.at(-1)?.total ?? 0).toBe(checkedRows(result));
          else expect(checking).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
