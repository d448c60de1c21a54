// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { senderToLookUp } from './thread-sender';
import { isBareLookup } from './lookup';

const TITLE = 'Factura F-2025-014 pendiente - cobros@estudiolumen.example - Gmail';
const sender = (email: string) => `<span class="gD" email="${email}">x</span>`;
const thread = (...senders: string[]) => `<h2 class="hP" data-thread-perm-id="thread-f:1">s</h2>${senders.map(sender).join('')}`;

describe('senderToLookUp', () => {
  it.each([
    ['the first sender who is not the account', TITLE, thread('cobros@estudiolumen.example', 'Pagos@TalleresRuiz.example'), 'pagos@talleresruiz.example'],
    ['a thread with only the account writing', TITLE, thread('COBROS@estudiolumen.example'), null],
    ['no thread open (the inbox)', TITLE, sender('pagos@talleresruiz.example'), null],
    ['a title without the account: the first sender', 'Gmail', thread('cobros@estudiolumen.example'), 'cobros@estudiolumen.example'],
  ])('%s', (_case, title, html, expected) => {
    document.title = title;
    document.body.innerHTML = html;
    const found = senderToLookUp(document);
    expect(found?.email ?? null).toBe(expected);
    if (found) expect(found.threadId).toBe('thread-f:1');
  });
});

describe('isBareLookup', () => {
  it.each([
    [{ type: 'bare-lookup', email: 'a@b.example' }, true],
    [{ type: 'bare-lookup', email: '' }, false],
    [{ type: 'bare-lookup', email: 'a'.repeat(321) }, false],
    [{ type: 'handler', email: 'a@b.example' }, false],
    ['bare-lookup', false],
    [null, false],
  ])('%j → %s', (message, expected) => {
    expect(isBareLookup(message)).toBe(expected);
  });
});
