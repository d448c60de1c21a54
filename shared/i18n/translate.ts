// Looks up and formats UI messages. Both hosts call this; it only needs a locale.
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './messages.en';
import { es } from './messages.es';
import { uiLanguageOf, type UiLanguage } from './language';

export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const CATALOGS: Record<UiLanguage, Record<MessageKey, string>> = { en, es };

// Compiled messages per (locale, key); the catalogs are fixed, so this stays small.
const compiled = new Map<string, IntlMessageFormat>();

function compiledMessage(locale: string, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    message = new IntlMessageFormat(CATALOGS[uiLanguageOf(locale)][key], locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, message);
  }
  return message;
}

/** Locales the runtime cannot format in fall back to the language alone. */
function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? uiLanguageOf(locale);
  } catch {
    return uiLanguageOf(locale);
  }
}

/**
 * `t(key, values)` in the locale's language; numbers and plurals follow the full locale
 * (es-MX, en-GB). A message missing one of its values returns the key, so the gap is visible
 * on screen instead of breaking the whole view.
 */
export function createTranslator(locale: string): Translate {
  const resolved = usableLocale(locale);
  return (key, values) => {
    try {
      return String(compiledMessage(resolved, key).format(values));
    } catch {
      return key;
    }
  };
}
