import { describe, expect, it } from 'vitest';
import { autoReplyHeaders, readMessageContent } from './message-content';
import { answers, fails, mockOffice } from './office-mock';

describe('the headers that mark an automatic reply', () => {
  it.each([
    ['RFC 3834', 'Received: from a\r\nAuto-Submitted: auto-replied\r\nSubject: Fuera de la oficina\r\n', { 'auto-submitted': 'auto-replied' }],
    ['Exchange and others', 'X-Auto-Response-Suppress: All\nX-Autoreply: yes\nPrecedence: auto_reply\n', { 'x-auto-response-suppress': 'All', 'x-autoreply': 'yes', precedence: 'auto_reply' }],
    ['a folded value is joined', 'Auto-Submitted: auto-replied;\r\n\towner-email="ana@acme.es"\r\n', { 'auto-submitted': 'auto-replied; owner-email="ana@acme.es"' }],
    ['other headers are not kept', 'From: Ana <ana@acme.es>\nSubject: Re: factura\n', {}],
    ['the first of a repeated header wins', 'Precedence: bulk\nPrecedence: auto_reply\n', { precedence: 'bulk' }],
    ['nothing', '', {}],
  ])('%s', (_name, block, expected) => {
    expect(autoReplyHeaders(block)).toEqual(expected);
  });
});

describe('reading a message for the reply reader', () => {
  const sent = new Date('2026-12-02T09:00:00.000Z');

  it('reads the text, the sent time and the headers, as text', async () => {
    const calls: unknown[][] = [];
    const office = mockOffice({});
    const item = {
      body: { getAsync: answers('Le pagamos el viernes.\n\n> El mar…', calls) },
      getAllInternetHeadersAsync: answers('Auto-Submitted: no\r\n'),
      dateTimeCreated: sent,
    } as unknown as Office.MessageRead;
    expect(await readMessageContent(office, item)).toEqual({
      text: 'Le pagamos el viernes.\n\n> El mar…',
      sentAt: '2026-12-02T09:00:00.000Z',
      headers: { 'auto-submitted': 'no' },
    });
    expect(calls).toEqual([['text']]);
  });

  it('leaves out what an older Outlook cannot give, and what fails', async () => {
    const office = mockOffice({});
    expect(await readMessageContent(office, {} as Office.MessageRead)).toEqual({ text: '', sentAt: null, headers: {} });
    const failing = {
      body: { getAsync: fails(9020, 'generic') },
      getAllInternetHeadersAsync: fails(9020, 'generic'),
      dateTimeCreated: new Date('nonsense'),
    } as unknown as Office.MessageRead;
    expect(await readMessageContent(office, failing)).toEqual({ text: '', sentAt: null, headers: {} });
  });
});
