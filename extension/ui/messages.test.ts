import { describe, expect, it } from 'vitest';
import { voiceProblems } from '../../shared/i18n/glossary';
import { EXTENSION_CATALOGS, extensionText } from './messages';

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

describe('the extension’s own messages', () => {
  // "…para el cliente al que escribe": usted's present tense, which is also tú's imperative.
  const exceptions = { es: { noRecipient: ['escribe'] }, en: {} };

  it.each([['es'], ['en']] as const)('speak with the glossary’s voice (%s)', (language) => {
    expect(voiceProblems(EXTENSION_CATALOGS[language], language, exceptions[language])).toEqual([]);
  });
});
