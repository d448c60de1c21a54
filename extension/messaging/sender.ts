// Only this extension's own contexts are answered: its pages, and its content scripts running
// in tabs it was granted. Messages from other extensions or from web pages never get here through
// onMessage, but a compromised or spoofed sender is still checked rather than trusted.

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface OwnContexts {
  extensionId: string;
  /** e.g. 'chrome-extension://abc/' or 'moz-extension://uuid/' */
  extensionBaseUrl: string;
  /** Origins where our content scripts run, e.g. 'https://mail.google.com'. */
  contentScriptOrigins: readonly string[];
}

export function isOwnSender(sender: SenderInfo, own: OwnContexts): boolean {
  if (sender.id !== own.extensionId) return false;
  const url = sender.url ?? '';
  if (url.startsWith(own.extensionBaseUrl)) return true;
  if (!sender.tab) return false;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  return own.contentScriptOrigins.includes(origin);
}

export function isExtensionPage(sender: SenderInfo, own: OwnContexts): boolean {
  return sender.id === own.extensionId && (sender.url ?? '').startsWith(own.extensionBaseUrl);
}
