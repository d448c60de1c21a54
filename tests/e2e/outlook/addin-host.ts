// Serves the built add-in at https://localhost:3000 through Playwright routing, office.js from
// the fake host, and a test-only seed page; records every request pages make, and aborts
// anything else so a request of the add-in's own would show up and fail.
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, BrowserContext, LaunchOptions, Page } from '@playwright/test';
import { ADDIN_BUILD } from './addin-build';
import { STATE_KEY, type FakeState } from './fake-mailbox';

export const ADDIN_ORIGIN = 'https://localhost:3000';

/** Playwright's options for the pane's browser: Debian's Chromium, kept off the network. */
export const ADDIN_BROWSER: { browserName: 'chromium'; launchOptions: LaunchOptions } = {
  browserName: 'chromium',
  launchOptions: {
    executablePath: process.env.COBRO_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  },
};
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SEED_PATH = '/__e2e/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

const FAKE_OFFICE = readFileSync(resolve(import.meta.dirname, 'fake-office.js'), 'utf8');

export interface AddinSession {
  context: BrowserContext;
  /** Every URL any page of the context asked for, in order. */
  requests: string[];
  /** A page on the add-in's origin with the seed helpers, for setting up and checking. */
  seedPage: Page;
}

export async function openAddinSession(browser: Browser, seedScript: string): Promise<AddinSession> {
  const context = await browser.newContext();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.href === OFFICE_JS) return route.fulfill({ status: 200, contentType: TYPES['.js'], body: FAKE_OFFICE });
    if (url.origin !== ADDIN_ORIGIN) return route.abort('blockedbyclient');
    if (url.pathname === `${SEED_PATH}seed.js`) return route.fulfill({ status: 200, contentType: TYPES['.js'], body: seedScript });
    if (url.pathname === `${SEED_PATH}seed.html`) {
      return route.fulfill({
        status: 200,
        contentType: TYPES['.html'],
        body: '<!doctype html><html lang="en"><head><title>seed</title><script src="/__e2e/seed.js"></script></head><body></body></html>',
      });
    }
    const file = normalize(join(ADDIN_BUILD, decodeURIComponent(url.pathname)));
    if (!file.startsWith(ADDIN_BUILD) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  const seedPage = await context.newPage();
  await seedPage.goto(`${ADDIN_ORIGIN}${SEED_PATH}seed.html`);
  return { context, requests, seedPage };
}

export async function writeMailbox(page: Page, state: FakeState): Promise<void> {
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STATE_KEY, JSON.stringify(state)] as const);
}

export async function readMailbox(page: Page): Promise<FakeState> {
  return page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? 'null'), STATE_KEY);
}

/** Requests to anywhere but the add-in's own origin and the (routed) office.js. */
export function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => url !== OFFICE_JS && !url.startsWith(`${ADDIN_ORIGIN}/`));
}
