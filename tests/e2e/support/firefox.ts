// Firefox with the built extension, driven by puppeteer-core over WebDriver BiDi (Debian's
// /usr/bin/firefox-esr): the Firefox build installed as a temporary add-on with a known UUID
// (so its pages have a stable moz-extension:// address), every https://mail.google.com request
// answered by the fake Gmail through request interception, and every other request recorded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { handlerRequest } from '../../../extension/messaging/protocol';
import { gmailFixtureResponse } from '../../fixtures/gmail/serve';
import { GMAIL_KNOBS_SCRIPT, isAllowedRequest } from './gmail-knobs';
import type { LedgerCall } from './mailbox-ledger';
import { FIREFOX, FIREFOX_BUILD } from './paths';
import { isSiteRequest, siteFixtureBody, siteFixtureFor } from './sites';

export const GECKO_ID = 'cobro@cobro.app';
/** The internal UUID Firefox gives the add-on, fixed by a preference so its pages can be opened. */
export const EXTENSION_UUID = '5c0b6a1e-2f3d-4b7a-9c1e-0b5e3d7a9f21';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface CobroFirefox {
  browser: Browser;
  extensionPage: Page;
  call: LedgerCall;
  value<T>(name: string, input: unknown): Promise<T>;
  strayRequests: string[];
  /** A new tab with the fake Gmail routed, opened at `url`. */
  openGmail(url: string): Promise<Page>;
  /** A new tab with the invoicing tools' fixture pages routed (support/sites.ts), opened at `url`. */
  openSite(url: string): Promise<Page>;
  /** A new tab on one of the extension's pages. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** The body of a POST (BiDi hands it over on request only); undefined for other requests. */
async function postDataOf(request: HTTPRequest): Promise<string | undefined> {
  if (request.method() !== 'POST') return undefined;
  try {
    return (await request.fetchPostData()) ?? undefined;
  } catch {
    return undefined;
  }
}

export async function launchCobroFirefox(): Promise<CobroFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // WebDriver BiDi only navigates to moz-extension:// pages (the ledger page) with this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': 'en-US',
      // A site is turned on from Cobro's own click; the prompt that follows is answered yes (see support/sites.ts).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const strayRequests: string[] = [];

  const watch = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => void answer(request));
  };
  const answer = async (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith('https://mail.google.com/')) {
      const response = gmailFixtureResponse(url, request.method(), await postDataOf(request));
      await request.respond({ status: response.status, contentType: response.contentType, body: response.body, ...(response.headers ? { headers: response.headers } : {}) });
      return;
    }
    if (isSiteRequest(url)) {
      const fixture = siteFixtureFor(url);
      await request.respond(fixture === null ? { status: 404, contentType: 'text/plain', body: 'not found' } : { status: 200, contentType: 'text/html; charset=utf-8', body: siteFixtureBody(fixture) });
      return;
    }
    if (!isAllowedRequest(url)) {
      strayRequests.push(`${request.method()} ${url}`);
      await request.abort();
      return;
    }
    await request.continue();
  };

  await browser.installExtension(FIREFOX_BUILD);
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    page.on('request', (request: HTTPRequest) => {
      if (!isAllowedRequest(request.url())) strayRequests.push(`${request.method()} ${request.url()}`);
    });
    const url = `${EXTENSION_ORIGIN}/${path}`;
    // BiDi never reports the load of a moz-extension:// page as finished: start it, then wait for it.
    void page.goto(url).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      try {
        await page.waitForFunction((expected) => location.href === expected && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()) }, url);
        return page;
      } catch (error) {
        // Firefox can fail an evaluation made while the blank page gives way to the extension's
        // ("right-hand side of 'in' should be an object"): ask the new page again.
        if (!(error instanceof Error && /Protocol error/.test(String(error.cause ?? error.message))) || Date.now() >= deadline) throw error;
      }
    }
  };
  const extensionPage = await openExtensionPage('popup.html');
  const call: LedgerCall = (name, input) =>
    extensionPage.evaluate(
      (message) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(message),
      handlerRequest(name, input),
    );

  return {
    browser,
    extensionPage,
    call,
    async value<T>(name: string, input: unknown) {
      const result = (await call(name, input)) as { ok: boolean; value?: T; error?: unknown };
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    strayRequests,
    async openGmail(url) {
      const page = await browser.newPage();
      await watch(page);
      await page.evaluateOnNewDocument(GMAIL_KNOBS_SCRIPT);
      await page.goto(url);
      return page;
    },
    async openSite(url) {
      const page = await browser.newPage();
      await watch(page);
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    close: () => browser.close(),
  };
}

// ------------------------------------------------------------------ the page, through shadow roots

/**
 * Waits for an element anywhere, shadow roots included (puppeteer's deep combinator). Polled:
 * waitForSelector watches the document for mutations, and changes inside a shadow root are not
 * mutations of the document.
 */
export async function deep(page: Page, selector: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const found = await waitUntil(() => page.$(`>>> ${selector}`), (element) => element !== null, timeout);
  if (!found) throw new Error(`nothing matches ${selector} (shadow roots included) after ${timeout} ms`);
  return found;
}

/** How many elements match, shadow roots included. */
export async function countDeep(page: Page, selector: string): Promise<number> {
  return (await page.$$(`>>> ${selector}`)).length;
}

/** The text of the first match, shadow roots included; '' when nothing matches. */
export async function textDeep(page: Page, selector: string): Promise<string> {
  const element = await page.$(`>>> ${selector}`);
  return element ? ((await element.evaluate((e) => e.textContent)) ?? '') : '';
}

/**
 * Clicks Gmail's Reply link. Puppeteer clicks at the point where the link was a moment before, and
 * Cobro's chips and reply lines, drawn a moment after the thread, can move it down from there
 * (Playwright waits for a still element; Puppeteer does not). The link's own click is what a
 * user's click on it does.
 */
export async function clickReply(page: Page): Promise<void> {
  const link = await deep(page, 'span.ams.bkH');
  await link.evaluate((element) => (element as HTMLElement).click());
}

/** Clicks the first button (or role=button/link) under `scope` whose text is `label`. */
export async function clickByText(page: Page, scope: string, label: string): Promise<void> {
  const element = await deep(page, `${scope} ::-p-text(${label})`);
  await element.click();
}

/** Types into the field labelled `label` under `scope` (a <label for> in the same shadow root). */
export async function fillLabelled(page: Page, scope: string, label: string, text: string): Promise<void> {
  const container = await deep(page, scope);
  const field = await container.evaluateHandle((root, wanted) => {
    const labels = [...root.querySelectorAll('label')];
    const match = labels.find((l) => (l.textContent ?? '').trim() === wanted);
    const id = match?.getAttribute('for');
    return id ? (root.getRootNode() as Document | ShadowRoot).getElementById(id) : null;
  }, label);
  const input = field.asElement() as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error(`no field labelled "${label}" in ${scope}`);
  await input.click({ count: 3 });
  await input.type(text);
}

/** Polls `read` until `accept` holds or the time is up; returns the last value read. */
export async function waitUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

// ------------------------------------------------------------------ accessibility

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown; html: string }>;
}

/**
 * axe-core injected into the page (page.evaluate is not bound by the page's CSP), run on the
 * elements matching `include` and on everything inside their shadow roots.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  return page.evaluate(async (selector) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  }, include ?? null);
}
