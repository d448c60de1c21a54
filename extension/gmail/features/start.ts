// Wires Cobro into a Gmail tab: the send reporter, the chips, the compose buttons, the panel,
// and the background's change notices. Everything registered here lives as long as the content
// script's context; when the extension is updated or disabled, it all goes away with it.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { injectScript } from 'wxt/utils/inject-script';
import { createClient } from '../../../shared/ledger/client';
import { COBRO_UI_CSS } from '../../../shared/ui/styles';
import { runtimeTransport } from '../../messaging/runtime-transport';
import { overlayUi } from '../../overlay/ui-catalogs';
import { debtorDocumentPlace, openWorkspace } from '../../messaging/protocol';
import { STATUS_CHIP_WARM_UP } from '../../../shared/ui/StatusChip';
import { OVERLAY_CSS } from '../../ui/overlay-css';
import { findComposeViews } from '../compose';
import { refillForgotten } from './change-refill';
import { ComposeButtons, isComposeShortcut } from './compose-button';
import { listenForDebtorChanges } from '../../overlay/debtor-notices';
import { LayoutWatch } from './layout-watch';
import { ListPrefetch } from './list-prefetch';
import { LookupCache } from './lookup-cache';
import { nextTask, runEachInItsOwnTask } from '../../overlay/next-task';
import { watchPage } from '../../overlay/page-watch';
import { GmailPanel } from './gmail-panel';
import { threadOnScreen } from './panel-context';
import { pageTheme } from '../../overlay/page-theme';
import { ProfileCache } from '../../overlay/profile-cache';
import { ReplyFindingsUnderMessages } from './reply-findings';
import { logSends } from './send-logging';
import { mountShadowHost } from '../../overlay/shadow-host';
import { shadowStyles } from '../../overlay/shadow-styles';
import { TemplateInsertions } from './template-insertions';
import { ThreadChips } from './thread-chips';


