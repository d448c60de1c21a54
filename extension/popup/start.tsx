// Mounts the popup: the ledger over runtime messaging (the background owns the database), the
// UI language, the components' stylesheet, and the site of the tab it was opened over (its
// address is readable from the toolbar click: activeTab) with whether Cobro is on there.
import { createRoot } from 'react-dom/client';
import type { WxtBrowser } from 'wxt/browser';
import { createClient } from '../../shared/ledger/client';
import { UiProvider } from '../../shared/ui/context';
import { COBRO_UI_CSS } from '../../shared/ui/styles';
import { composeOpened } from '../messaging/compose-opened';
import { runtimeTransport } from '../messaging/runtime-transport';
import { isSiteOn, siteHost, siteOfUrl, turnSiteOn } from '../sites/site-permissions';
import { loadUiContext } from '../ui/language';
import { PopupApp } from './PopupApp';
import { POPUP_CSS } from './popup-css';

export async function startPopup(browser: WxtBrowser, doc: Document): Promise<void> {
  const client = createClient(runtimeTransport((message) => browser.runtime.sendMessage(message)));
  const ui = await loadUiContext(client, browser.i18n.getUILanguage());
  doc.documentElement.lang = ui.language;
  const style = doc.createElement('style');
  style.textContent = `${COBRO_UI_CSS}\n${POPUP_CSS}`;
  doc.head.append(style);

  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  const site = tab?.url ? siteOfUrl(tab.url) : null;
  const on = site ? await isSiteOn(browser.permissions, site.origin).catch(() => false) : false;

  const manifest = browser.runtime.getManifest();
  const hasWorkspace = Boolean(manifest.options_ui?.page ?? manifest.options_page);
  const root = doc.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <UiProvider value={ui}>
      <PopupApp
        client={client}
        language={ui.language}
        openTab={(url) => {
          void browser.tabs.create({ url }).then(() => window.close());
        }}
        rememberCompose={async (compose) => {
          await browser.runtime.sendMessage(composeOpened(compose));
        }}
        {...(site
          ? {
              site: { host: siteHost(site.origin), on },
              // Synchronous down to permissions.request: the click's gesture must still be current.
              turnOnSite: () => turnSiteOn(browser.permissions, browser.runtime, site.origin, tab?.id),
            }
          : {})}
        {...(hasWorkspace
          ? {
              openWorkspace: () => void browser.runtime.openOptionsPage().then(() => window.close()),
              openSetup: () => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/setup') }).then(() => window.close()),
              openSites: () => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/sites') }).then(() => window.close()),
            }
          : {})}
      />
    </UiProvider>,
  );
}
