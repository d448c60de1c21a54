// The background's side of runtime messaging: which messages it answers, and how. Every request
// is checked twice where it arrives: the envelope and the sender here, the handler's own input
// schema in dispatch. Nothing is kept between requests, so a restarted service worker answers
// the next one exactly as the last.
import { dispatch, type Handlers, type Result } from '../../shared/ledger/api';
import { HandlerRequest } from '../messaging/protocol';
import { isOwnSender, type OwnContexts, type SenderInfo } from '../messaging/sender';
import { ledgerChangeOf, type LedgerChange } from './ledger-changes';

/** The request when this message is a ledger request from one of our own contexts, else null. */
export function acceptLedgerRequest(message: unknown, sender: SenderInfo, own: OwnContexts): HandlerRequest | null {
  if (!isOwnSender(sender, own)) return null;
  const parsed = HandlerRequest.safeParse(message);
  return parsed.success ? parsed.data : null;
}

export interface LedgerRequestDeps {
  handlers: Handlers;
  /** Called after a successful write, with the debtors it touched. */
  onChange: (change: LedgerChange) => void;
}

export async function runLedgerRequest(request: HandlerRequest, deps: LedgerRequestDeps): Promise<Result<unknown>> {
  const result = await dispatch(deps.handlers, request.name, request.input);
  if (result.ok) {
    const change = ledgerChangeOf(request.name, request.input, result.value);
    if (change) deps.onChange(change);
  }
  return result;
}
