// The UI catalogs and the translator, for both hosts.
export { en, type MessageKey } from './messages.en';
export { es } from './messages.es';
export { pickUiLanguage, uiLanguageOf, type UiLanguage } from './language';
export { createTranslator, type MessageValues, type Translate } from './translate';
