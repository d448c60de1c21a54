// The background's wiring. Every listener is registered synchronously when the script starts,
// because an MV3 service worker is stopped when idle and restarted by the event that needs it;
// nothing is kept in memory that the next start could not rebuild (the database opens lazily).
import { browser } from 'wxt/browser';
import { createHandlers, dispatch } from '../../shared/ledger/api';
import { openCobroDb } from '../../shared/ledger/db';
import { BADGE_ALARM, BADGE_ALARM_MINUTES, BADGE_COLOR, refreshBadge, serialRefresher } from './badge';
import { acceptLedgerRequest, runLedgerRequest } from './ledger-requests';
import type { LedgerChange } from './ledger-changes';
import { ownContexts } from './own-contexts';
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
          const result = await dispatch(handlers, 'followups-today', {});
          if (!result.ok) throw new Error(result.error.message);
          return (result.value as unknown[]).length;
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

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const request = acceptLedgerRequest(message, sender, ownContexts());
    if (!request) return false;
    void runLedgerRequest(request, { handlers, onChange }).then(sendResponse);
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void recountBadge();
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
