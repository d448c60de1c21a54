// The UI catalogs a content script uses, asked of the background once per language and kept for
// the life of the script. Without an answer (the extension was reloaded under the page) the
// catalog is empty: every message shows its key, and nothing else breaks.
import type { UiLanguage } from '../../shared/i18n/language';
import type { Catalog } from '../../shared/i18n/translator';
import { catalogOf, uiCatalogRequest } from '../messaging/ui-catalog';

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
