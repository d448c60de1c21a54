import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctiveWord } from './template-inserts';

describe('distinctiveWord', () => {
  it.each([
    ['Hola Lucía,\nla factura F-2026-0003 (1.250,00 €) venció hace 18 días.', 'F-2026-0003'],
    ['Invoices INV-2026-0001, INV-2026-0010: £2,400.00 overdue.', 'INV-2026-0001'],
    ['Thank you for your payment.', 'payment'],
    ['¿Nos confirmáis?', 'confirmáis'],
    ['', ''],
  ])('%j → %s', (text, expected) => {
    expect(distinctiveWord(text)).toBe(expected);
  });

  it('always answers with a word of the text', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/), { minLength: 1, maxLength: 20 }), (words) => {
        const word = distinctiveWord(words.join(' '));
        expect(words).toContain(word);
      }),
    );
  });
});
