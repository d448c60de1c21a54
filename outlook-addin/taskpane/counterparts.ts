// Whose status a read message is about: its sender, unless the user sent it themselves (their
// own reminder in Sent Items), in which case its recipients.
import type { MailAddress, ReadMessage } from '../mail/types';

export function counterparts(message: ReadMessage, userEmail: string): MailAddress[] {
  const me = userEmail.trim().toLowerCase();
  const isMe = (entry: MailAddress) => me !== '' && entry.address.trim().toLowerCase() === me;
  const people = message.from && !isMe(message.from) ? [message.from] : [...message.to, ...message.cc].filter((r) => !isMe(r));
  const seen = new Set<string>();
  return people.filter((entry) => {
    const key = entry.address.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
