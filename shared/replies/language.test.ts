import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { fold } from './normalize';

describe('detectLanguage', () => {
  it.each([
    ['Le pagamos la semana que viene, disculpe la demora.', undefined, 'es'],
    ['We will pay the invoice next week.', 'es', 'en'],
    ['Vos sabés que te pago el viernes.', undefined, 'es'],
    ['OK', 'en', 'en'],
    ['OK', undefined, 'es'],
    ['Paid.', 'es', 'en'],
  ] as const)('%j → %s', (text, fallback, expected) => {
    expect(detectLanguage(fold(text).text, fallback)).toBe(expected);
  });
});
