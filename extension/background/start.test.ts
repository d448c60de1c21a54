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
import { chase } from '../messaging/protocol';
import { siteTurnedOn } from '../messaging/site-turned-on';
import { SITE_SCRIPT_FILE, SITE_SCRIPT_ID } from './site-scripts';
import { installSiteApis } from './test-site-apis';
import { catalogOf, uiCatalogRequest } from '../messaging/ui-catalog';
import { createTranslatorFor } from '../../shared/i18n/translator';
import { MAILBOX_PROFILE } from '../../tests/e2e/support/mailbox-ledger';

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

let sites: ReturnType<typeof installSiteApis>;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  sites = installSiteApis();
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
    const allTabs = await fakeBrowser.tabs.query({});
    vi.spyOn(browser.tabs, 'query').mockImplementation((async (info: { url?: string[] }) =>
      info.url?.join(' ') === GMAIL_TABS ? allTabs.filter((tab) => tab.url?.startsWith('https://mail.google.com/')) : allTabs) as never);
    const notices: unknown[] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => void notices.push([tabId, message])) as never);

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

  it('gives a content script the UI catalog of its language, parsed', async () => {
    startBackground({ dbName: freshDbName() });
    const catalog = catalogOf(await deliver(uiCatalogRequest('es'), GMAIL_SENDER).answered);
    expect(catalog).not.toBeNull();
    expect(createTranslatorFor(catalog!, 'es-ES')('chip.daysLate', { days: 3 })).toBe('3 días de retraso');
  });

  describe('on the invoicing sites the user turned on', () => {
    const NINJA = 'https://app.invoicing.co';
    const siteSender = (tabId: number, url = `${NINJA}/invoices`) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url }, frameId: 0 });

    it('registers the script when the popup says a site was granted, and runs it in the tab at once', async () => {
      startBackground({ dbName: freshDbName() });
      const tab = await fakeBrowser.tabs.create({ url: `${NINJA}/invoices` });
      sites.grant(`${NINJA}/*`);
      expect(await deliver(siteTurnedOn(NINJA, tab.id)).answered).toEqual({ ok: true, state: 'running' });
      expect(sites.state.registered).toEqual([{ id: SITE_SCRIPT_ID, matches: [`${NINJA}/*`], js: [SITE_SCRIPT_FILE], runAt: 'document_idle' }]);
      expect(sites.state.executed).toEqual([{ tabId: tab.id, files: [SITE_SCRIPT_FILE] }]);
      // The grant's own event comes too: the tab is not started twice.
      sites.grant(`${NINJA}/*`);
      await new Promise((settled) => setTimeout(settled, 20));
      expect(sites.state.executed).toHaveLength(1);
      // Revoked in the browser's settings: the registration goes with it.
      sites.revoke(`${NINJA}/*`);
      await vi.waitFor(() => expect(sites.state.registered).toEqual([]));
    });

    it('takes the notice only from an extension page, and only for a granted site', async () => {
      startBackground({ dbName: freshDbName() });
      const tab = await fakeBrowser.tabs.create({ url: `${NINJA}/invoices` });
      expect(await deliver(siteTurnedOn(NINJA, tab.id)).answered).toEqual({ ok: true, state: 'not-granted' });
      sites.grant(`${NINJA}/*`);
      const returned = await fakeBrowser.runtime.onMessage.trigger(siteTurnedOn(NINJA, tab.id), siteSender(tab.id!) as never, () => undefined);
      expect(returned).toEqual([false]);
      expect(sites.state.executed).toEqual([]);
    });

    it('starts the script in the site’s open tabs when the grant arrives without the popup’s notice', async () => {
      startBackground({ dbName: freshDbName() });
      const tab = await fakeBrowser.tabs.create({ url: `${NINJA}/invoices` });
      vi.spyOn(browser.tabs, 'query').mockImplementation((async (info: { url?: string }) => (info.url === `${NINJA}/*` ? [tab] : [])) as never);
      sites.grant(`${NINJA}/*`);
      await vi.waitFor(() => expect(sites.state.executed).toEqual([{ tabId: tab.id, files: [SITE_SCRIPT_FILE] }]));
      expect(sites.state.registered).toHaveLength(1);
    });

    it('answers a granted site’s script, within its handlers, and nothing once the site is revoked', async () => {
      startBackground({ dbName: freshDbName() });
      must(await deliver(handlerRequest('debtor-create', { name: 'Ana', emails: ['ana@x.es'] })).answered);
      sites.grant(`${NINJA}/*`);
      const lookup = handlerRequest('debtor-lookup', { emails: ['ana@x.es'] });
      expect(must(await deliver(lookup, siteSender(3)).answered)).toEqual([expect.objectContaining({ matchedEmails: ['ana@x.es'] })]);
      // Not a site's business: the whole list of customers.
      const refused = await fakeBrowser.runtime.onMessage.trigger(handlerRequest('debtor-list', {}), siteSender(3) as never, () => undefined);
      expect(refused).toEqual([false]);
      sites.revoke(`${NINJA}/*`);
      expect(await deliver(lookup, siteSender(3)).answered).toBeNull();
      // A site never turned on gets nothing either.
      expect(await deliver(lookup, siteSender(3, 'https://evil.example/x')).answered).toBeNull();
    });

    it('chase opens a Gmail compose with the recommended template, and its send is logged with it', async () => {
      startBackground({ dbName: freshDbName() });
      must(await deliver(handlerRequest('settings-set', { patch: MAILBOX_PROFILE })).answered);
      const created = must(
        await deliver(
          handlerRequest('debtor-create', {
            name: 'Talleres Ruiz',
            emails: ['pagos@talleres-ruiz.es'],
            locale: 'es-ES',
            firstInvoice: { number: 'F-2026-0107', currency: 'EUR', amount: 123_456, dueDate: '2026-01-31' },
          }),
        ).answered,
      ) as { debtor: { id: string } };
      sites.grant(`${NINJA}/*`);
      const opened = await deliver(chase(created.debtor.id), siteSender(3)).answered;
      expect(opened).toEqual({ ok: true, template: true });
      const composeTab = (await fakeBrowser.tabs.query({})).find((tab) => tab.url?.startsWith('https://mail.google.com/'));
      const url = new URL(composeTab!.url!);
      expect(url.origin).toBe('https://mail.google.com');
      expect(url.searchParams.get('to')).toBe('pagos@talleres-ruiz.es');
      const subject = url.searchParams.get('su')!;
      expect(url.searchParams.get('body')).toContain('F-2026-0107');
      const sent = (await deliver(handlerRequest('mail-sent', { host: 'gmail', to: ['pagos@talleres-ruiz.es'], subject, messageId: 'm1' }), GMAIL_SENDER)
        .answered) as { value: { logged: Array<Record<string, unknown>> } };
      expect(sent.value.logged).toEqual([expect.objectContaining({ debtorId: created.debtor.id, templateId: expect.any(String), step: expect.any(String) })]);
    });
  });
});
