// Wires Cobro into an invoicing tool's tab the user turned it on for: which invoices the page
// shows (a recipe where Cobro knows the tool, the generic scanner elsewhere), what the ledger
// knows of them (exact numbers and addresses, asked in batches), and the chips, card and forms
// beside them. Everything registered here lives as long as the content script's context.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createClient } from '../../../shared/ledger/client';
import { COBRO_UI_CSS } from '../../../shared/ui/styles';
import { runtimeTransport } from '../../messaging/runtime-transport';
import { overlayUi } from '../../overlay/ui-catalogs';
import { OVERLAY_CSS } from '../../ui/overlay-css';
import { listenForDebtorChanges } from '../../overlay/debtor-notices';
import { nextTask } from '../../overlay/next-task';
import { watchPage } from '../../overlay/page-watch';
import { Panel } from '../../overlay/panel';
import { ProfileCache } from '../../overlay/profile-cache';
import { mountShadowHost } from '../../overlay/shadow-host';
import { shadowStyles } from '../../overlay/shadow-styles';
import { extensionText } from '../../ui/messages';
import { SiteOverlay } from './site-overlay';
import { CaptureInvoiceForm } from '../../../shared/ui/CaptureInvoiceForm';
import { UiProvider } from '../../../shared/ui/context';
import { SITE_CSS } from './site-css';

export async function startSiteOverlay(ctx: ContentScriptContext): Promise<void> {
  await nextTask();
  if (ctx.isInvalid) return;
  const { signal } = ctx;
  const client = createClient(runtimeTransport((message) => browser.runtime.sendMessage(message)));
  const browserLocale = browser.i18n.getUILanguage();
  const profile = new ProfileCache(client);
  const uiFrom = overlayUi(browserLocale, (message) => browser.runtime.sendMessage(message));
  let ui = await uiFrom(await profile.get());
  if (ctx.isInvalid) return;

  const styles = shadowStyles(`${COBRO_UI_CSS}\n${OVERLAY_CSS}\n${SITE_CSS}`, { adoptSheets: !import.meta.env.FIREFOX });
  const overlay: { current?: SiteOverlay } = {};
  const panel = new Panel({
    client,
    ui: () => ui,
    createHost: () => mountShadowHost(ctx, { name: 'cobro-panel', styles, place: (host) => document.body.append(host), isolateKeys: true }),
    onScreen: () => overlay.current?.onScreen() ?? null,
    staleText: (name) => extensionText(ui.language, 'sitePanelStale', { name }),
  });
  const site = new SiteOverlay({
    doc: document,
    win: window,
    signal,
    client,
    ui: () => ui,
    panel,
    createLayer: () => mountShadowHost(ctx, { name: 'cobro-layer', styles, place: (host) => document.body.append(host) }),
    chase: (debtorId) => browser.runtime.sendMessage({ protocol: 'cobro/1', type: 'chase', debtorId }),
    version: browser.runtime.getManifest().version,
    capture: (row, tool, existing, format) => {
      void profile.get().then((settings) => {
        if (!settings) return;
        void panel.openDialog(
          ui.t('capture.title'),
          <UiProvider value={ui}>
            <CaptureInvoiceForm
              key={`${row.key}|${row.number ?? ''}`}
              draft={row}
              existing={existing ? { id: existing.debtor.id, name: existing.debtor.name } : undefined}
              defaults={{ currency: settings.defaultCurrency, locale: settings.defaultLocale, timeZone: settings.defaultTimeZone }}
              format={format}
              toolName={format === 'page' ? undefined : tool}
              onSubmit={async (input) => {
                const captured = await client.send('invoice-capture', input);
                if (captured.ok) void panel.openCard(captured.value.debtor.id, { threadId: location.href });
                return captured;
              }}
              onCancel={() => panel.close({ restoreFocus: true })}
            />
          </UiProvider>,
        );
      });
    },
  });
  overlay.current = site;

  listenForDebtorChanges(browser.runtime, signal, (change) => {
    void (async () => {
      if (change.all) ui = await uiFrom(await profile.refresh());
      site.forget(change);
      panel.refresh(change);
    })();
  });
  // Single-page apps change their address without a load; WXT reports it.
  ctx.addEventListener(window, 'wxt:locationchange', () => site.update());
  watchPage(() => site.update(), { win: window, signal, isOwnNode: (node) => node.nodeName.startsWith('COBRO-') });
}
