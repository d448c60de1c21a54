// The translator over a catalog it is given: the light half of translate.ts. A content script
// (Gmail, an invoicing tool's page) gets the catalog of its UI language from the background
// instead of carrying both catalogs in the script every tab parses.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { uiLanguageOf } from './language';
import type { MessageKey } from './messages.en';

export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;
/**
 * Message keys to messages: ICU source text, or the same already parsed (what the background
 * sends a content script, whose build leaves the ICU parser out: extension/build/gmail-preact.ts).
 */
export type Catalog = Readonly<Record<MessageKey, string | MessageFormatElement[]>>;

// Compiled messages per catalog, locale and key; catalogs are fixed, so this stays small.
const compiled = new WeakMap<Catalog, Map<string, IntlMessageFormat>>();

function compiledMessage(catalog: Catalog, locale: string, key: MessageKey): IntlMessageFormat {
  let messages = compiled.get(catalog);
  if (!messages) compiled.set(catalog, (messages = new Map()));
  const cacheKey = `${locale}\u0000${key}`;
  let message = messages.get(cacheKey);
  if (!message) {
    message = new IntlMessageFormat(catalog[key], locale, undefined, { ignoreTag: true });
    messages.set(cacheKey, message);
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
 * `t(key, values)` from `catalog`; numbers and plurals follow the full locale (es-MX, en-GB). A
 * message missing from the catalog, or one of its values, returns the key, so the gap is visible
 * on screen instead of breaking the whole view.
 */
export function createTranslatorFor(catalog: Catalog, locale: string): Translate {
  const resolved = usableLocale(locale);
  return (key, values) => {
    try {
      if (catalog[key] === undefined) return key;
      return String(compiledMessage(catalog, resolved, key).format(values));
    } catch {
      return key;
    }
  };
}
