// Runs in Gmail's own page world (injected by the Gmail content script) to notice sync POSTs.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { reportGmailSyncRequests } from '../gmail/page-reporter';

export default defineUnlistedScript(() => {
  reportGmailSyncRequests(window);
});
