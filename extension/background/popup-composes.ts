// A compose the popup opened with a template, and the send that comes of it. The Gmail content
// script logs every send it sees, and a compose opened by address (?view=cm) carries no trace of
// its template; so when a Gmail send without a template matches a compose the popup noted (same
// recipient and subject, still in time), the background logs it with that template, its step
// and its invoices, and then forgets the note.
import { HANDLER_SCHEMAS } from '../../shared/ledger/api';
import { ComposeOpened } from '../messaging/compose-opened';
import { handlerRequest, type HandlerRequest } from '../messaging/protocol';
import { isExtensionPage, type OwnContexts, type SenderInfo } from '../messaging/sender';
import type { PendingComposes } from './pending-composes';

/** The note when this message is one, from one of our extension pages (never a content script). */
export function acceptComposeOpened(message: unknown, sender: SenderInfo, own: OwnContexts): ComposeOpened | null {
  if (!isExtensionPage(sender, own)) return null;
  const parsed = ComposeOpened.safeParse(message);
  return parsed.success ? parsed.data : null;
}

export interface AttachedSend {
  request: HandlerRequest;
  /** Called with whether the request succeeded: only a logged send uses up the note. */
  settle(succeeded: boolean): Promise<void>;
}

/**
 * The request to run: a template-less Gmail 'mail-sent' with the template of the compose it came
 * from, or the request unchanged. A storage failure logs the send as it came.
 */
export async function attachPendingCompose(request: HandlerRequest, pending: PendingComposes, onError: (error: unknown) => void = () => undefined): Promise<AttachedSend> {
  const unchanged: AttachedSend = { request, settle: async () => undefined };
  if (request.name !== 'mail-sent') return unchanged;
  const parsed = HANDLER_SCHEMAS['mail-sent'].safeParse(request.input);
  if (!parsed.success || parsed.data.host !== 'gmail' || parsed.data.templateId !== undefined) return unchanged;
  try {
    const found = await pending.find({ to: parsed.data.to, subject: parsed.data.subject });
    if (!found) return unchanged;
    const { templateId, step, invoiceIds } = found.compose;
    return {
      request: handlerRequest('mail-sent', { ...parsed.data, templateId, step, ...(invoiceIds.length > 0 ? { invoiceIds } : {}) }),
      settle: async (succeeded) => {
        if (succeeded) await pending.forget(found.key).catch(onError);
      },
    };
  } catch (error) {
    onError(error);
    return unchanged;
  }
}
