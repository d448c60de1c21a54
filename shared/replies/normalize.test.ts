import { describe, expect, it } from 'vitest';
import { fold, originalSpan } from './normalize';

describe('fold', () => {
  it.each([
    ['Mañana  PAGAMOS', 'manana pagamos'],
    ['  ¿Cuándo?\n\n Él ', '¿cuando?\nel '],
    ['Le pago\nmañana', 'le pago manana'],
    ['We’ll pay', "we'll pay"],
    ['Ñandú\u00a0así', 'nandu asi'],
  ])('%j → %j', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it.each([
    ['Le PAGARÉ el  lunes', 'pagare el lunes', 'PAGARÉ el  lunes'],
    ['¿Cuándo\nvence?', 'cuando vence', 'Cuándo\nvence'],
  ])('maps %j back to the original words', (input, needle, quoted) => {
    const folded = fold(input);
    const at = folded.text.indexOf(needle);
    const span = originalSpan(folded, at, at + needle.length);
    expect(input.slice(span.start, span.end)).toBe(quoted);
  });
});
