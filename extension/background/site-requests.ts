// What the invoicing tools' script may ask of the background. It runs on sites the user turned
// on, beside pages Cobro does not control: it gets the handlers its chips, card and forms need
// and nothing that reads the ledger wholesale (lists, search, exports, backup), rewrites it
// (import, restore, merge, delete), changes settings or templates, or logs a send (only Gmail's
// script sees a send). A request from a tab is answered only while the browser says the tab's
// site is granted: a revoked site's script, still running until its next load, gets nothing.
import { Chase, HandlerRequest } from '../messaging/protocol';
import type { OwnContexts, SenderInfo } from '../messaging/sender';

export const SITE_HANDLERS: ReadonlySet<string> = new Set([
  // Reading what the page shows: exact numbers and addresses only.
  'page-lookup',
  'debtor-lookup',
  'debtor-get',
  'settings-get',
  'templates-for-debtor',
  'diagnostic-record',
  // The card's actions (shared/ui/card/ledger-actions.ts).
  'debtor-pause',
  'debtor-resume',
  'debtor-update',
  'dispute-resolve',
  'event-log',
  'invoice-dispute',
  'payment-record',
  'plan-create',
  'promise-record',
  // Add to Cobro.
  'invoice-capture',
]);

/** The site a content-script message comes from, when it comes from a tab's top frame of an http(s) page. */
export function senderSite(sender: SenderInfo, own: OwnContexts): string | null {
  if (sender.id !== own.extensionId || !sender.tab || sender.frameId !== 0) return null;
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (own.contentScriptOrigins.includes(url.origin)) return null;
  return url.origin;
}

export type SiteMessage = { kind: 'handler'; request: HandlerRequest } | { kind: 'chase'; chase: Chase };

/** The message, when it is one a site's script may send; null for anything else. The grant is checked by the caller. */
export function siteMessageOf(message: unknown): SiteMessage | null {
  const request = HandlerRequest.safeParse(message);
  if (request.success) return SITE_HANDLERS.has(request.data.name) ? { kind: 'handler', request: request.data } : null;
  const asked = Chase.safeParse(message);
  return asked.success ? { kind: 'chase', chase: asked.data } : null;
}
