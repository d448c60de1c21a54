// The UI language of Cobro's extension surfaces: the user's setting when it names one, else the
// browser's own language (browser.i18n.getUILanguage()). Numbers and dates follow the browser's
// full locale (es-MX, en-GB) when it speaks the chosen language.
import { createTranslator } from '../../shared/i18n/translate';
import { pickUiLanguage, type UiLanguage } from '../../shared/i18n/language';
import { createTranslatorFor, type Catalog } from '../../shared/i18n/translator';
import type { LedgerClient } from '../../shared/ledger/client';
import type { UiContextValue } from '../../shared/ui/context';

export interface UiLanguageChoice {
  language: UiLanguage;
  locale: string;
}

export function chooseUiLanguage(setting: 'auto' | 'es' | 'en', browserLocale: string): UiLanguageChoice {
  const language = pickUiLanguage(setting, [browserLocale]);
  const tag = browserLocale.trim().replace(/_/g, '-');
  const speaksIt = tag.toLowerCase() === language || tag.toLowerCase().startsWith(`${language}-`);
  const locale = speaksIt ? tag : language;
  return { language, locale };
}

export function uiContextFor(choice: UiLanguageChoice): UiContextValue & UiLanguageChoice {
  return { ...choice, t: createTranslator(choice.locale) };
}

/** The same, from a catalog the background sent (content scripts carry none: messaging/ui-catalog.ts). */
export function uiContextWith(choice: UiLanguageChoice, catalog: Catalog): UiContextValue & UiLanguageChoice {
  return { ...choice, t: createTranslatorFor(catalog, choice.locale) };
}

/** Reads the setting through the ledger; without an answer, the browser's language decides. */
export async function loadUiContext(client: LedgerClient, browserLocale: string): Promise<UiContextValue & UiLanguageChoice> {
  const settings = await client.send('settings-get', {});
  const setting = settings.ok ? settings.value.uiLanguage : 'auto';
  return uiContextFor(chooseUiLanguage(setting, browserLocale));
}
