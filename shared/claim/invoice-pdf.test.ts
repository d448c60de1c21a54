import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fileNamePart, fileSize, INVOICE_PDF_MAX_BYTES } from './invoice-files';
import { checkInvoicePdf, fileHash } from './invoice-pdf';
import { invoicePdf } from './test-invoice-pdf';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('checkInvoicePdf', () => {
  it.each([
    ['a one-page PDF', () => invoicePdf('F-1'), { ok: true, value: { pages: 1, protected: false } }],
    ['a three-page PDF', () => invoicePdf('F-2', 3), { ok: true, value: { pages: 3, protected: false } }],
    ['a protected PDF: attached, pages not printed', () => invoicePdf('F-3', 2, true), { ok: true, value: { pages: 0, protected: true } }],
    ['a PNG', async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { ok: false, problem: 'not-pdf' }],
    ['a text file named .pdf', async () => bytes('Factura F-1: 1.210,00 €'), { ok: false, problem: 'not-pdf' }],
    ['an empty file', async () => new Uint8Array(), { ok: false, problem: 'not-pdf' }],
    ['a PDF header and nothing else', async () => bytes('%PDF-1.7\n%%EOF\n'), { ok: false, problem: 'unreadable' }],
    ['a PDF cut short after its header', async () => (await invoicePdf('F-4')).subarray(0, 40), { ok: false, problem: 'unreadable' }],
    ['one byte over 10 MB, even if a PDF', async () => {
      const big = new Uint8Array(INVOICE_PDF_MAX_BYTES + 1);
      big.set(bytes('%PDF-1.7\n'));
      return big;
    }, { ok: false, problem: 'too-large' }],
  ] as const)('%s', async (_name, make, expected) => {
    expect(await checkInvoicePdf(await make())).toEqual(expected);
  });
});

describe('fileHash', () => {
  it('is the SHA-256 sha256sum prints', async () => {
    const pdf = await invoicePdf('F-1');
    expect(fileHash(pdf)).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(fileHash(bytes(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('fileSize', () => {
  it.each([
    [300, 'en-GB', '1 kB'],
    [86_000, 'en-GB', '84 kB'],
    [2_516_582, 'es-ES', '2,4 MB'],
    [14_900_000, 'en-GB', '14.2 MB'],
  ])('%i bytes in %s → %s', (size, locale, expected) => expect(fileSize(size, locale)).toBe(expected));
});

describe('fileNamePart', () => {
  it.each([
    ['F-2026-031', 'F-2026-031'],
    ['2026/031', '2026-031'],
    ['A:B*C?"D"<E>|F\\G', 'A-B-C--D--E--F-G'],
    ['  \u0007 ', '-'],
  ])('%s → %s', (number, expected) => expect(fileNamePart(number)).toBe(expected));
});
