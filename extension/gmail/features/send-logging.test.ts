// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComposeView } from '../compose';
import { REPORTER_SOURCE } from '../page-reporter';
import type { SyncRequest } from '../sync';
import { sentTextOfHtml } from '../sent-text';
import { logSends, mailSentInput } from './send-logging';
import { TemplateInsertions } from './template-insertions';

const SYNC_URL = 'https://mail.google.com/sync/u/0/i/s?hl=es&c=4&rt=r&pt=ji';
const capture = (file: string) => readFileSync(join(import.meta.dirname, '..', '__fixtures__', 'sync', file), 'utf8');
const REPLY_SEND = capture('2022-09-09-cvOnReplySend_3_request.json');
const DRAFT_SAVE = capture('2022-09-09-cvOnDraftUpdate_2_request.json');

const request = (fields: Partial<SyncRequest>): SyncRequest => ({ kind: 'send', to: [], cc: [], bcc: [], ...fields });

describe('mailSentInput', () => {
  it.each<[string, SyncRequest, ReturnType<typeof mailSentInput>]>([
    ['a draft save', request({ kind: 'draft-save', messageId: 'msg-a:r1', to: ['a@x.es'] }), null],
    ['a send without a message id', request({ to: ['a@x.es'] }), null],
    ['a send to nobody', request({ messageId: 'msg-a:r1' }), null],
    [
      'a reply with cc and bcc, each address once',
      request({ messageId: 'msg-a:r1', threadId: 'thread-f:9', subject: ' Re: Factura ', to: ['a@x.es'], cc: ['b@x.es', 'a@x.es'], bcc: ['c@x.es'] }),
      { host: 'gmail', to: ['a@x.es', 'b@x.es', 'c@x.es'], messageId: 'msg-a:r1', threadId: 'thread-f:9', subject: 'Re: Factura' },
    ],
    [
      'a scheduled send, logged for when it leaves',
      request({ messageId: 'msg-a:r2', to: ['a@x.es'], scheduledAt: '2026-03-03T07:00:00.000Z' }),
      { host: 'gmail', to: ['a@x.es'], messageId: 'msg-a:r2', at: '2026-03-03T07:00:00.000Z' },
    ],
  ])('%s', (_label, sync, expected) => {
    expect(mailSentInput(sync)).toEqual(expected);
  });

  it.each<[string, string | undefined, string | undefined]>([
    ['the body as text', '<div>Hola</div>', 'Hola'],
    ['nothing for a body without words', '<div><br></div>', undefined],
    ['nothing without a body', undefined, undefined],
    ['a long body cut to what the ledger keeps', `<div>${'a'.repeat(30_000)}</div>`, `${'a'.repeat(19_996)}\n[…]`],
  ])('carries %s', (_label, bodyHtml, sentText) => {
    const input = mailSentInput(request({ messageId: 'msg-a:r1', to: ['a@x.es'], ...(bodyHtml === undefined ? {} : { bodyHtml }) }), undefined, sentTextOfHtml);
    expect(input?.sentText).toBe(sentText);
  });

  it('carries the template, step and invoices of a template inserted in that compose', () => {
    expect(
      mailSentInput(request({ messageId: 'msg-a:r1', to: ['a@x.es'] }), { templateId: 'builtin:overdue:es', step: 'overdue', invoiceIds: ['i1'] }),
    ).toEqual({ host: 'gmail', to: ['a@x.es'], messageId: 'msg-a:r1', templateId: 'builtin:overdue:es', step: 'overdue', invoiceIds: ['i1'] });
  });
});

describe('logSends', () => {
  function setup() {
    const logged: unknown[] = [];
    const controller = new AbortController();
    const insertions = new TemplateInsertions();
    logSends({
      win: window,
      signal: controller.signal,
      insertions,
      origin: 'https://mail.google.com',
      logSend: async (input) => void logged.push(input),
    });
    const post = (body: string, init: { origin?: string; source?: Window | null; url?: string } = {}) =>
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { source: REPORTER_SOURCE, url: init.url ?? SYNC_URL, body },
          origin: init.origin ?? 'https://mail.google.com',
          source: init.source === undefined ? window : init.source,
        }),
      );
    return { logged, controller, insertions, post };
  }

  it('logs a reported send once per report, with every recipient', () => {
    const { logged, post } = setup();
    post(REPLY_SEND);
    expect(logged).toEqual([
      {
        host: 'gmail',
        to: ['test+to@test.com', 'test+cc@test.com', 'test+cc2@test.com', 'test+bcc2@test.com'],
        messageId: 'msg-a:r7241715802500133864',
        threadId: 'thread-a:r-1030145228305804508',
        subject: 'Re: test subject',
        sentText: 'test reply body\nᐧ\n\n[quoted text left out]',
      },
    ]);
  });

  it.each<[string, string, { origin?: string; source?: Window | null; url?: string }]>([
    ['a draft save', DRAFT_SAVE, {}],
    ['a message from another origin', REPLY_SEND, { origin: 'https://evil.example' }],
    ['a message from another window', REPLY_SEND, { source: null }],
    ['a POST to another endpoint', REPLY_SEND, { url: 'https://mail.google.com/mail/u/0/' }],
    ['a body that is not JSON', 'not json', {}],
  ])('ignores %s', (_label, body, init) => {
    const { logged, post } = setup();
    post(body, init);
    expect(logged).toEqual([]);
  });

  it('attaches the template inserted in the compose whose draft was sent', () => {
    const { logged, insertions, post } = setup();
    const view = { root: {}, draftId: 'msg-a:r7241715802500133864', recipients: () => [] } as unknown as ComposeView;
    insertions.record(view, { templateId: 'builtin:firm:en', step: 'firm' });
    post(REPLY_SEND);
    expect(logged).toMatchObject([{ templateId: 'builtin:firm:en', step: 'firm', messageId: 'msg-a:r7241715802500133864' }]);
  });

  it('stops listening when its signal aborts', () => {
    const { logged, controller, post } = setup();
    controller.abort();
    post(REPLY_SEND);
    expect(logged).toEqual([]);
  });
});
