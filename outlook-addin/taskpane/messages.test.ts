import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { voiceProblems } from '../../shared/i18n/glossary';
import { createPaneTranslator, PANE_EN, PANE_ES } from './messages';

describe('the pane’s own messages', () => {
  it('Spanish has exactly the English keys', () => {
    expect(Object.keys(PANE_ES).sort()).toEqual(Object.keys(PANE_EN).sort());
  });

  it.each([
    ['es', PANE_ES],
    ['en', PANE_EN],
  ] as const)('speak with the glossary’s voice (%s)', (language, catalog) => {
    expect(voiceProblems(catalog, language)).toEqual([]);
  });

  it.each([...Object.entries(PANE_EN), ...Object.entries(PANE_ES)])('%s parses as ICU', (_key, source) => {
    expect(() => new IntlMessageFormat(source, 'es', undefined, { ignoreTag: true })).not.toThrow();
  });

  it.each([
    ['en', 1, '1 sent reminder was added to the timeline.'],
    ['en-GB', 3, '3 sent reminders were added to the timeline.'],
    ['es-ES', 1, 'Se ha añadido 1 recordatorio enviado al historial.'],
    ['es-MX', 2, 'Se han añadido 2 recordatorios enviados al historial.'],
  ])('%s, %i folded', (locale, count, expected) => {
    expect(createPaneTranslator(locale)('pane.folded', { count })).toBe(expected);
  });

  it('fills names in without treating them as markup', () => {
    expect(createPaneTranslator('es')('compose.writingTo', { name: '<b>Ruiz</b>' })).toBe('Escribiendo a <b>Ruiz</b>');
  });
});
