// The built launchevent.js in the conditions of classic Outlook on Windows' JavaScript-only
// runtime: a bare JavaScript engine with Office and OfficeRuntime and nothing else (no window,
// no document, no IndexedDB, no modules).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext, Script } from 'node:vm';
import { expect, test } from '@playwright/test';
import { Linter } from 'eslint';
import { ADDIN_BUILD, ensureAddinBuilt } from './addin-build';

let code = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await ensureAddinBuilt();
  code = readFileSync(join(ADDIN_BUILD, 'launchevent.js'), 'utf8');
});

type Callback = (result: { status: string; value?: unknown }) => void;
const answer = (value: unknown) => (...args: unknown[]) => (args[args.length - 1] as Callback)({ status: 'succeeded', value });

function bareRuntime(session: Record<string, string>) {
  const storage = new Map<string, string>();
  const actions = new Map<string, (event: unknown) => void>();
  const Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', RecipientsChanged: 'olkRecipientsChanged' },
    actions: { associate: (name: string, fn: (event: unknown) => void) => actions.set(name, fn) },
    context: {
      mailbox: {
        item: {
          itemType: 'message',
          conversationId: 'conv-9',
          to: { getAsync: answer([{ emailAddress: 'pagos@acme.example', displayName: 'Acme' }]) },
          cc: { getAsync: answer([]) },
          bcc: { getAsync: answer([]) },
          subject: { getAsync: answer('Factura F-1 vencida') },
          sessionData: { getAllAsync: answer(session) },
        },
      },
    },
  };
  const OfficeRuntime = {
    storage: {
      getItem: async (key: string) => storage.get(key) ?? null,
      setItem: async (key: string, value: string) => void storage.set(key, value),
      removeItem: async (key: string) => void storage.delete(key),
      getKeys: async () => [...storage.keys()],
    },
  };
  return { sandbox: { Office, OfficeRuntime, setTimeout, clearTimeout }, storage, actions };
}

function fire(actions: Map<string, (event: unknown) => void>): Promise<unknown> {
  return new Promise((resolve) => actions.get('onMessageSendHandler')?.({ completed: resolve }));
}

const MARK = {
  v: 1,
  sendId: 'cobro-js-1',
  debtorId: 'd-1',
  templateId: 'builtin:overdue:es',
  step: 'overdue',
  invoiceIds: ['i-1'],
  markedAt: '2026-03-02T09:00:00.000Z',
};

test('launchevent.js is one classic ES2017 script: no import, no export, nothing newer', () => {
  expect(() => new Script(code)).not.toThrow();
  const fatal = new Linter({ configType: 'flat' })
    .verify(code, { languageOptions: { ecmaVersion: 2017, sourceType: 'script' } })
    .filter((message) => message.fatal)
    .map((message) => message.message);
  expect(fatal).toEqual([]);
  expect(code).not.toMatch(/\bimport\s*\(/);
});

test('in a bare runtime a marked send is queued in OfficeRuntime.storage and allowed', async () => {
  const { sandbox, storage, actions } = bareRuntime({ cobro: JSON.stringify(MARK) });
  runInNewContext(code, sandbox);
  expect([...actions.keys()]).toEqual(['onMessageSendHandler']);
  expect(await fire(actions)).toEqual({ allowEvent: true });
  expect([...storage.keys()]).toEqual(['cobro.sent.cobro-js-1']);
  expect(JSON.parse(storage.get('cobro.sent.cobro-js-1')!)).toMatchObject({
    v: 1,
    sendId: 'cobro-js-1',
    debtorId: 'd-1',
    templateId: 'builtin:overdue:es',
    step: 'overdue',
    invoiceIds: ['i-1'],
    to: ['pagos@acme.example'],
    subject: 'Factura F-1 vencida',
    threadId: 'conv-9',
  });
});

test('in a bare runtime an unmarked send is allowed and nothing is queued', async () => {
  const { sandbox, storage, actions } = bareRuntime({});
  runInNewContext(code, sandbox);
  expect(await fire(actions)).toEqual({ allowEvent: true });
  expect(storage.size).toBe(0);
});

test('in a bare runtime a broken mailbox still lets the message go', async () => {
  const { sandbox, storage, actions } = bareRuntime({ cobro: JSON.stringify(MARK) });
  sandbox.Office.context.mailbox.item.to = { getAsync: () => { throw new Error('recipients unavailable'); } } as never;
  runInNewContext(code, sandbox);
  expect(await fire(actions)).toEqual({ allowEvent: true });
  expect(storage.size).toBe(0);
});
