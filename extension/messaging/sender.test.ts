import { describe, expect, it } from 'vitest';
import { isOwnSender, type SenderInfo } from './sender';

const own = {
  extensionId: 'abc',
  extensionBaseUrl: 'chrome-extension://abc/',
  contentScriptOrigins: ['https://mail.google.com'],
};

describe('isOwnSender', () => {
  it.each<[string, SenderInfo, boolean]>([
    ['the popup', { id: 'abc', url: 'chrome-extension://abc/popup.html' }, true],
    ['the Gmail content script', { id: 'abc', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 3 } }, true],
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/x.html' }, false],
    ['our id but a foreign page', { id: 'abc', url: 'https://evil.example/', tab: { id: 3 } }, false],
    ['a look-alike origin', { id: 'abc', url: 'https://mail.google.com.evil.example/', tab: { id: 3 } }, false],
    ['a page url without a tab', { id: 'abc', url: 'https://mail.google.com/' }, false],
    ['no id', { url: 'chrome-extension://abc/popup.html' }, false],
    ['a garbage url', { id: 'abc', url: 'not a url', tab: { id: 1 } }, false],
  ])('%s → %s', (_name, sender, expected) => {
    expect(isOwnSender(sender, own)).toBe(expected);
  });
});
