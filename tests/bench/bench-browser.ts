// Chromium for the bench: Debian's /usr/bin/chromium, headless with DESIGN.md's flags, one
// unpacked extension, https://mail.google.com answered by the fake Gmail, and a generated ledger
// written into the extension's own IndexedDB from one of its pages.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { GMAIL_KNOBS_SCRIPT } from '../e2e/support/gmail-knobs';
import { CHROMIUM, chromiumArgs } from '../e2e/support/paths';
import { gmailFixtureResponse } from '../fixtures/gmail/serve';
import type { LedgerLoad, LedgerLoadRequest, LedgerLoadResult } from './ledger-loader';
import type * as Probes from './page-probes';

export type PageProbes = typeof Probes;

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Closes the browser; later calls wait for the same close. */
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir: string): Promise<BenchBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  try {
    await context.route('https://mail.google.com/**', async (route) => {
      const request = route.request();
      const answer = gmailFixtureResponse(request.url(), request.method(), request.postData() ?? undefined);
      await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    let closing: Promise<void> | undefined;
    return { context, extensionId: new URL(worker.url()).host, close: () => (closing ??= context.close()) };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Generates the ledger inside one of the extension's pages (`pagePath`) and writes it into that
 * origin's IndexedDB. The loader's source is evaluated through the DevTools protocol, which the
 * page's CSP (scripts from 'self' only) does not apply to.
 */
export async function loadLedgerInto(
  browser: BenchBrowser,
  pagePath: string,
  loaderSource: string,
  request: LedgerLoadRequest,
): Promise<{ page: Page; result: LedgerLoadResult }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${pagePath}`);
  await page.evaluate(loaderSource);
  const result = await page.evaluate((r) => (globalThis as unknown as { cobroBenchLoad: LedgerLoad }).cobroBenchLoad(r), request);
  return { page, result };
}

/** A tab for Gmail, not yet navigated, with the page probes in its own world from the first script on. */
export async function newGmailTab(browser: BenchBrowser, probesSource: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript({ content: `${GMAIL_KNOBS_SCRIPT}\n${probesSource}` });
  return page;
}

/** The page's global the probes install themselves as (page-probes.ts, bundled by bench-builds.ts). */
export interface ProbeWindow {
  cobroBenchProbes: PageProbes;
}
