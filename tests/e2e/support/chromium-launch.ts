// Chromium with the built extension (for the e2e suite and `npm start`): Debian's /usr/bin/chromium (nothing is
// downloaded), a fresh profile per test, every https://mail.google.com request answered by the
// fake Gmail, and a record of every request so a test fails if anything else was asked for.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { handlerRequest } from '../../../extension/messaging/protocol';
import { gmailFixtureResponse } from '../../fixtures/gmail/serve';
import { GMAIL_KNOBS_SCRIPT, isAllowedRequest } from './gmail-knobs';
import type { LedgerCall } from './mailbox-ledger';
import { CHROME_BUILD, CHROMIUM, chromiumArgs } from './paths';
import { isSiteRequest, SITE_ORIGINS, siteFixtureBody, siteFixtureFor } from './sites';

export const CHROMIUM_ARGS = chromiumArgs(CHROME_BUILD);

export interface CobroChromium {
  context: BrowserContext;
  extensionId: string;
  /** An extension page (the popup, opened in a tab) that talks to the background. */
  extensionPage: Page;
  /** A handler call from that page, through runtime messaging; resolves to its Result. */
  call: LedgerCall;
  /** The value of a call that must succeed. */
  value<T>(name: string, input: unknown): Promise<T>;
  /** Every request that went anywhere but the fixture origin or the extension itself. */
  strayRequests: string[];
  openGmail(url: string, page?: Page): Promise<Page>;
}

/** Lets the context see the service worker's requests too. */
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export interface LaunchOptions {
  headless?: boolean;
  args?: string[];
  /** A profile directory to keep between runs; '' (the default) is a fresh temporary one. */
  userDataDir?: string;
  /** Answer https://mail.google.com with the fake Gmail (default); false reaches the real one. */
  fakeGmail?: boolean;
  /** Another build of the extension (support/sites.ts makes one for which the fixture sites are granted). */
  extensionDir?: string;
  /** Serve the invoicing tools' fixture pages (support/sites.ts) at their addresses; routes to other fixtures by path. */
  sites?: { overrides?: Record<string, string> };
}

export async function launchCobroChromium(options: LaunchOptions = {}): Promise<CobroChromium> {
  const fakeGmail = options.fakeGmail ?? true;
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [...(options.extensionDir ? chromiumArgs(options.extensionDir) : CHROMIUM_ARGS), ...(options.args ?? [])],
  });
  const strayRequests: string[] = [];
  const sites = options.sites;
  context.on('request', (request) => {
    const url = request.url();
    if (!isAllowedRequest(url) && !(sites && isSiteRequest(url))) strayRequests.push(`${request.method()} ${url}`);
  });
  if (sites) {
    for (const origin of SITE_ORIGINS) {
      await context.route(`${origin}/**`, async (route) => {
        const fixture = siteFixtureFor(route.request().url(), sites.overrides);
        if (fixture === null) await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
        else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: siteFixtureBody(fixture) });
      });
    }
  }
  if (fakeGmail) {
    await context.route('https://mail.google.com/**', async (route) => {
      const request = route.request();
      const answer = gmailFixtureResponse(request.url(), request.method(), request.postData() ?? undefined);
      await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body, ...(answer.headers ? { headers: answer.headers } : {}) });
    });
    await context.addInitScript({ content: GMAIL_KNOBS_SCRIPT });
  }

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);

  const call: LedgerCall = (name, input) =>
    extensionPage.evaluate((message) => chrome.runtime.sendMessage(message), handlerRequest(name, input));
  return {
    context,
    extensionId,
    extensionPage,
    call,
    async value<T>(name: string, input: unknown) {
      const result = (await call(name, input)) as { ok: boolean; value?: T; error?: unknown };
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    strayRequests,
    async openGmail(url, page) {
      const tab = page ?? (await context.newPage());
      await tab.goto(url);
      return tab;
    },
  };
}
