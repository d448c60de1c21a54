import { describe, expect, it } from 'vitest';
import { chase, handlerRequest } from '../messaging/protocol';
import type { OwnContexts, SenderInfo } from '../messaging/sender';
import { senderSite, siteMessageOf } from './site-requests';

const own: OwnContexts = { extensionId: 'cobro', extensionBaseUrl: 'chrome-extension://cobro/', contentScriptOrigins: ['https://mail.google.com'] };
const tab = { id: 4, url: 'https://app.invoicing.co/invoices' };

describe('senderSite', () => {
  it.each<[string, SenderInfo, string | null]>([
    ['our script in a tab', { id: 'cobro', url: 'https://app.invoicing.co/invoices', tab, frameId: 0 }, 'https://app.invoicing.co'],
    ['another extension', { id: 'other', url: 'https://app.invoicing.co/invoices', tab, frameId: 0 }, null],
    ['a frame inside the page', { id: 'cobro', url: 'https://ads.example/frame', tab, frameId: 3 }, null],
    ['Gmail (answered as Gmail, not as a site)', { id: 'cobro', url: 'https://mail.google.com/mail/u/0/', tab, frameId: 0 }, null],
    ['an extension page', { id: 'cobro', url: 'chrome-extension://cobro/popup.html', frameId: 0 }, null],
    ['a file page', { id: 'cobro', url: 'file:///home/a.html', tab, frameId: 0 }, null],
    ['no address', { id: 'cobro', tab, frameId: 0 }, null],
  ])('%s', (_case, sender, expected) => {
    expect(senderSite(sender, own)).toBe(expected);
  });
});

describe('siteMessageOf', () => {
  it.each<[string, unknown, string | null]>([
    ['a page lookup', handlerRequest('page-lookup', { numbers: ['F-1'], emails: [] }), 'handler'],
    ['recording a payment from the card', handlerRequest('payment-record', {}), 'handler'],
    ['adding an invoice seen on the page', handlerRequest('invoice-capture', {}), 'handler'],
    ['chase', chase('d1'), 'chase'],
    ['logging a send (only Gmail sees one)', handlerRequest('mail-sent', {}), null],
    ['the whole ledger', handlerRequest('backup-export', {}), null],
    ['a list of every debtor', handlerRequest('debtor-list', {}), null],
    ['a search over every debtor', handlerRequest('debtor-search', { query: 'a' }), null],
    ['an import', handlerRequest('import-apply', {}), null],
    ['a settings change', handlerRequest('settings-set', { patch: {} }), null],
    ['a deletion', handlerRequest('debtor-delete', { id: 'd1' }), null],
    ['anything else', { type: 'chase' }, null],
  ])('%s', (_case, message, expected) => {
    expect(siteMessageOf(message)?.kind ?? null).toBe(expected);
  });
});
