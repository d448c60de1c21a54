// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../fixture-dom';
import { readThread } from '../thread';
import { accountFromTitle, ownAddresses } from './account';

describe('accountFromTitle', () => {
  it.each([
    ['Inbox (3) - Me@Example.com - Gmail', 'me@example.com'],
    ['Recibidos - cobros@estudiolumen.example - Gmail', 'cobros@estudiolumen.example'],
    ['Factura F-12 - ana@x.es - Gmail', 'ana@x.es'],
    ['Gmail', null],
    ['Factura a@b - pendiente - Gmail', null],
    ['', null],
  ])('%j → %j', (title, expected) => {
    expect(accountFromTitle(title)).toBe(expected);
  });
});

describe('ownAddresses', () => {
  it('adds the senders of messages authored in this account (msg-a ids)', () => {
    const result = readThread(loadFixture('thread-multi-collapsed.html'));
    if (!result.ok) throw new Error(result.problem.detail);
    expect([...ownAddresses('Gmail', result.thread)]).toEqual(['cobros@estudiolumen.example']);
  });

  it('knows the title address without a thread', () => {
    expect([...ownAddresses('Inbox - me@example.com - Gmail')]).toEqual(['me@example.com']);
  });
});
