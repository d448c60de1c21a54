import { describe, expect, it } from 'vitest';
import { openWorkspace, PROTOCOL } from '../messaging/protocol';
import type { OwnContexts } from '../messaging/sender';
import { acceptOpenWorkspace, workspaceUrl } from './open-workspace';

const OWN: OwnContexts = { extensionId: 'cobro', extensionBaseUrl: 'chrome-extension://cobro/', contentScriptOrigins: ['https://mail.google.com'] };
const GMAIL_TAB = { id: 'cobro', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 3 } };

describe('acceptOpenWorkspace', () => {
  it.each([
    ['from our Gmail content script', openWorkspace('setup'), GMAIL_TAB, true],
    ['from our own page', openWorkspace('setup'), { id: 'cobro', url: 'chrome-extension://cobro/popup.html' }, true],
    ['from another extension', openWorkspace('setup'), { ...GMAIL_TAB, id: 'other' }, false],
    ['from a page we do not run on', openWorkspace('setup'), { id: 'cobro', url: 'https://evil.example/', tab: { id: 4 } }, false],
    ['to an unknown place', { protocol: PROTOCOL, type: 'open-workspace', place: 'backup' }, GMAIL_TAB, false],
    ['with more fields', { ...openWorkspace('setup'), url: 'https://evil.example' }, GMAIL_TAB, false],
  ])('%s: %s', (_what, message, sender, accepted) => {
    expect(acceptOpenWorkspace(message, sender, OWN) !== null).toBe(accepted);
  });
});

describe('workspaceUrl', () => {
  it('points at the options page’s place', () => {
    expect(workspaceUrl('moz-extension://uuid/', 'setup')).toBe('moz-extension://uuid/options.html#/setup');
  });
});
