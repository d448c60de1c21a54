// Whose mailbox this is. A chip belongs beside the other party of a conversation, never beside
// the user's own messages, and "unknown sender" must not offer to track the user themself.
// Two signs that need no selector: Gmail's window title ("Inbox (3) - me@example.com - Gmail"),
// and messages Gmail marks as authored in this account (permanent ids 'msg-a:…').
import { normaliseAddress } from '../address';
import type { GmailThread } from '../thread';

/** The address in a title of the form "<view> - <address> - <product>", or null. */
export function accountFromTitle(title: string): string | null {
  for (const part of title.split(' - ')) {
    const address = normaliseAddress(part);
    if (address !== null) return address;
  }
  return null;
}

/** The user's own addresses as far as this page shows them. */
export function ownAddresses(title: string, thread?: GmailThread): Set<string> {
  const own = new Set<string>();
  const fromTitle = accountFromTitle(title);
  if (fromTitle) own.add(fromTitle);
  for (const message of thread?.messages ?? []) {
    if (message.permMessageId?.startsWith('msg-a:')) own.add(message.from.email);
  }
  return own;
}
