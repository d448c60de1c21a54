import { describe, expect, it } from 'vitest';
import { createTestLedger, must } from '../../shared/ledger/test-ledger';
import { handlerRequest, PROTOCOL } from '../messaging/protocol';
import type { OwnContexts, SenderInfo } from '../messaging/sender';
import { acceptLedgerRequest, runLedgerRequest } from './ledger-requests';
import type { LedgerChange } from './ledger-changes';

const own: OwnContexts = {
  extensionId: 'cobro',
  extensionBaseUrl: 'chrome-extension://cobro/',
  contentScriptOrigins: ['https://mail.google.com'],
};
const gmailTab: SenderInfo = { id: 'cobro', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 2 } };

describe('acceptLedgerRequest', () => {
  it.each<[string, unknown, SenderInfo, boolean]>([
    ['a request from the Gmail content script', handlerRequest('debtor-lookup', { emails: [] }), gmailTab, true],
    ['a request from the popup', handlerRequest('followups-today', {}), { id: 'cobro', url: 'chrome-extension://cobro/popup.html' }, true],
    ['a request from another extension', handlerRequest('followups-today', {}), { id: 'evil', url: 'chrome-extension://evil/x.html' }, false],
    ['a request from a page that is not Gmail', handlerRequest('followups-today', {}), { id: 'cobro', url: 'https://evil.example/', tab: { id: 3 } }, false],
    ['another protocol version', { protocol: 'cobro/0', type: 'handler', name: 'x', input: {} }, gmailTab, false],
    ['an envelope with extra fields', { ...handlerRequest('followups-today', {}), extra: 1 }, gmailTab, false],
    ['a change notice (not a request)', { protocol: PROTOCOL, type: 'debtors-changed', debtorIds: [], all: true }, gmailTab, false],
    ['garbage', 'hello', gmailTab, false],
  ])('%s → %s', (_label, message, sender, accepted) => {
    expect(acceptLedgerRequest(message, sender, own) !== null).toBe(accepted);
  });
});

describe('runLedgerRequest', () => {
  it('answers a write and reports the debtors it changed', async () => {
    const ledger = createTestLedger();
    const changes: LedgerChange[] = [];
    const result = await runLedgerRequest(handlerRequest('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }), {
      handlers: ledger.handlers,
      onChange: (c) => changes.push(c),
    });
    const created = must(result) as { debtor: { id: string } };
    expect(changes).toEqual([{ debtorIds: [created.debtor.id], all: false }]);
  });

  it('answers a bad input with a typed error, writes nothing and reports no change', async () => {
    const ledger = createTestLedger();
    const changes: LedgerChange[] = [];
    const result = await runLedgerRequest(handlerRequest('debtor-create', { name: '', emails: 'not-a-list' }), {
      handlers: ledger.handlers,
      onChange: (c) => changes.push(c),
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe('invalid-input');
    expect(await ledger.db.debtors.count()).toBe(0);
    expect(changes).toEqual([]);
  });

  it('answers an unknown handler name with a typed error', async () => {
    const ledger = createTestLedger();
    const result = await runLedgerRequest(handlerRequest('drop-everything', {}), { handlers: ledger.handlers, onChange: () => undefined });
    expect(result.ok ? null : result.error.code).toBe('unknown-handler');
  });

  it('reports no change for a read', async () => {
    const ledger = createTestLedger();
    const changes: LedgerChange[] = [];
    must(await runLedgerRequest(handlerRequest('followups-today', {}), { handlers: ledger.handlers, onChange: (c) => changes.push(c) }));
    expect(changes).toEqual([]);
  });
});
