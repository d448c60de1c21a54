// A read-mode item as the add-in's ReadMessage: the sender and recipients are plain properties
// in read mode, so no call goes back to Outlook.
import type { MailAddress, ReadMessage } from '../mail/types';

function toAddress(details: Office.EmailAddressDetails | null | undefined): MailAddress | null {
  const address = details?.emailAddress?.trim() ?? '';
  if (address === '') return null;
  return { address, name: details?.displayName?.trim() ?? '' };
}

function toAddresses(list: readonly Office.EmailAddressDetails[] | null | undefined): MailAddress[] {
  return (list ?? []).map(toAddress).filter((entry): entry is MailAddress => entry !== null);
}

function textOrNull(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function readMessage(item: Office.MessageRead): ReadMessage {
  return {
    from: toAddress(item.from) ?? toAddress(item.sender),
    to: toAddresses(item.to),
    cc: toAddresses(item.cc),
    subject: typeof item.subject === 'string' ? item.subject : '',
    internetMessageId: textOrNull(item.internetMessageId),
    conversationId: textOrNull(item.conversationId),
  };
}
