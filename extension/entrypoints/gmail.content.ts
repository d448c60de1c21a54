import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGmailOverlay } from '../gmail/features/start';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main(ctx) {
    return startGmailOverlay(ctx);
  },
});
