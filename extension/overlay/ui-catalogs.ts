// The UI catalogs a content script uses, asked of the background once per language and kept for
// the life of the script. Without an answer (the extension was reloaded under the page) the
// catalog is empty: every message shows its key, and nothing else breaks.
import type { UiLanguage } from '../../shared/i18n/language';
import type { Catalog } from '../../shared/i18n/translator';
import type { Settings } from '../../shared/ledger/schema';
import { catalogOf, uiCatalogRequest } from '../messaging/ui-catalog';
import { chooseUiLanguage, uiContextWith } from '../ui/language';

export class UiCatalogs {
  private readonly asked = new Map<UiLanguage, Promise<Catalog>>();

  constructor(private readonly sendMessage: (message: unknown) => Promise<unknown>) {}

  get(language: UiLanguage): Promise<Catalog> {
    let catalog = this.asked.get(language);
    if (!catalog) {
      catalog = this.sendMessage(uiCatalogRequest(language)).then(
        (reply) => catalogOf(reply) ?? ({} as Catalog),
        () => ({}) as Catalog,
      );
      this.asked.set(language, catalog);
    }
    return catalog;
  }
}

/**
 * The UI a content script draws with, from the settings it read: their language (or the
 * browser's), with the catalog asked of the background. The browser's language's catalog is
 * asked for at once, while the settings are still being read.
 */
export function overlayUi(browserLocale: string, sendMessage: (message: unknown) => Promise<unknown>) {
  const catalogs = new UiCatalogs(sendMessage);
  void catalogs.get(chooseUiLanguage('auto', browserLocale).language);
  return async (settings: Pick<Settings, 'uiLanguage'> | null) => {
    const choice = chooseUiLanguage(settings?.uiLanguage ?? 'auto', browserLocale);
    return uiContextWith(choice, await catalogs.get(choice.language));
  };
}
