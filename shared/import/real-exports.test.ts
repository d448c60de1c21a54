// Real exports of other tools (and, where no real file is public, files built from the tools'
// documented columns): each is recognised without choosing a format, and read to the invoices a
// person reading the file would see. tests/fixtures/import/real/README.md names every source.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsed, tuple, type RowTuple } from './__fixtures__/support';
import { detectImportFormat } from './detect';
import type { ImportFormat, ParseImportOptions, ParsedImport } from './types';

const ROOT = join(__dirname, '../../tests/fixtures/import/real');

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

interface Expected {
  format: ImportFormat;
  invoices: number;
  /** [reject code, reason code, how many lines]. */
  rejected: [string, string, number][];
  /** Some of the invoices, as [line, debtor, emails, number, currency, amount, paid, issue, due, status]. */
  some: RowTuple[];
  /** Lines below the header that are the report's layout, not data (Wave's bank side of a payment). */
  layout?: number[];
  /** The user's answers the file needs (which dollar "$" is). */
  options?: Partial<ParseImportOptions>;
}

const CORPUS: Record<string, Expected> = {
  'freshbooks/freshbooks_invoices.csv': {
    format: 'freshbooks-invoices',
    invoices: 1,
    rejected: [],
    // Three lines: 650.00 + 490.00 + 6750.00. No due date column: due on the issue date (for now).
    some: [[2, 'X-Men', [], '0000001', 'USD', 789000, 0, '2021-01-28', '2021-02-27', 'open']],
  },
  'wave/wave_invoices.csv': {
    format: 'wave-transactions',
    invoices: 3,
    rejected: [],
    layout: [13],
    // No currency in the file: the business's (the test's default, EUR). Invoice 3 has a payment.
    some: [
      [2, 'Mark Walberg', [], '2', 'EUR', 497400, 0, '2021-01-28', '2021-02-27', 'open'],
      [7, 'Lucas Cage', [], '3', 'EUR', 59050, 59050, '2021-01-28', '2021-02-27', 'paid'],
      [14, 'Jessica Jones', [], '4', 'EUR', 350041, 0, '2021-01-28', '2021-02-27', 'open'],
    ],
  },
  'zoho/zoho_invoices.csv': {
    format: 'zoho-invoices',
    invoices: 0,
    // Every invoice in this export is a draft: not owed yet.
    rejected: [['skipped-status', 'not-to-collect', 13]],
    some: [],
  },
  'invoicely/invoicely_invoices.csv': {
    format: 'invoicely-invoices',
    invoices: 1,
    rejected: [],
    some: [[2, 'Bruce Wayne', [], 'INV-1', 'EUR', 102000, 0, '2021-01-28', '2021-01-28', 'open']],
  },
  'invoice2go/i2g_invoices.csv': {
    format: 'invoice2go-invoices',
    invoices: 4,
    rejected: [],
    some: [
      [2, 'Barry Gordon', ['barry@capitalcity.gov'], '1', 'ILS', 95355, 0, '2021-01-28', '2021-02-27', 'open'],
      [3, 'James Gordon', ['commissionon@gotham.gov'], '2', 'USD', 7020, 0, '2021-01-28', '2021-02-27', 'open'],
      [5, 'Daily Planet', ['louislane@dailyplanet.com'], '3', 'USD', 36720, 0, '2021-01-28', '2021-02-27', 'open'],
    ],
  },
  'invoiceninja/v4-invoices.csv': {
    format: 'invoiceninja-v4-invoices',
    invoices: 185,
    // Generated test data: many invoices are due before they were issued.
    rejected: [['due-before-issue', 'due-before-issue', 215]],
    // The amounts are "$13.50" and no column names a currency: read once the user has said which dollar.
    options: { dollarCurrency: 'USD' },
    some: [
      [6, 'Ludwig Krajcik DVM', ['brook59@example.org'], '2', 'USD', 2667, 694, '2020-02-19', '2020-02-29', 'open'],
      [15, 'Ludwig Krajcik DVM', ['brook59@example.org'], '10', 'USD', 6368, 4539, '2019-12-21', '2020-03-08', 'open'],
    ],
  },
  'invoiceninja/v5-invoices-built.csv': {
    format: 'invoiceninja-v5-invoices',
    invoices: 4,
    rejected: [['skipped-status', 'not-to-collect', 1]],
    some: [
      [3, 'Acme Robotics', ['accounts@acme.example'], '0002', 'USD', 38050, 20000, '2024-05-10', '2024-06-09', 'open'],
      [4, 'Northwind Traders', ['ap@northwind.example'], '0003', 'EUR', 9900, 9900, '2024-04-01', '2024-05-01', 'paid'],
      [6, 'Lumen Studio SL', ['facturas@lumenstudio.example'], '0005', 'EUR', 100000, 0, '2024-06-03', '2024-07-03', 'void'],
    ],
  },
  'invoiceninja/v5-invoices-es-built.csv': {
    format: 'invoiceninja-v5-invoices',
    invoices: 3,
    rejected: [['skipped-status', 'not-to-collect', 1]],
    some: [
      [2, 'Talleres Ruiz SL', ['administracion@talleresruiz.example'], '2024/015', 'EUR', 181500, 0, '2024-05-02', '2024-06-01', 'open'],
      [3, 'Talleres Ruiz SL', ['administracion@talleresruiz.example'], '2024/016', 'EUR', 60500, 30000, '2024-05-10', '2024-06-09', 'open'],
      [4, 'Panadería Olmo', ['cuentas@panaderiaolmo.example'], '2024/017', 'EUR', 12100, 12100, '2024-04-01', '2024-05-01', 'paid'],
    ],
  },
  'stripe/invoices-built.csv': {
    format: 'stripe-invoices',
    invoices: 6,
    rejected: [['skipped-status', 'not-to-collect', 1]],
    some: [
      [2, 'Lumen Studio SL', ['facturas@lumenstudio.example'], '7F3A1C2E-0001', 'EUR', 121000, 0, '2024-03-01', '2024-03-31', 'open'],
      [3, 'Northwind Traders', ['ap@northwind.example'], '7F3A1C2E-0002', 'USD', 45000, 45000, '2024-03-04', '2024-04-03', 'paid'],
      // No name in Stripe: the address names the customer; no due date (charged automatically).
      [4, 'billing@kumo.example', ['billing@kumo.example'], '7F3A1C2E-0003', 'JPY', 98000, 0, '2024-03-05', '2024-04-04', 'open'],
      [5, 'Acme Robotics', ['accounts@acme.example'], '7F3A1C2E-0004', 'USD', 30000, 10000, '2024-03-06', '2024-04-05', 'open'],
      [6, 'Bright Pixel', ['hello@brightpixel.example'], '7F3A1C2E-0005', 'GBP', 7550, 0, '2024-03-07', '2024-04-06', 'void'],
    ],
  },
};

