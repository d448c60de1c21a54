import { describe, expect, it } from 'vitest';
import { parsedCatalog } from '../../shared/i18n/translate';
import { overlayUi, UiCatalogs } from './ui-catalogs';

/** A background that answers catalog requests as start.ts does, and counts them. */
function background(answer: (language: string) => unknown = (language) => parsedCatalog(language as 'es' | 'en')) {
  const asked: string[] = [];
  const send = async (message: unknown) => {
    const language = (message as { language: string }).language;
    asked.push(language);
    return answer(language);
  };
  return { asked, send };
}

describe('UiCatalogs', () => {
  it('asks once per language', async () => {
    const { asked, send } = background();
    const catalogs = new UiCatalogs(send);
    await Promise.all([catalogs.get('es'), catalogs.get('es'), catalogs.get('en')]);
    expect(asked).toEqual(['es', 'en']);
  });

  it.each<[string, (language: string) => unknown]>([
    ['no answer (the extension was reloaded)', () => undefined],
    ['something that is not a catalog', () => ({ 'common.save': '<b>Save</b>' })],
  ])('%s: an empty catalog, so every message shows its key', async (_case, answer) => {
    const ui = await overlayUi('es-ES', background(answer).send)({ uiLanguage: 'auto' });
    expect(ui.t('common.save')).toBe('common.save');
  });

  it.each([
    ['auto', 'es-MX', 'es', '3 días de retraso'],
    ['en', 'es-MX', 'en', '3 days late'],
    ['es', 'en-US', 'es', '3 días de retraso'],
  ] as const)('the setting %s over a %s browser speaks %s', async (setting, browserLocale, language, text) => {
    const ui = await overlayUi(browserLocale, background().send)({ uiLanguage: setting });
    expect(ui.language).toBe(language);
    expect(ui.t('chip.daysLate', { days: 3 })).toBe(text);
  });
});
