// A row's currency from its currency column and the symbols or codes written in its amounts:
// they must agree, a bare "$" is never taken for one dollar without the user's answer.
import { describe, expect, it } from 'vitest';
import { parsed } from './__fixtures__/support';
import type { ParseImportOptions, RowReason } from './types';

const HEADER = 'debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date';

function cobro(currency: string, amount: string, paid = ''): string {
  return `${HEADER}\nAnn,ann@x.example,1,${currency},"${amount}","${paid}",,2026-01-31`;
}

describe('the currency of a row', () => {
  it.each<[string, string, string, string, string]>([
    // column, amount, paid, default → currency
    ['', '13.50', '', 'EUR', 'EUR'],
    ['', '€13.50', '', 'USD', 'EUR'],
    ['', '£250.00', '', 'EUR', 'GBP'],
    ['', '1.234,56 €', '', 'USD', 'EUR'],
    ['', 'EUR 1,234.56', '', 'USD', 'EUR'],
    ['', 'US$13.50', '$3.50', 'EUR', 'USD'],
    ['', 'MX$13.50', '$3.50', 'EUR', 'MXN'],
    ['', '$13.50', 'USD 3.50', 'EUR', 'USD'],
    ['', 'C$13.50', '', 'EUR', 'CAD'],
    ['', 'A$13.50', '', 'EUR', 'AUD'],
    ['', 'R$ 13,50', '', 'EUR', 'BRL'],
    ['', 'JP¥1350', '', 'EUR', 'JPY'],
    ['EUR', '€13.50', '', 'USD', 'EUR'],
    ['EUR', '13.50 EUR', '0 EUR', 'USD', 'EUR'],
    ['MXN', '$13.50', '', 'EUR', 'MXN'],
    ['usd', '$5', '-$0', 'EUR', 'USD'],
    ['CAD', '$13.50', '', 'EUR', 'CAD'],
    ['JPY', '¥1350', '', 'EUR', 'JPY'],
    ['CNY', '¥13.50', '', 'EUR', 'CNY'],
  ])('column %o, amount %o, paid %o, default %s → %s', (column, amount, paid, defaultCurrency, expected) => {
    const result = parsed(cobro(column, amount, paid), { defaultCurrency });
    expect(result.rejected.map((row) => row.reason)).toEqual([]);
    expect(result.needsDollarCurrency).toBe(false);
    expect(result.rows.map((row) => row.invoice.currency)).toEqual([expected]);
  });

  it.each<[string, string, string, RowReason]>([
    ['EUR', '£250.00', '', { code: 'currency-conflict', value: '£250.00', written: 'GBP', currency: 'EUR', against: 'column' }],
    ['EUR', '$13.50', '', { code: 'currency-conflict', value: '$13.50', written: '$', currency: 'EUR', against: 'column' }],
    ['GBP', '12.00', 'EUR 2', { code: 'currency-conflict', value: 'EUR 2', written: 'EUR', currency: 'GBP', against: 'column' }],
    ['', 'USD 12.00', '€2.00', { code: 'currency-conflict', value: '€2.00', written: 'EUR', currency: 'USD', against: 'amount' }],
    ['', '€12.00', '$2.00', { code: 'currency-conflict', value: '$2.00', written: '$', currency: 'EUR', against: 'amount' }],
    ['EUR', '¥1200', '', { code: 'currency-conflict', value: '¥1200', written: '¥', currency: 'EUR', against: 'column' }],
    ['', '¥1200', '', { code: 'ambiguous-symbol', value: '¥1200', symbol: '¥' }],
    ['', '12 kr', '', { code: 'not-a-currency', value: 'kr' }],
    ['', '€5 USD', '', { code: 'not-a-currency', value: '€ USD' }],
  ])('column %o, amount %o, paid %o: rejected, never read in one of them', (column, amount, paid, reason) => {
    const result = parsed(cobro(column, amount, paid), { defaultCurrency: 'EUR' });
    expect(result.rows).toEqual([]);
    expect(result.rejected.map((row) => row.reason)).toEqual([reason]);
  });
});

