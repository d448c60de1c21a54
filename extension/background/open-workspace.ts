// A content script's "open the workspace there" (the picker's "Finish setup" on Gmail): only the
// background can open an extension page in a tab, so the Gmail tab asks it to.
import { OpenWorkspace } from '../messaging/protocol';
import { isOwnSender, type OwnContexts, type SenderInfo } from '../messaging/sender';

/** The request when this message is one, from one of our own contexts, else null. */
export function acceptOpenWorkspace(message: unknown, sender: SenderInfo, own: OwnContexts): OpenWorkspace | null {
  if (!isOwnSender(sender, own)) return null;
  const parsed = OpenWorkspace.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** The options page's address at that place: '<base>options.html#/setup'. */
export function workspaceUrl(extensionBaseUrl: string, place: OpenWorkspace['place']): string {
  return `${extensionBaseUrl}options.html#/${place}`;
}
