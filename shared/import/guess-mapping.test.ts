import { describe, expect, it } from 'vitest';
import { guessMapping } from './guess-mapping';
import type { ColumnMapping } from './types';

type Case = [string, string[], string[][], Partial<ColumnMapping>];

// Headers as the tools write them, with a row or two of their cells.
const CASES: Case[] = [
  [
    'Cobro-like Spanish',
    ['Cliente', 'Correo', 'Nº factura', 'Importe', 'Vencimiento'],
    [['Talleres Ruiz', 'pagos@ruiz.example', 'F-1', '1.815,00', '31/08/2026']],
    { debtorName: 'Cliente', debtorEmail: 'Correo', invoiceNumber: 'Nº factura', amount: 'Importe', dueDate: 'Vencimiento' },
  ],
  [
    'plain English with balance and status',
    ['Customer', 'Invoice #', 'Total', 'Balance', 'Due Date', 'Status'],
    [['Ann', '1001', '100.00', '40.00', '2026-01-31', 'Sent']],
    { debtorName: 'Customer', invoiceNumber: 'Invoice #', amount: 'Total', balance: 'Balance', dueDate: 'Due Date', status: 'Status' },
  ],
  ['nothing recognisable', ['alpha', 'beta'], [], {}],
  [
    'FreshBooks invoice export: no due date, line items, Amount Due is the balance',
    ['Client Name', 'Invoice #', 'Date Issued', 'Invoice Status', 'Date Paid', 'Item Name', 'Item Description', 'Rate', 'Quantity', 'Discount Percentage', 'Line Subtotal', 'Tax 1 Type', 'Tax 1 Amount', 'Line Total', 'Currency', 'Amount Due'],
    [['Acme', '0000012', '2026-10-01', 'sent', '', 'Design', 'Logo', '650.00', '1', '0', '650.00', '', '0', '650.00', 'USD', '7890.00']],
    { debtorName: 'Client Name', invoiceNumber: 'Invoice #', issueDate: 'Date Issued', status: 'Invoice Status', lineAmount: 'Line Total', currency: 'Currency', balance: 'Amount Due' },
  ],
  [
    'Wave: Invoice Date is not the number; Amount Due is the balance, Invoice Total the amount',
    ['Invoice Number', 'Customer', 'Invoice Date', 'Due Date', 'Product', 'Quantity', 'Price', 'Discount', 'Tax', 'Invoice Total', 'Amount Due', 'Currency'],
    [['INV-7', 'Bright Pixel', '2026-09-01', '2026-10-01', 'Hosting', '2', '50.00', '5.00', '9.00', '104.00', '104.00', 'CAD']],
    { invoiceNumber: 'Invoice Number', debtorName: 'Customer', issueDate: 'Invoice Date', dueDate: 'Due Date', amount: 'Invoice Total', balance: 'Amount Due', currency: 'Currency' },
  ],
  [
    'Zoho Invoice: Total and Balance, Item Total per line, Payment Terms',
    ['Invoice Date', 'Invoice Number', 'Invoice Status', 'Customer Name', 'Due Date', 'Payment Terms Label', 'Currency Code', 'Item Name', 'Quantity', 'Item Price', 'Discount', 'Item Total', 'SubTotal', 'Shipping Charge', 'Total', 'Balance'],
    [['2026-09-01', 'INV-000001', 'Overdue', 'Zylker', '2026-10-01', 'Net 30', 'USD', 'Widget', '3', '10.00', '0.00', '30.00', '30.00', '5.00', '35.00', '35.00']],
    { issueDate: 'Invoice Date', invoiceNumber: 'Invoice Number', status: 'Invoice Status', debtorName: 'Customer Name', dueDate: 'Due Date', terms: 'Payment Terms Label', currency: 'Currency Code', lineAmount: 'Item Total', amount: 'Total', balance: 'Balance' },
  ],
  [
    'Invoicely: paid and balance both there → balance only',
    ['Invoice', 'Client', 'Email', 'Issued', 'Due', 'Amount', 'Paid', 'Balance', 'Status'],
    [['INV-3', 'Sam', 'sam@x.example', '01/09/2026', '01/10/2026', '$200.00', '$50.00', '$150.00', 'Partial']],
    { invoiceNumber: 'Invoice', debtorName: 'Client', debtorEmail: 'Email', issueDate: 'Issued', dueDate: 'Due', amount: 'Amount', balance: 'Balance', status: 'Status' },
  ],
  [
    'Invoice2go: a Paid Date column is never the amount paid',
    ['Document Number', 'Client Name', 'Date', 'Paid Date', 'Total', 'Paid', 'Status'],
    [['0042', 'Lee Plumbing', '12/09/2026', '20/09/2026', '320.00', '320.00', 'Paid']],
    { invoiceNumber: 'Document Number', debtorName: 'Client Name', issueDate: 'Date', amount: 'Total', paid: 'Paid', status: 'Status' },
  ],
  [
    'Holded: Spanish, with base, IVA and retención before the total',
    ['Fecha', 'Vencimiento', 'Num', 'Contacto', 'NIF', 'Subtotal', 'Descuento', 'IVA', 'Retención', 'Total', 'Cobrado', 'Pendiente', 'Estado'],
    [['01/09/2026', '01/10/2026', 'F260001', 'Talleres Ruiz', 'B12345678', '1.500,00', '0,00', '315,00', '-225,00', '1.590,00', '0,00', '1.590,00', 'Pendiente']],
    { issueDate: 'Fecha', dueDate: 'Vencimiento', invoiceNumber: 'Num', debtorName: 'Contacto', amount: 'Total', balance: 'Pendiente', status: 'Estado' },
  ],
  [
    'Alegra: Spanish with Total factura, Fecha de creación and a date-valued "Pagado" column',
    ['Número', 'Cliente', 'Fecha de creación', 'Fecha de vencimiento', 'Subtotal', 'Impuestos', 'Total factura', 'Pagado', 'Por cobrar', 'Estado'],
    [['FV-10', 'Comercial Soto', '2026-09-01', '2026-10-01', '100000', '19000', '119000', '2026-09-20', '0', 'Cobrada']],
    { invoiceNumber: 'Número', debtorName: 'Cliente', issueDate: 'Fecha de creación', dueDate: 'Fecha de vencimiento', amount: 'Total factura', balance: 'Por cobrar', status: 'Estado' },
  ],
  [
    'Stripe invoices export',
    ['id', 'Customer Name', 'Customer Email', 'Number', 'Date (UTC)', 'Due Date (UTC)', 'Currency', 'Subtotal', 'Total', 'Amount Paid', 'Amount Due', 'Status'],
    [['in_1', 'Ann', 'ann@x.example', 'ABC-0001', '2026-09-01 10:00', '2026-10-01 10:00', 'usd', '90.00', '100.00', '0.00', '100.00', 'open']],
    { debtorName: 'Customer Name', debtorEmail: 'Customer Email', invoiceNumber: 'Number', issueDate: 'Date (UTC)', dueDate: 'Due Date (UTC)', currency: 'Currency', amount: 'Total', balance: 'Amount Due', status: 'Status' },
  ],
  [
    'Spanish spreadsheet: Importe total, a shipping column, Fecha factura',
    ['Factura', 'Fecha factura', 'Cliente', 'Portes', 'Importe total', 'Condiciones de pago'],
    [['23/045', '05/11/2026', 'Sonrisa', '12,00', '450,00', 'a 30 días']],
    { invoiceNumber: 'Factura', issueDate: 'Fecha factura', debtorName: 'Cliente', amount: 'Importe total', terms: 'Condiciones de pago' },
  ],
  [
    'a date column named like an amount is not taken',
    ['Name', 'Invoice', 'Amount', 'Balance'],
    [['Ann', '1', '2026-01-05', '10.00']],
    { debtorName: 'Name', invoiceNumber: 'Invoice', balance: 'Balance' },
  ],
];

describe('guessMapping', () => {
  it.each(CASES)('%s', (_, headers, samples, expected) => {
    expect(guessMapping(headers, samples)).toEqual(expected);
  });

  it.each(CASES)('uses each column once and never both paid and balance: %s', (_, headers, samples) => {
    const mapping = guessMapping(headers, samples);
    const used = Object.values(mapping);
    expect(new Set(used).size).toBe(used.length);
    expect(mapping.paid !== undefined && mapping.balance !== undefined).toBe(false);
  });
});