describe('a bare "$"', () => {
  const file = `${HEADER}\nAnn,ann@x.example,1,,$13.50,,,2026-01-31\nBob,bob@x.example,2,,$2.00,$1.00,,2026-01-31\nCid,cid@x.example,3,EUR,€9.00,,,2026-01-31`;

  it.each<[string, string | null]>([
    ['EUR', null],
    ['USD', 'USD'],
    ['MXN', 'MXN'],
    ['ARS', 'ARS'],
    ['GBP', null],
  ])('is asked about, never assumed (default %s suggests %s)', (defaultCurrency, suggested) => {
    const result = parsed(file, { defaultCurrency });
    expect(result).toMatchObject({ needsDollarCurrency: true, suggestedDollarCurrency: suggested, rows: [], rejected: [] });
  });

  it.each<[Partial<ParseImportOptions>, string[]]>([
    [{ dollarCurrency: 'USD' }, ['USD', 'USD', 'EUR']],
    [{ dollarCurrency: 'mxn' }, ['MXN', 'MXN', 'EUR']],
    [{ dollarCurrency: 'CAD' }, ['CAD', 'CAD', 'EUR']],
  ])('takes the answer %o for every "$" of the file', (options, currencies) => {
    const result = parsed(file, { defaultCurrency: 'EUR', ...options });
    expect(result.rejected).toEqual([]);
    expect(result.rows.map((row) => row.invoice.currency)).toEqual(currencies);
    expect(result.rows.map((row) => row.invoice.amount)).toEqual([1350, 200, 900]);
  });

  it.each<[string]>([['EUR'], ['BRL'], ['XYZ'], ['']])('takes %o for no answer: a currency not written "$" cannot be one', (answer) => {
    expect(parsed(file, { defaultCurrency: 'EUR', dollarCurrency: answer }).needsDollarCurrency).toBe(true);
  });

  it.each<[string, string]>([
    ['a currency column names it', `${HEADER}\nAnn,ann@x.example,1,CAD,$13.50,,,2026-01-31`],
    ['another amount names it', `${HEADER}\nAnn,ann@x.example,1,,$13.50,US$1.00,,2026-01-31`],
    ['no amount has a symbol', `${HEADER}\nAnn,ann@x.example,1,,13.50,,,2026-01-31`],
  ])('is not asked about when %s', (_, text) => {
    expect(parsed(text).needsDollarCurrency).toBe(false);
  });
});

describe('every format reads its amounts with their currency', () => {
  it.each<[string, string, string]>([
    [
      'invoice ninja',
      ',,,\n,,,\nAged Receivable Detailed\nCreated on 2026-11-20\nDate,Due Date,Invoice Number,Status,Client Name,Amount,Balance\n2026-10-01,2026-10-31,1,Sent,Ann,£250.00,£250.00',
      'GBP',
    ],
    [
      'xero',
      'ContactName,InvoiceNumber,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Currency,Type,Status\nAnn,1,2026-10-31,£250.00,0,£250.00,GBP,Sales invoice,AUTHORISED',
      'GBP',
    ],
    [
      'freshbooks',
      'Client Name,Invoice #,Date Issued,Date Due,Invoice Status,Line Total\nAnn,1,2026-10-01,2026-10-31,sent,US$13.50',
      'USD',
    ],
  ])('%s', (_, text, currency) => {
    const result = parsed(text, { defaultCurrency: 'EUR' });
    expect(result.rejected.map((row) => row.reason)).toEqual([]);
    expect(result.rows.map((row) => row.invoice.currency)).toEqual([currency]);
  });

  it('rejects a xero invoice whose total is in another currency than its Currency column', () => {
    const result = parsed(
      'ContactName,InvoiceNumber,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Currency,Type,Status\nAnn,1,2026-10-31,£250.00,0,£250.00,EUR,Sales invoice,AUTHORISED',
    );
    expect(result.rejected.map((row) => row.reason.code)).toEqual(['currency-conflict']);
  });

  it('reads a mapped file with its currency column and symbols', () => {
    const result = parsed('Cliente,Factura,Importe,Moneda,Vence\nAnn,1,$13.50,MXN,2026-10-31\nBob,2,£2.00,EUR,2026-10-31', {
      mapping: { debtorName: 'Cliente', invoiceNumber: 'Factura', amount: 'Importe', currency: 'Moneda', dueDate: 'Vence' },
    });
    expect(result.rows.map((row) => row.invoice.currency)).toEqual(['MXN']);
    expect(result.rejected.map((row) => [row.line, row.reason.code])).toEqual([[3, 'currency-conflict']]);
  });
});
