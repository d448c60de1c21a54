import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { openCobroDb } from '../../shared/ledger/db';
import { freshDbName } from '../../shared/ledger/test-support';
import { composeOpened } from '../messaging/compose-opened';
import { DebtorsChanged, handlerRequest } from '../messaging/protocol';
import { BADGE_ALARM } from './badge';
import { localDateOf } from '../../shared/local-date';
import { SUMMARIES_DAY_KEY } from './daily-summaries';
import { startBackground } from './start';
import { GMAIL_TABS } from './tab-notices';

const POPUP = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
const GMAIL_SENDER = { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } };

/** The value of an answer that must be a success. */
function must(reply: unknown): unknown {
  const result = reply as { ok?: boolean; value?: unknown };
  if (result?.ok !== true) throw new Error(`expected a success, got ${JSON.stringify(reply)}`);
  return result.value;
}

/** Delivers a message the way the runtime does and resolves with what the background answered. */
function deliver(message: unknown, sender: { id?: string; url?: string; tab?: { id: number } } = POPUP): { answered: Promise<unknown> } {
  let answer: (value: unknown) => void = () => undefined;
  const answered = new Promise<unknown>((resolve) => (answer = resolve));
  void fakeBrowser.runtime.onMessage.trigger(message, sender as never, (reply: unknown) => answer(reply));
  return { answered };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('startBackground', () => {
  it('answers a ledger request delivered right after it starts', async () => {
    startBackground({ dbName: freshDbName() });
    const { answered } = deliver(handlerRequest('settings-get', {}));
    expect(await answered).toMatchObject({ ok: true, value: { uiLanguage: 'auto' } });
  });

  it('ignores a request from another extension', async () => {
    startBackground({ dbName: freshDbName() });
    const answers: unknown[] = [];
    const returned = await fakeBrowser.runtime.onMessage.trigger(
      handlerRequest('settings-get', {}),
      { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' } as never,
      (reply: unknown) => void answers.push(reply),
    );
    expect(returned).toEqual([false]);
    expect(answers).toEqual([]);
  });

  it('after a write, tells Gmail tabs which debtor changed and recounts the badge', async () => {
    startBackground({ dbName: freshDbName() });
    const gmail = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox' });
    await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    // The fake compares URLs exactly; the real query matches the pattern.
    const tabs = browser.tabs as unknown as Record<string, unknown>;
    const allTabs = await fakeBrowser.tabs.query({});
    tabs.query = vi.fn(async (info: { url?: string }) =>
      info.url === GMAIL_TABS ? allTabs.filter((tab) => tab.url?.startsWith('https://mail.google.com/')) : allTabs,
    );
    const notices: unknown[] = [];
    tabs.sendMessage = vi.fn(async (tabId: number, message: unknown) => void notices.push([tabId, message]));

    const { answered } = deliver(
      handlerRequest('debtor-create', {
        name: 'Ana',
        emails: ['ana@x.es'],
        firstInvoice: { number: 'F-1', currency: 'EUR', amount: 10_000, dueDate: '2020-01-31' },
      }),
      { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: gmail.id! } },
    );
    const created = (await answered) as { ok: true; value: { debtor: { id: string } } };
    await vi.waitFor(() => expect(notices).toHaveLength(1));
    const [tabId, notice] = notices[0] as [number, unknown];
    expect(tabId).toBe(gmail.id);
    expect(DebtorsChanged.parse(notice)).toEqual({ protocol: 'cobro/1', type: 'debtors-changed', debtorIds: [created.value.debtor.id], all: false });
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe('1'));
  });

  it('schedules the badge alarm on install and recounts when it rings', async () => {
    startBackground({ dbName: freshDbName() });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(async () => expect(await browser.alarms.get(BADGE_ALARM)).toMatchObject({ name: BADGE_ALARM, periodInMinutes: 30 }));
    await browser.action.setBadgeText({ text: 'stale' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: Date.now() } as never);
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe(''));
  });

  it('works out the debtor summaries once a day when the alarm rings, so the first list of the day is quick', async () => {
    const dbName = freshDbName();
    startBackground({ dbName });
    await deliver(handlerRequest('debtor-create', { name: 'Ana', emails: ['ana@x.es'] })).answered;
    const db = openCobroDb(dbName);
    await db.summaries.clear();
    await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: Date.now() } as never);
    await vi.waitFor(async () => expect((await browser.storage.local.get(SUMMARIES_DAY_KEY))[SUMMARIES_DAY_KEY]).toBe(localDateOf(new Date())));
    expect(await db.summaries.count()).toBe(1);
    // Later the same day: nothing to do.
    await db.summaries.clear();
    await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: Date.now() } as never);
    await new Promise((settled) => setTimeout(settled, 50));
    expect(await db.summaries.count()).toBe(0);
    db.close();
  });

  it('logs a Gmail send of a compose the popup opened with its template, step and invoices, after a restart in between', async () => {
    const dbName = freshDbName();
    startBackground({ dbName });
    const created = (await deliver(
      handlerRequest('debtor-create', {
        name: 'Ana',
        emails: ['ana@x.es'],
        locale: 'es-ES',
        firstInvoice: { number: 'F-1', currency: 'EUR', amount: 10_000, dueDate: '2020-01-31' },
      }),
    ).answered) as { value: { debtor: { id: string }; invoice: { id: string } } };
    const { debtor, invoice } = created.value;
    const noted = await deliver(
      composeOpened({ debtorId: debtor.id, templateId: 'builtin:legal:es', step: 'legal', invoiceIds: [invoice.id], subject: 'Factura F-1', to: ['ana@x.es'] }),
    ).answered;
    expect(noted).toEqual({ ok: true });

    // The service worker is stopped and started again: only what is stored survives.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    startBackground({ dbName });
    const send = (messageId: string) =>
      deliver(handlerRequest('mail-sent', { host: 'gmail', to: ['ana@x.es'], subject: 'Factura F-1', messageId }), GMAIL_SENDER).answered as Promise<{
        value: { logged: Array<Record<string, unknown>> };
      }>;
    const first = await send('msg-a:r1');
    expect(first.value.logged).toEqual([
      expect.objectContaining({ debtorId: debtor.id, templateId: 'builtin:legal:es', step: 'legal', invoiceIds: [invoice.id], subject: 'Factura F-1' }),
    ]);
    // The note was used up: another message with the same subject is a plain email.
    const second = await send('msg-a:r2');
    expect(second.value.logged).toHaveLength(1);
    expect(second.value.logged[0]).not.toHaveProperty('templateId');
    expect(second.value.logged[0]).not.toHaveProperty('step');
  });

  it('takes no compose note from a Gmail tab', async () => {
    startBackground({ dbName: freshDbName() });
    must(await deliver(handlerRequest('debtor-create', { name: 'Ana', emails: ['ana@x.es'] })).answered);
    const answers: unknown[] = [];
    const returned = await fakeBrowser.runtime.onMessage.trigger(
      composeOpened({ debtorId: 'd1', templateId: 'builtin:legal:es', step: 'legal', invoiceIds: [], subject: 'Factura F-1', to: ['ana@x.es'] }),
      GMAIL_SENDER as never,
      (reply: unknown) => void answers.push(reply),
    );
    expect(returned).toEqual([false]);
    const sent = (await deliver(handlerRequest('mail-sent', { host: 'gmail', to: ['ana@x.es'], subject: 'Factura F-1', messageId: 'm1' }), GMAIL_SENDER)
      .answered) as { value: { logged: Array<Record<string, unknown>> } };
    expect(sent.value.logged[0]).not.toHaveProperty('templateId');
    expect(answers).toEqual([]);
  });
});

