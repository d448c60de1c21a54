import { describe, expect, it } from 'vitest';
import { tokensIn } from './scanner-tokens';

describe('tokensIn', () => {
  it.each<[string, string, { emails?: string[]; numbers?: string[] }]>([
    ['a plain number with letters', 'Factura INV-0042 enviada', { numbers: ['INV-0042'] }],
    ['a series and year with a slash', 'F2024/017', { numbers: ['F2024/017'] }],
    ['year and sequence', '2024-0031', { numbers: ['2024-0031'] }],
    ['dots and underscores inside', 'A.2026.5 and B_77', { numbers: ['A.2026.5', 'B_77'] }],
    ['a hash before the number: as written and bare', 'Invoice #1043', { numbers: ['#1043', '1043'] }],
    ['Spanish signs before the number', 'Nº1043, N°77-B y No.555', { numbers: ['Nº1043', '1043', 'N°77-B', '77-B', 'No.555', '555'] }],
    ['a sign written apart leaves the number alone', 'Factura nº 2026-0107', { numbers: ['2026-0107'] }],
    ['a 4-digit number may be an invoice number', 'Invoice 2024', { numbers: ['2024'] }],
    ['punctuation around a number', '(F-2026-0107), "INV-9".', { numbers: ['F-2026-0107', 'INV-9'] }],
    ['a hashtag is no number', '#abc1 #release', {}],
    ['too short, or without a digit', 'A1 12 ABC-DEF', {}],
    ['too long', `X${'1'.repeat(5)}${'-A'.repeat(20)}`, {}],
    ['ISO date', 'Due 2024-12-05', {}],
    ['ISO date and time', '2024-12-05T10:30:00Z', {}],
    ['day/month/year dates either way round', '05/12/2024 12/31/2024 5.12.24', {}],
    ['a yyyy-nnnn sequence is no date', '2024-1305', { numbers: ['2024-1305'] }],
    ['times split into short figures', '10:30 14:05:59', {}],
    ['European amounts', '1.234,56 € y 234,56', {}],
    ['English amounts', '$1,200.00 and 12.50 and 1,234,567', {}],
    ['amounts with a code after', '1.234,56 EUR', {}],
    ['percentages', '21% 10.5 %', {}],
    ['international phone numbers', 'Tel. +34 600 123 456', {}],
    ['long digit runs', 'ES9121000418450200051332 1234567890123', {}],
    ['a 12-digit number is kept', '123456789012', { numbers: ['123456789012'] }],
    ['links', 'https://facturas.example.com/invoices/2026-0107 www.example.com/a1b2', {}],
    ['e-mail: lower-cased, punctuation around taken off', 'Para: <Ana.Gómez@Estudio-Lumen.ES>, gracias.', { emails: ['ana.gómez@estudio-lumen.es'] }],
    ['mailto and a sentence end', 'mailto:pagos@acme.example. Listo', { emails: ['pagos@acme.example'] }],
    ['an address yields no number from its digits', 'cliente2024@x.com', { emails: ['cliente2024@x.com'] }],
    ['no domain, no address', 'user@localhost @home a@b.c', {}],
    ['several, each once', 'INV-1 inv-1 INV-1 ana@x.es ANA@x.es', { emails: ['ana@x.es'], numbers: ['INV-1', 'inv-1'] }],
  ])('%s', (_name, text, expected) => {
    expect(tokensIn(text)).toEqual({ emails: expected.emails ?? [], numbers: expected.numbers ?? [] });
  });
});
