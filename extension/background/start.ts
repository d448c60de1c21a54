// The background's wiring. Every listener is registered synchronously when the script starts,
// because an MV3 service worker is stopped when idle and restarted by the event that needs it;
// nothing is kept in memory that the next start could not rebuild (the database opens lazily;
// composes the popup opened wait in the browser's session storage, see pending-composes.ts).
import { browser } from 'wxt/browser';
import { createHandlers, dispatch, type HandlerOutput } from '../../shared/ledger/api';
import { openCobroDb } from '../../shared/ledger/db';
import type { HandlerRequest } from '../messaging/protocol';
import { BADGE_ALARM, BADGE_ALARM_MINUTES, BADGE_COLOR, refreshBadge, serialRefresher } from './badge';
import { localDateOf } from '../../shared/local-date';
import { refreshSummariesOncePerDay, SUMMARIES_DAY_KEY } from './daily-summaries';
import { acceptLedgerRequest, runLedgerRequest } from './ledger-requests';
import { acceptOpenWorkspace, workspaceUrl } from './open-workspace';
import type { LedgerChange } from './ledger-changes';
import { ownContexts } from './own-contexts';
import { pendingComposes, type StorageAreaLike } from './pending-composes';
import { acceptComposeOpened, attachPendingCompose } from './popup-composes';
import { GMAIL_TABS, noticeGmailTabs } from './tab-notices';
import { createClient } from '../../shared/ledger/client';
import { inProcessTransport } from '../../shared/ledger/api';
import { followupCompose } from '../popup/followup-compose';
import { SiteTurnedOn, sitePattern } from '../messaging/site-turned-on';
import { isExtensionPage, isOwnSender } from '../messaging/sender';
import { UiCatalogRequest } from '../messaging/ui-catalog';
import { parsedCatalog } from '../../shared/i18n/translate';
import { senderSite, siteMessageOf } from './site-requests';
import { SITE_SCRIPT_FILE, sitePatterns, startOnSite, syncSiteScripts, type SiteScriptApis } from './site-scripts';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

function report(what: string) {
  return (error: unknown) => console.warn(`Cobro: ${what} failed`, error);
}

export interface BackgroundOptions {
  /** The ledger's database name; tests give each run its own. */
  dbName?: string;
}

