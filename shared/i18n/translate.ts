// Looks up and formats UI messages. Both hosts call this; it only needs a locale.
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en, type MessageKey } from './messages.en';
import { es } from './messages.es';
import { uiLanguageOf, type UiLanguage } from './language';
import { createTranslatorFor, type Catalog, type Translate } from './translator';

export type { Catalog, MessageValues, Translate } from './translator';

export const CATALOGS: Record<UiLanguage, Catalog> = { en, es };

const parsedCatalogs = new Map<UiLanguage, Catalog>();

/** A catalog with every message already parsed (the content scripts' form; see translator.ts). */
export function parsedCatalog(language: UiLanguage): Catalog {
  let catalog = parsedCatalogs.get(language);
  if (!catalog) {
    const source = CATALOGS[language] as Record<MessageKey, string>;
    const parsed = {} as Record<MessageKey, MessageFormatElement[]>;
    for (const key of Object.keys(source) as MessageKey[]) parsed[key] = parse(source[key], { ignoreTag: true });
    parsedCatalogs.set(language, (catalog = parsed));
  }
  return catalog;
}

/**
 * `t(key, values)` in the locale's language; numbers and plurals follow the full locale
 * (es-MX, en-GB). A message missing one of its values returns the key, so the gap is visible
 * on screen instead of breaking the whole view.
 */
export function createTranslator(locale: string): Translate {
  return createTranslatorFor(CATALOGS[uiLanguageOf(locale)], locale);
}
