// Chromium with the built Chrome extension (.output/chrome-mv3), a fresh profile, the
// fake Gmail answering https://mail.google.com, and every request recorded so the suite can
// insist the extension reached nothing else.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { gmailFixtureResponse } from '../../fixtures/gmail/serve';
import { GMAIL_KNOBS_SCRIPT } from '../support/gmail-knobs';
import { CHROME_BUILD, CHROMIUM, chromiumArgs } from '../support/paths';

export const WORKSPACE_BUILD = process.env.COBRO_WORKSPACE_BUILD ?? CHROME_BUILD;

export interface WorkspaceBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Requests to anything but the extension's own files and the routed fake Gmail. */
  strayRequests: string[];
  /** The workspace (the options page) at a route such as '#/import'. */
  openWorkspace(route?: string, page?: Page): Promise<Page>;
}

const OWN = /^(chrome-extension:|data:|blob:|about:)/;

export async function launchWorkspace(buildDir: string = WORKSPACE_BUILD): Promise<WorkspaceBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: chromiumArgs(buildDir),
  });
  const strayRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!OWN.test(url) && !url.startsWith('https://mail.google.com/')) strayRequests.push(`${request.method()} ${url}`);
  });
  await context.route('https://mail.google.com/**', async (route) => {
    const request = route.request();
    const answer = gmailFixtureResponse(request.url(), request.method(), request.postData() ?? undefined);
    await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body, ...(answer.headers ? { headers: answer.headers } : {}) });
  });
  await context.addInitScript({ content: GMAIL_KNOBS_SCRIPT });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    strayRequests,
    async openWorkspace(route = '', page) {
      const tab = page ?? (await context.newPage());
      await tab.goto(`chrome-extension://${extensionId}/options.html${route}`);
      return tab;
    },
  };
}
