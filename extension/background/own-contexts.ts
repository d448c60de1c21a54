// This extension's own contexts, as the runtime names them: its pages, and its content scripts on Gmail.
import { browser } from 'wxt/browser';
import { GMAIL_ORIGIN } from '../gmail/selectors';
import type { OwnContexts } from '../messaging/sender';

export function ownContexts(): OwnContexts {
  return {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    contentScriptOrigins: [GMAIL_ORIGIN],
  };
}