export async function startGmailOverlay(ctx: ContentScriptContext): Promise<void> {
  // The script's evaluation is a long task of its own on a slow machine; everything below waits
  // for the next one (the first chip waits for the ledger's answer anyway).
  await nextTask();
  if (ctx.isInvalid) return;
  const { signal } = ctx;
  const doc = document;
  const client = createClient(runtimeTransport((message) => browser.runtime.sendMessage(message)));
  const insertions = new TemplateInsertions();

  // First, so no send the reporter sees can arrive before someone listens.
  logSends({ win: window, signal, insertions, logSend: (input) => client.send('mail-sent', input) });
  injectScript('/gmail-reporter.js').catch((error: unknown) => console.warn('Cobro: could not watch Gmail sends', error));

  const browserLocale = browser.i18n.getUILanguage();
  // One read of the settings serves the UI language and the picker's setup check; a settings
  // change reaches this tab as an 'all' notice, which reads them again.
  const profile = new ProfileCache(client);
  const uiFrom = overlayUi(browserLocale, (message) => browser.runtime.sendMessage(message));
  const uiLoading = profile.get().then(uiFrom);
  // While the background answers, and before any chip: the first chip's formatting and sentences,
  // in short tasks instead of one long one when it is drawn.
  const stopped = () => ctx.isInvalid;
  await runEachInItsOwnTask(STATUS_CHIP_WARM_UP.formatting(browserLocale), stopped);
  let ui = await uiLoading;
  if (stopped()) return;
  await runEachInItsOwnTask([STATUS_CHIP_WARM_UP.sentences(ui)], stopped);
  if (stopped()) return;

  const styles = shadowStyles(`${COBRO_UI_CSS}\n${OVERLAY_CSS}`, { adoptSheets: !import.meta.env.FIREFOX });
  const createHost = (name: string, isolateKeys: boolean, inline = false) => (place: (host: HTMLElement) => void) =>
    mountShadowHost(ctx, { name, styles, place, isolateKeys, inline });

  // The panel and the compose buttons each need the other: the card offers the picker for an open compose.
  const composeButtons: { current?: ComposeButtons } = {};
  // A content script cannot open an extension page: the background opens the workspace there.
  const openInWorkspace = (place: string, what: string) =>
    void browser.runtime.sendMessage(openWorkspace(place)).catch((error: unknown) => console.warn(`Cobro: could not open ${what}`, error));
  const panel = new GmailPanel({
    openDocument: (debtorId, document) => openInWorkspace(debtorDocumentPlace(debtorId, document), 'the claim file'),
    client,
    ui: () => ui,
    createHost: () => createHost('cobro-panel', true)((host) => doc.body.append(host)),
    onScreen: () => threadOnScreen(doc),
    theme: () => pageTheme(doc.querySelector('[role="main"]') ?? doc.body),
    composeFor: (debtor, options) => {
      const view = findComposeViews(doc).find((v) => v.recipients().some((address) => debtor.emails.includes(address)));
      const buttons = composeButtons.current;
      return view && buttons ? () => void buttons.openPicker(view, options) : undefined;
    },
  });

  const version = browser.runtime.getManifest().version;
  const layout = new LayoutWatch({
    startTimer: (run, ms) => {
      const id = ctx.setTimeout(run, ms);
      return () => clearTimeout(id);
    },
    report: (problem) =>
      void client.send('diagnostic-record', {
        code: problem.code,
        detail: problem.detail,
        dedupeKey: `${problem.code}:${version}`,
      }),
  });
  signal.addEventListener('abort', () => layout.stop(), { once: true });

  // The tab's lookup answers: held by this context's closures only (never the page), gone with it.
  const cache = new LookupCache();
  const prefetch = new ListPrefetch({ doc, client, cache });
  // What Cobro read in a debtor's reply, under the message: drawn when the chips know who wrote it.
  const replies = new ReplyFindingsUnderMessages({ client, ui: () => ui, createHost: createHost('cobro-replies', true) });
  signal.addEventListener('abort', () => replies.stop(), { once: true });
  const chips = new ThreadChips({
    doc,
    client,
    cache,
    ui: () => ui,
    panel,
    createHost: createHost('cobro-chip', false, true),
    onRead: (expectThread, result) => layout.observe(expectThread, result),
    onDrawn: (thread, owners, pending) => replies.show(thread, owners, pending),
  });
  const buttons = new ComposeButtons({
    doc,
    client,
    ui: () => ui,
    panel,
    insertions,
    cache,
    profile,
    openSetup: () => openInWorkspace('setup', 'the setup'),
    createHost: createHost('cobro-compose', true),
  });
  composeButtons.current = buttons;

  listenForDebtorChanges(browser.runtime, signal, (change) => {
    // At once: an answer already on its way when debtors changed is not kept.
    const forgotten = cache.forget(change);
    void (async () => {
      // A changed setting may be the UI language.
      if (change.all) ui = await uiFrom(await profile.refresh());
      // Before the chips draw again (which draws the replies too), so the replies read again.
      replies.refresh(change);
      chips.refresh();
      prefetch.refresh();
      panel.refresh(change);
      // After the thread and the list have asked about what they show, the rest in one batch.
      await refillForgotten({ client, cache }, forgotten);
    })();
  });

  doc.addEventListener(
    'keydown',
    (event) => {
      if (!isComposeShortcut(event)) return;
      const view = buttons.composeAround(event.target);
      if (!view) return;
      event.preventDefault();
      event.stopPropagation();
      void buttons.openPicker(view);
    },
    { capture: true, signal },
  );

  watchPage(
    () => {
      chips.update();
      // A card or Track form open over another thread, or over the list, goes away.
      panel.follow();
      buttons.update();
      prefetch.update();
    },
    { win: window, signal, isOwnNode: (node) => node.nodeName.startsWith('COBRO-') },
  );
}
