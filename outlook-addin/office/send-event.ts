// The OnMessageSend launch event. Whatever happens inside, Outlook is told to let the message
// go: Cobro records mail, it never stops it.
import type { ComposeDraft } from '../mail/types';
import { composeDraft } from './compose-draft';
import type { OfficeApi } from './office-global';
import { SEND_HANDLER_NAME } from './send-handler-name';

export { SEND_HANDLER_NAME };

export function associateSendHandler(office: OfficeApi, handle: (draft: ComposeDraft) => Promise<unknown>): void {
  office.actions.associate(SEND_HANDLER_NAME, (event: Office.MailboxEvent) => {
    const allow = () => {
      try {
        event.completed({ allowEvent: true });
      } catch {
        // Nothing else can be done; Outlook's own timeout lets the message go (SendMode PromptUser).
      }
    };
    let work: Promise<unknown>;
    try {
      work = handle(composeDraft(office, office.context.mailbox.item as Office.MessageCompose));
    } catch {
      work = Promise.resolve();
    }
    work.then(allow, allow);
  });
}
