import { describe, expect, it } from 'vitest';
import { composeOpened, type PendingComposeFields } from '../messaging/compose-opened';
import { handlerRequest, type HandlerRequest } from '../messaging/protocol';
import type { OwnContexts, SenderInfo } from '../messaging/sender';
import type { FoundCompose, PendingComposes, SentMail } from './pending-composes';
import { acceptComposeOpened, attachPendingCompose } from './popup-composes';
import { ANA_COMPOSE as ANA } from './test-composes';

const own: OwnContexts = {
  extensionId: 'cobro',
  extensionBaseUrl: 'chrome-extension://cobro/',
  contentScriptOrigins: ['https://mail.google.com'],
};
const POPUP: SenderInfo = { id: 'cobro', url: 'chrome-extension://cobro/popup.html' };
const GMAIL_TAB: SenderInfo = { id: 'cobro', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 2 } };


describe('acceptComposeOpened', () => {
  it.each<[string, unknown, SenderInfo, boolean]>([
    ['a note from the popup', composeOpened(ANA), POPUP, true],
    ['a note from the options page', composeOpened(ANA), { id: 'cobro', url: 'chrome-extension://cobro/options.html' }, true],
    // Our own content script runs beside Gmail's page: it has no business telling us which template a compose holds.
    ['a note from the Gmail content script', composeOpened(ANA), GMAIL_TAB, false],
    ['a note from another extension', composeOpened(ANA), { id: 'evil', url: 'chrome-extension://evil/popup.html' }, false],
    ['a malformed note from the popup', { ...composeOpened(ANA), compose: { ...ANA, step: 'threat' } }, POPUP, false],
    ['a ledger request', handlerRequest('settings-get', {}), POPUP, false],
  ])('%s → %s', (_label, message, sender, accepted) => {
    expect(acceptComposeOpened(message, sender, own) !== null).toBe(accepted);
  });
});

/** A store holding one noted compose, recording what was asked and forgotten. */
function oneNote(compose: PendingComposeFields | null, options: { failing?: boolean } = {}) {
  const asked: SentMail[] = [];
  const forgotten: string[] = [];
  const pending: PendingComposes = {
    remember: async () => undefined,
    find: async (sent) => {
      asked.push(sent);
      if (options.failing) throw new Error('storage is gone');
      const found: FoundCompose | null = compose ? { key: 'k1', compose: { ...compose, createdAt: 0, expiresAt: 1 } } : null;
      return found;
    },
    forget: async (key) => void forgotten.push(key),
  };
  return { pending, asked, forgotten };
}

const SEND = { host: 'gmail', to: ['ana@x.es', 'gestoria@x.es'], subject: 'Factura F-1 vencida', messageId: 'msg-a:r1', threadId: 'thread-a:r1' };

describe('attachPendingCompose', () => {
  it('logs a Gmail send without a template with the template, step and invoices of the compose it came from', async () => {
    const { pending, asked, forgotten } = oneNote(ANA);
    const send = await attachPendingCompose(handlerRequest('mail-sent', SEND), pending);
    expect(send.request).toEqual(handlerRequest('mail-sent', { ...SEND, templateId: ANA.templateId, step: 'overdue', invoiceIds: ['i1'] }));
    expect(asked).toEqual([{ to: SEND.to, subject: SEND.subject }]);
    expect(forgotten).toEqual([]);
    await send.settle(true);
    expect(forgotten).toEqual(['k1']);
  });

  it('keeps the text that was sent', async () => {
    const { pending } = oneNote(ANA);
    const sentText = 'Hola Ana,\nle recordamos la factura F-1.\n\n[quoted text left out]';
    const send = await attachPendingCompose(handlerRequest('mail-sent', { ...SEND, sentText }), pending);
    expect(send.request.input).toMatchObject({ templateId: ANA.templateId, sentText });
  });

  it('keeps the note when the send could not be logged, so a retry still finds it', async () => {
    const { pending, forgotten } = oneNote(ANA);
    const send = await attachPendingCompose(handlerRequest('mail-sent', SEND), pending);
    await send.settle(false);
    expect(forgotten).toEqual([]);
  });

  it('leaves out invoices when the template names none', async () => {
    const { pending } = oneNote({ ...ANA, invoiceIds: [] });
    const send = await attachPendingCompose(handlerRequest('mail-sent', SEND), pending);
    expect(send.request.input).toEqual({ ...SEND, templateId: ANA.templateId, step: 'overdue' });
  });

  it.each<[string, HandlerRequest]>([
    ['a send that names its template already', handlerRequest('mail-sent', { ...SEND, templateId: 'custom-7', step: 'call' })],
    ['a send from another mail host', handlerRequest('mail-sent', { ...SEND, host: 'outlook' })],
    ['a send the ledger would refuse', handlerRequest('mail-sent', { ...SEND, messageId: '' })],
    ['another handler', handlerRequest('event-log', { debtorId: 'd1', kind: 'email', channel: 'email', direction: 'outbound' })],
  ])('leaves %s as it came, without looking for a note', async (_label, request) => {
    const { pending, asked } = oneNote(ANA);
    const send = await attachPendingCompose(request, pending);
    expect(send.request).toBe(request);
    expect(asked).toEqual([]);
  });

  it.each<[string, PendingComposeFields | null, boolean]>([
    ['no note matches', null, false],
    ['the storage fails', ANA, true],
  ])('logs the send as it came when %s', async (_label, note, failing) => {
    const errors: unknown[] = [];
    const { pending, forgotten } = oneNote(note, { failing });
    const request = handlerRequest('mail-sent', SEND);
    const send = await attachPendingCompose(request, pending, (e) => errors.push(e));
    expect(send.request).toBe(request);
    await send.settle(true);
    expect(forgotten).toEqual([]);
    expect(errors).toHaveLength(failing ? 1 : 0);
  });
});
