import { describe, expect, it } from 'vitest';
import { debtorDocumentPlace, openWorkspace, PROTOCOL } from '../messaging/protocol';
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
    ['to a debtor’s claim file', openWorkspace(debtorDocumentPlace('d-1', 'claim-file')), GMAIL_TAB, true],
    ['to a debtor’s letter, an odd id encoded', openWorkspace(debtorDocumentPlace('a/b c', 'letter')), GMAIL_TAB, true],
    ['to a debtor’s other place', { protocol: PROTOCOL, type: 'open-workspace', place: 'debtors/d-1/delete' }, GMAIL_TAB, false],
    ['to a place outside the workspace', { protocol: PROTOCOL, type: 'open-workspace', place: 'debtors/../../evil/claim-file' }, GMAIL_TAB, false],
    ['to an unknown place', { protocol: PROTOCOL, type: 'open-workspace', place: 'backup' }, GMAIL_TAB, false],
    ['with more fields', { ...openWorkspace('setup'), url: 'https://evil.example' }, GMAIL_TAB, false],
  ])('%s: %s', (_what, message, sender, accepted) => {
    expect(acceptOpenWorkspace(message, sender, OWN) !== null).toBe(accepted);
  });
});

describe('workspaceUrl', () => {
  it('points at the options page’s place', () => {
    expect(workspaceUrl('moz-extension://uuid/', 'setup')).toBe('moz-extension://uuid/options.html#/setup');
    expect(workspaceUrl('chrome-extension://cobro/', debtorDocumentPlace('a/b', 'letter'))).toBe('chrome-extension://cobro/options.html#/debtors/a%2Fb/letter');
  });
});
