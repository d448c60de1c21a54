import { describe, expect, it } from 'vitest';
import { guessHeaderLanguage, normalizeHeader, resolveColumns, type FieldTable } from './headers';

const TABLE: FieldTable<'number' | 'due' | 'name'> = {
  number: { required: true, en: ['Invoice Number'], es: ['Número de Factura', 'Nº Factura'] },
  due: { required: true, en: ['Due Date'], es: ['Vencimiento'] },
  name: { required: false, en: ['Client Name'], es: ['Cliente'] },
};

describe('normalizeHeader', () => {
  it.each<[string, string]>([
    ['  *InvoiceNumber ', 'invoicenumber'],
    ['\ufeffNúmero de  Factura', 'numero de factura'],
    ['Nº Factura:', 'n factura'],
    ['Invoice #', 'invoice #'],
  ])('%j → %j', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe('resolveColumns', () => {
  it.each<[string[], Record<string, number>, string[], 'en' | 'es' | null]>([
    [['Invoice Number', 'Due Date', 'Client Name'], { number: 0, due: 1, name: 2 }, [], 'en'],
    [['VENCIMIENTO', 'x', 'numero de factura'], { due: 0, number: 2 }, [], 'es'],
    [['N° Factura', 'Cliente'], { number: 0, name: 1 }, ['due'], 'es'],
    [['a', 'b'], {}, ['number', 'due'], null],
  ])('%j', (headers, columns, missing, language) => {
    const resolved = resolveColumns(headers, TABLE);
    expect(resolved.columns).toEqual(columns);
    expect(resolved.missing).toEqual(missing);
    expect(resolved.language).toBe(language);
  });

  it('guesses the language of undeclared headers', () => {
    expect(guessHeaderLanguage(['Cliente', 'Importe', 'Fecha'])).toBe('es');
    expect(guessHeaderLanguage(['Customer', 'Amount', 'Due'])).toBe('en');
    expect(guessHeaderLanguage(['sku', 'qty'])).toBe(null);
  });
});