function rejectedCounts(result: ParsedImport): [string, string, number][] {
  const counts = new Map<string, [string, string, number]>();
  for (const row of result.rejected) {
    const key = `${row.code} ${row.reason.code}`;
    const entry = counts.get(key) ?? [row.code, row.reason.code, 0];
    entry[2]++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

describe('real exports', () => {
  it('every file in the corpus has its expectations here', () => {
    const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.csv'));
    expect(files.map((name) => name.replace(/\\/g, '/')).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.entries(CORPUS))('%s is recognised as its format', (path, expected) => {
    expect(detectImportFormat(read(path)).format).toBe(expected.format);
  });

  it.each(Object.entries(CORPUS))('%s reads to the invoices in it', (path, expected) => {
    const result = parsed(read(path), { defaultCurrency: 'EUR', sourceName: path, ...expected.options });
    expect(result.format).toBe(expected.format);
    expect(result.needsDateOrder).toBe(false);
    expect(result.rows).toHaveLength(expected.invoices);
    expect(rejectedCounts(result)).toEqual(expected.rejected);
    const byLine = new Map(result.rows.map((row) => [row.line, tuple(row)]));
    for (const row of expected.some) expect(byLine.get(row[0])).toEqual(row);
  });

  it.each(Object.entries(CORPUS))('%s: every data line lands once, imported or rejected', (path, expected) => {
    const result = parsed(read(path), { defaultCurrency: 'EUR', ...expected.options });
    const landed = [...result.rows.flatMap((row) => row.lines), ...result.rejected.map((row) => row.line)].sort((a, b) => a - b);
    const lines = read(path).replace(/\n$/, '').split('\n');
    const data = lines.map((_, index) => index + 1).filter((line) => line > result.headerLine && !(expected.layout ?? []).includes(line));
    expect(landed).toEqual(data);
  });

  // Invoice Ninja v4 writes "$13.50" and names no currency: "$" is not USD until the user says so.
  it('a "$" amount with no currency column is not read as the default currency: the user is asked', () => {
    const result = parsed(read('invoiceninja/v4-invoices.csv'), { defaultCurrency: 'EUR' });
    expect([result.needsDollarCurrency, result.suggestedDollarCurrency, result.rows.length]).toEqual([true, null, 0]);
    const mexican = parsed(read('invoiceninja/v4-invoices.csv'), { defaultCurrency: 'MXN' });
    expect([mexican.needsDollarCurrency, mexican.suggestedDollarCurrency]).toEqual([true, 'MXN']);
  });

  // Stripe's "uncollectible" is an invoice given up on: written off, once the status words know it.
  it('a Stripe invoice marked uncollectible is written off', () => {
    const result = parsed(read('stripe/invoices-built.csv'), { defaultCurrency: 'EUR' });
    expect(result.rows.find((row) => row.invoice.number === '7F3A1C2E-0006')?.invoice.status).toBe('written_off');
  });
});
