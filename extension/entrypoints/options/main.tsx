// The options page is the workspace. Wiring only: the ledger runs in a worker of this page (the
// extension's origin owns the database), files are offered as downloads, and writes made here
// are passed on to open Gmail tabs and the toolbar badge. The Sites view lists and removes the
// browser's grants for invoicing tools' sites.
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { COBRO_UI_CSS } from '../../../shared/ui/styles';
import { downloadFile } from '../../../shared/ui/workspace/download-file';
import { connectWorkspace, WORKSPACE_CSS, WorkspaceApp, type LedgerChangeNotice, type SitesService } from '../../../shared/ui/workspace';
import { badgeText } from '../../background/badge';
import { GMAIL_TABS, noticeGmailTabs } from '../../background/tab-notices';
import { onSitesChanged, sitesTurnedOn, turnSiteOff } from '../../sites/site-permissions';

const worker = new Worker(new URL('./workspace.worker.ts', import.meta.url), { type: 'module' });
const connection = connectWorkspace(worker);

async function passOn(notice: LedgerChangeNotice): Promise<void> {
  await noticeGmailTabs(notice, {
    gmailTabIds: async () => (await browser.tabs.query({ url: GMAIL_TABS })).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  });
  const due = await connection.client.send('followups-count', {});
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (due.ok) await action.setBadgeText({ text: badgeText(due.value.count) });
}

const sites: SitesService = {
  list: () => sitesTurnedOn(browser.permissions),
  turnOff: (origin) => turnSiteOff(browser.permissions, origin),
  onChange: (cb) => onSitesChanged(browser.permissions, cb),
};

const style = document.createElement('style');
style.textContent = `${COBRO_UI_CSS}\n${WORKSPACE_CSS}`;
document.head.append(style);

createRoot(document.getElementById('root')!).render(
  <WorkspaceApp
    connection={connection}
    hostLocale={browser.i18n.getUILanguage()}
    download={downloadFile}
    sites={sites}
    tableHeight={Math.max(320, window.innerHeight - 330)}
    onLedgerChanged={(notice) => void passOn(notice).catch((error: unknown) => console.warn('Cobro: telling other tabs failed', error))}
    onLanguage={(language) => {
      document.documentElement.lang = language;
    }}
  />,
);
