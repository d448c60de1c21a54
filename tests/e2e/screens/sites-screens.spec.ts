// Screenshots of turning Cobro on for an invoicing tool's site: the toolbar popup over the tool's
// page, and the workspace's Sites view, in English and Spanish.
//
// The popup learns the tab's address only from the toolbar click (activeTab). Headless Chromium
// has no toolbar to click, but the DevTools protocol's Extensions.triggerAction (allowed over
// Playwright's pipe with --enable-unsafe-extension-debugging) runs the extension's action over a
// tab exactly as the click does: Chromium opens the real popup and grants activeTab on that tab.
// Playwright cannot take pictures of that popup (it is no tab), so the pictures are of popup.html
// in a tab of its own kept behind the tool's tab: it asks, as the popup does, for the active tab.
import { expect, test as base, type CDPSession, type Page } from '@playwright/test';
import { launchCobroChromium, type CobroChromium } from '../support/chromium-launch';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { look } from './look';
import { openWorkspace } from './workspace-page';

const TOOL = 'https://app.invoicing.co';
const TOOL_PAGE = '<!doctype html><html lang="en"><title>Invoices | Invoice Ninja</title><h1>Invoices</h1><p>INV-0042</p></html>';

const test = base.extend<{ cobro: CobroChromium }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  cobro: async ({}, use) => {
    const cobro = await launchCobroChromium({ args: ['--enable-unsafe-extension-debugging'] });
    try {
      // The tool's pages are answered here; nothing else may be asked for.
      await cobro.context.route(`${TOOL}/**`, (route) => route.fulfill({ contentType: 'text/html', body: TOOL_PAGE }));
      await use(cobro);
      expect(cobro.strayRequests.filter((request) => !request.includes(` ${TOOL}/`)), 'requests outside the fixture origins').toEqual([]);
    } finally {
      await cobro.context.close();
    }
  },
});

/** A browser-wide DevTools session over Playwright's own pipe (a persistent context does not hand out its Browser). */
async function browserSession(cobro: CobroChromium): Promise<CDPSession> {
  const browser = cobro.context.browser() ?? (cobro.context as unknown as { _browser?: { newBrowserCDPSession(): Promise<CDPSession> } })._browser;
  if (!browser) throw new Error('no browser-wide DevTools session');
  return browser.newBrowserCDPSession();
}

/** Runs Cobro's toolbar button over the tab showing `url`, as a user's click does (activeTab is granted on it). */
async function clickToolbarButton(cobro: CobroChromium, url: string): Promise<void> {
  const session = await browserSession(cobro);
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { targetId: string; url: string }[] };
  const tab = targetInfos.find((target) => target.url === url);
  if (!tab) throw new Error(`no tab at ${url}`);
  await session.send('Extensions.triggerAction' as never, { id: cobro.extensionId, targetId: tab.targetId } as never);
}

/** popup.html in a tab behind the tool's tab, so the tab it asks about is the tool's. */
async function popupOverTool(cobro: CobroChromium, lang: 'en' | 'es'): Promise<{ tool: Page; popup: Page }> {
  await seedMailboxLedger(cobro.call, new Date());
  await cobro.value('settings-set', { patch: { uiLanguage: lang } });
  const tool = await cobro.context.newPage();
  await tool.goto(`${TOOL}/invoices`);
  await clickToolbarButton(cobro, `${TOOL}/invoices`);
  const popup = await cobro.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await tool.bringToFront();
  await popup.goto(`chrome-extension://${cobro.extensionId}/popup.html`);
  await expect(popup.locator('.cobro-row-button').first()).toBeVisible();
  return { tool, popup };
}

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';

  test(`popup over an invoicing tool, off (${lang})`, async ({ cobro }) => {
    const { popup } = await popupOverTool(cobro, lang);
    const site = popup.locator('[data-cobro="popup-site"]');
    await expect(site).toHaveAttribute('data-state', 'off');
    await expect(site.getByRole('heading')).toHaveText(lang === 'en' ? 'Use Cobro on app.invoicing.co' : 'Usar Cobro en app.invoicing.co');
    await look(popup, `${prefix}sites-popup-off`, { fullPage: true });
  });

  test(`workspace Sites view, no site yet (${lang})`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call, new Date());
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openWorkspace(cobro, '#/sites', 800);
    await expect(page.locator('[data-cobro="sites-empty"]')).toBeVisible();
    await look(page, `${prefix}sites-workspace-empty`);
  });
}

// What a real click on "Turn on for this site" does in headless Chromium: the click is a user
// gesture, so permissions.request is accepted and Chromium shows its prompt, which nobody can
// answer headless: the request neither resolves nor fails, and nothing is granted.
test('turning on from the popup’s click in headless Chromium leaves the browser asking', async ({ cobro }) => {
  const { popup } = await popupOverTool(cobro, 'en');
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Turn on for this site' }).click();
  await expect(popup.getByRole('button', { name: 'Turn on for this site' })).toBeDisabled();
  await popup.waitForTimeout(3000);
  await expect(popup.getByRole('button', { name: 'Turn on for this site' })).toBeDisabled();
  expect(await popup.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), `${TOOL}/*`)).toBe(false);
});
