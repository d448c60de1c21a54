// Which item the task pane is showing, and notice when the user selects another one (a pinned
// pane stays open across messages).
import type { PaneItem } from '../mail/types';
import { officeCall } from './async-result';
import { composeDraft } from './compose-draft';
import type { OfficeApi } from './office-global';
import { readMessage } from './read-message';
import { readMessageContent } from './message-content';

type AnyItem = Office.MessageRead | Office.MessageCompose;

/** In read mode the subject is a string; in compose mode it is an object with getAsync. */
function isCompose(item: AnyItem): item is Office.MessageCompose {
  return typeof item.subject === 'object' && item.subject !== null && typeof (item.subject as Office.Subject).getAsync === 'function';
}

export function currentItem(office: OfficeApi): PaneItem {
  const item = office.context.mailbox.item as AnyItem | null | undefined;
  if (!item) return { kind: 'none' };
  // Appointments and other item types are not messages Cobro handles.
  if (item.itemType !== undefined && item.itemType !== office.MailboxEnums.ItemType.Message) return { kind: 'none' };
  if (isCompose(item)) return { kind: 'compose', draft: composeDraft(office, item) };
  return { kind: 'read', message: readMessage(item), content: () => readMessageContent(office, item) };
}

/** Calls back after Outlook switched the selected item; resolves to an unsubscribe. */
export async function onItemChanged(office: OfficeApi, listener: () => void): Promise<() => Promise<void>> {
  const mailbox = office.context.mailbox;
  if (typeof mailbox.addHandlerAsync !== 'function') return async () => {};
  await officeCall<void>(office, 'follow the selected message', (done) =>
    mailbox.addHandlerAsync(office.EventType.ItemChanged, () => listener(), done),
  );
  return async () => {
    await officeCall<void>(office, 'stop following the selected message', (done) =>
      mailbox.removeHandlerAsync(office.EventType.ItemChanged, done),
    ).catch(() => undefined);
  };
}
