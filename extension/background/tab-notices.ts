// Tells open Gmail tabs that debtors changed, so the chips and cards they show are redrawn
// without a reload. Which tabs are open is asked each time, never remembered.
import { debtorsChanged, type DebtorsChanged } from '../messaging/protocol';
import type { LedgerChange } from './ledger-changes';

export const GMAIL_TABS = 'https://mail.google.com/*';
const MAX_IDS_PER_NOTICE = 5000;

export interface TabNoticeDeps {
  gmailTabIds: () => Promise<number[]>;
  sendToTab: (tabId: number, message: DebtorsChanged) => Promise<unknown>;
}

/** Sends the notice to every Gmail tab; a tab without our content script (still loading) is skipped. */
export async function noticeGmailTabs(change: LedgerChange, deps: TabNoticeDeps): Promise<number> {
  // Past what one notice may carry, "everything changed" says the same thing.
  const tooMany = change.debtorIds.length > MAX_IDS_PER_NOTICE;
  const message = tooMany ? debtorsChanged([], true) : debtorsChanged(change.debtorIds, change.all);
  const tabIds = await deps.gmailTabIds();
  const sent = await Promise.all(
    tabIds.map((id) =>
      deps.sendToTab(id, message).then(
        () => true,
        () => false,
      ),
    ),
  );
  return sent.filter(Boolean).length;
}
