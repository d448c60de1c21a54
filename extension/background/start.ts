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

  const onChange = (change: LedgerChange) => {
    void noticeGmailTabs(change, {
      gmailTabIds: async () => (await browser.tabs.query({ url: GMAIL_TABS })).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
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

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const own = ownContexts();
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
