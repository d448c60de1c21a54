// Which of the two UI languages to show.
export type UiLanguage = 'es' | 'en';

/** Spanish for any 'es*' tag, English for everything else. */
export function uiLanguageOf(locale: string): UiLanguage {
  return locale.trim().toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The UI language from the setting, or from the host's preferred locales when it says 'auto'. */
export function pickUiLanguage(setting: 'auto' | 'es' | 'en', hostLocales: readonly string[]): UiLanguage {
  if (setting !== 'auto') return setting;
  const first = hostLocales.find((locale) => locale.trim() !== '');
  return first === undefined ? 'en' : uiLanguageOf(first);
}
