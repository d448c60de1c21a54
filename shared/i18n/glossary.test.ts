import { describe, expect, it } from 'vitest';
import { forbiddenWords, voiceProblems } from './glossary';
import { en } from './messages.en';
import { es } from './messages.es';

describe('forbiddenWords', () => {
  it.each([
    ['es', 'Insertado. Cobro lo añadirá al historial de {name} cuando lo envíes.', ['envíes']],
    ['es', 'Insertado. Cobro lo añadirá al historial de {name} cuando lo envíe.', []],
    ['es', 'Escribir a otro deudor', ['deudor']],
    ['es', 'Selecciona un mensaje; ábrelo desde Outlook.', ['selecciona', 'ábrelo']],
    ['es', 'Tu equipo', ['tu']],
    ['es', 'Seleccione un mensaje para ver lo que debe el cliente.', []],
    ['es', '{count, plural, one {# deudor} other {# deudores}}', ['deudor', 'deudores']],
    // An argument's name is not text a user reads.
    ['es', 'Para {te}', []],
    ['en', 'Open the debtor card of the customer', []],
    ['en', 'Choose a client', ['client']],
  ] as const)('%s: %s', (language, text, words) => {
    expect(forbiddenWords(text, language)).toEqual(words);
  });
});

// Words the glossary forbids that a message legitimately needs, with why.
const SPANISH_EXCEPTIONS = {
  // "Se añade al final…": an impersonal passive, not a command to the user.
  'ws.settings.signatureHint': ['añade'],
  'setup.signatureHint': ['añade'],
  // "Esta plantilla usa… así que se abre", "El código usa…": the template or the source does it, third person.
  'editor.sourceOnly': ['usa', 'abre'],
  'editor.cannotLeaveAdvanced': ['usa'],
};

describe('the shared catalogs speak with one voice', () => {
  it('Spanish says "cliente" and "usted"', () => {
    expect(voiceProblems(es, 'es', SPANISH_EXCEPTIONS)).toEqual([]);
  });

  it('English says "debtor" and "customer"', () => {
    expect(voiceProblems(en, 'en')).toEqual([]);
  });

  it('an exception lets one message keep one word', () => {
    expect(voiceProblems({ a: 'Cobro guarda sus datos', b: 'Guarda tus datos' }, 'es', { a: ['guarda'] })).toEqual(['b: tus']);
  });
});
