// Cobro on an invoicing tool's pages in Firefox (the MV2 build): the site is granted for real —
// the request comes from a click in an extension page, and Firefox answers its own prompt (the pref
// in support/firefox.ts) — the grant starts Cobro in the site's open tab, the chips and the card
// work there, and turning the site off stops it.
import { test as base, expect } from '@playwright/test';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { axeViolations, countDeep, deep, launchCobroFirefox, waitUntil, type CobroFirefox } from '../support/firefox';
import { NINJA } from '../support/sites';

const test = base.extend<{ cobro: CobroFirefox }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  cobro: async ({}, use) => {
    const cobro = await launchCobroFirefox();
    try {
      await use(cobro);
      expect(cobro.strayRequests, 'requests outside the fixture origins').toEqual([]);
    } finally {
      await cobro.close();
    }
  },
});

const PATTERN = `${NINJA}/*`;

test('a site turned on from a click gets Cobro in its open tab; turned off, it is left alone', async ({ cobro }) => {
  test.setTimeout(120_000);
  const ids = await seedMailboxLedger(cobro.call);
  const site = await cobro.openSite(`${NINJA}/invoices`);
  // Before the grant: nothing of Cobro's on the page.
  await new Promise((settled) => setTimeout(settled, 1000));
  expect(await countDeep(site, '[data-cobro="page-layer"]')).toBe(0);

  // The grant, from a real click in one of Cobro's pages (Firefox asks permissions.request for one).
  const page = cobro.extensionPage;
  await page.evaluate((pattern) => {
    const button = document.createElement('button');
    button.id = 'grant';
    button.textContent = 'grant';
    button.addEventListener('click', () => {
      const api = (globalThis as unknown as { browser: { permissions: { request(p: unknown): Promise<boolean> } } }).browser;
      delete document.body.dataset.granted;
      void api.permissions.request({ origins: [pattern] }).then(
        (granted) => (document.body.dataset.granted = String(granted)),
        (error: unknown) => (document.body.dataset.granted = `refused: ${String(error)}`),
      );
    });
    document.body.append(button);
  }, PATTERN);
  // A click Firefox did not count as the user's (seen once under load) is refused or left unanswered: click again.
  let answer = '';
  for (let attempt = 0; attempt < 3 && answer !== 'true'; attempt++) {
    await page.click('#grant');
    await page.waitForFunction(() => document.body.dataset.granted !== undefined, { timeout: 10_000 }).catch(() => undefined);
    answer = await page.evaluate(() => document.body.dataset.granted ?? '');
  }
  expect(answer).toBe('true');

  // The grant reached the background: the tab already open gets Cobro, and its chips.
  await site.bringToFront();
  const chip = await deep(site, `[data-cobro="status-chip"][data-debtor-id="${ids.ruiz}"]`, 15_000);
  expect(await countDeep(site, '[data-cobro="page-update"]')).toBe(2);
  expect(await axeViolations(site, 'cobro-layer')).toEqual([]);
  await chip.click();
  await deep(site, '[data-cobro="debtor-card"]');

  // Off again (the workspace's "Turn off" removes the permission): a reload shows the page alone.
  await page.evaluate((pattern) => (globalThis as unknown as { browser: { permissions: { remove(p: unknown): Promise<boolean> } } }).browser.permissions.remove({ origins: [pattern] }), PATTERN);
  await new Promise((settled) => setTimeout(settled, 500));
  await site.reload();
  await new Promise((settled) => setTimeout(settled, 2000));
  expect(await waitUntil(() => countDeep(site, '[data-cobro="page-layer"]'), (n) => n === 0, 3000)).toBe(0);
});