export function startBackground(options: BackgroundOptions = {}): void {
  const db = openCobroDb(options.dbName);
  const handlers = createHandlers({ db, now: () => new Date(), newId: () => crypto.randomUUID() });

  const recountBadge = serialRefresher(
    () =>
      refreshBadge({
        countDueToday: async () => {
          const result = await dispatch(handlers, 'followups-count', {});
          if (!result.ok) throw new Error(result.error.message);
          return (result.value as HandlerOutput<'followups-count'>).count;
        },
        setText: async (text) => {
          const action = toolbarAction();
          await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
          await action.setBadgeText({ text });
        },
      }),
    report('recounting the badge'),
  );

  const siteApis: SiteScriptApis = {
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    registered: () => browser.scripting.getRegisteredContentScripts(),
    register: (script) => browser.scripting.registerContentScripts([script]),
    update: (script) => browser.scripting.updateContentScripts([script]),
    unregister: (id) => browser.scripting.unregisterContentScripts({ ids: [id] }),
    runInTab: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SITE_SCRIPT_FILE] });
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  };
  // Serial: a grant and a revocation arriving together must not register from a stale list.
  let siteSync: Promise<unknown> = Promise.resolve();
  const syncSites = () => (siteSync = siteSync.then(() => syncSiteScripts(siteApis)).catch(report('registering the sites’ script')));
  void syncSites();
  // Where the script was just started, so the popup's notice and the grant's event (both come
  // from one click, in either order) start it once. Kept in memory: both arrive within moments.
  const startedAt = new Map<number, number>();
  const runOnce = async (tabId: number) => {
    const last = startedAt.get(tabId);
    if (last !== undefined && Date.now() - last < 10_000) return;
    startedAt.set(tabId, Date.now());
    await siteApis.runInTab(tabId);
  };
  const runInGrantedTabs = async (origins: readonly string[]) => {
    for (const pattern of sitePatterns(origins)) {
      const tabs = await browser.tabs.query({ url: pattern });
      for (const tab of tabs) if (tab.id !== undefined) await runOnce(tab.id).catch(report('starting Cobro in a tab'));
    }
  };
  // A grant also reaches here when the popup closed before it could tell (Firefox closes it for the prompt):
  // the site's open tabs get the script either way.
  browser.permissions.onAdded.addListener((added) => {
    void syncSites().then(() => runInGrantedTabs(added.origins ?? []));
  });
  browser.permissions.onRemoved.addListener(() => void syncSites());

  /** Tabs where a chip may show a debtor: Gmail, and the sites turned on. */
  const overlayTabIds = async () => {
    const sites = sitePatterns(await siteApis.grantedOrigins());
    const tabs = await browser.tabs.query({ url: [GMAIL_TABS, ...sites] });
    return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  };

  const onChange = (change: LedgerChange) => {
    void noticeGmailTabs(change, {
      gmailTabIds: overlayTabIds,
      sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    }).catch(report('telling Gmail tabs'));
    void recountBadge();
  };

  const composes = pendingComposes({
    area: () => (browser.storage.session ?? browser.storage.local) as unknown as StorageAreaLike,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });

  const answer = async (request: HandlerRequest) => {
    const send = await attachPendingCompose(request, composes, report('reading the popup’s composes'));
    const result = await runLedgerRequest(send.request, { handlers, onChange });
    await send.settle(result.ok);
    return result;
  };

  /** A Gmail compose to the customer with the recommended template, noted so its send is logged with it. */
  const ledger = createClient(inProcessTransport(handlers));
  const openChase = async (debtorId: string, openerTabId: number | undefined) => {
    const found = await ledger.send('debtor-get', { id: debtorId });
    if (!found.ok) return { ok: false as const };
    const { url, pending } = await followupCompose(ledger, found.value.debtor);
    if (pending) await composes.remember(pending);
    await browser.tabs.create({ url, ...(openerTabId === undefined ? {} : { openerTabId }) });
    return { ok: true as const, template: pending !== null };
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const own = ownContexts();
    // The UI's words, for a content script of ours (Gmail's or a granted site's): public text, nothing of the ledger.
    const asked = UiCatalogRequest.safeParse(message);
    if (asked.success && (isOwnSender(sender, own) || senderSite(sender, own) !== null)) {
      sendResponse(parsedCatalog(asked.data.language));
      return false;
    }
    const request = acceptLedgerRequest(message, sender, own);
    if (request) {
      void answer(request).then(sendResponse);
      // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
      return true;
    }
    const place = acceptOpenWorkspace(message, sender, own);
    if (place) {
      void browser.tabs.create({ url: workspaceUrl(own.extensionBaseUrl, place.place) }).then(
        () => sendResponse({ ok: true }),
        (error: unknown) => {
          report('opening the workspace')(error);
          sendResponse({ ok: false });
        },
      );
      return true;
    }
    const turnedOn = isExtensionPage(sender, own) ? SiteTurnedOn.safeParse(message) : null;
    if (turnedOn?.success) {
      const { origin, tabId } = turnedOn.data;
      void (siteSync = siteSync.then(() => startOnSite({ ...siteApis, runInTab: runOnce }, origin, tabId))).then(
        (state) => sendResponse({ ok: true, state }),
        (error: unknown) => {
          report('starting Cobro on a site')(error);
          sendResponse({ ok: false });
        },
      );
      return true;
    }
    const site = senderSite(sender, own);
    if (site) {
      const siteMessage = siteMessageOf(message);
      if (!siteMessage) return false;
      void (async () => {
        // The browser is the authority: a site revoked since the script started gets nothing.
        if (!(await browser.permissions.contains({ origins: [sitePattern(site)] }))) return null;
        if (siteMessage.kind === 'handler') return answer(siteMessage.request);
        return openChase(siteMessage.chase.debtorId, sender.tab?.id);
      })().then(sendResponse, (error: unknown) => {
        report('answering a site')(error);
        sendResponse(null);
      });
      return true;
    }
    const opened = acceptComposeOpened(message, sender, own);
    if (opened) {
      void composes.remember(opened.compose).then(
        () => sendResponse({ ok: true }),
        (error: unknown) => {
          report('noting the popup’s compose')(error);
          sendResponse({ ok: false });
        },
      );
      return true;
    }
    return false;
  });

  const refreshSummaries = serialRefresher(
    () =>
      refreshSummariesOncePerDay({
        today: () => localDateOf(new Date()),
        readDay: async () => {
          const stored = (await browser.storage.local.get(SUMMARIES_DAY_KEY))[SUMMARIES_DAY_KEY];
          return typeof stored === 'string' ? stored : undefined;
        },
        writeDay: (day) => browser.storage.local.set({ [SUMMARIES_DAY_KEY]: day }),
        refresh: async () => {
          const result = await dispatch(handlers, 'summaries-refresh', {});
          if (!result.ok) throw new Error(result.error.message);
        },
      }),
    report('refreshing the debtor summaries'),
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== BADGE_ALARM) return;
    void recountBadge();
    void refreshSummaries();
  });

  // Not on every wake of the service worker: a recount reads every debtor.
  const onBrowserOrExtensionStart = () => {
    // Alarms survive restarts, but not reinstalls or a cleared profile: make sure it exists.
    void browser.alarms
      .get(BADGE_ALARM)
      .then((existing) => {
        if (!existing) return browser.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_ALARM_MINUTES });
      })
      .catch(report('scheduling the badge'));
    void recountBadge();
  };
  browser.runtime.onInstalled.addListener(onBrowserOrExtensionStart);
  browser.runtime.onStartup.addListener(onBrowserOrExtensionStart);
}
