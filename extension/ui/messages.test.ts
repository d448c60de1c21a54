import { describe, expect, it } from 'vitest';
import { extensionText } from './messages';

describe('extensionText', () => {
  it.each([
    ['es', 'composeButton', {}, 'Plantillas de Cobro'],
    ['en', 'composeButton', {}, 'Cobro templates'],
    ['en', 'followupWrite', { name: 'Talleres Ruiz' }, 'Write to Talleres Ruiz'],
    ['es', 'followupWrite', { name: '<b>x</b>' }, 'Escribir a <b>x</b>'],
    ['es', 'followupWrite', {}, 'Escribir a {name}'],
  ] as const)('%s %s %j → %j', (language, key, values, expected) => {
    expect(extensionText(language, key, values)).toBe(expected);
  });
});
