// Screenshots of the Gmail overlay in English and Spanish at 1366 px: the card and the Track form
// after the user goes to another thread (they close), the chip in the sender's header line, and
// the chip, card and picker on Gmail's Dark theme. axe checks our overlay only: the fake mailbox is
// a stand-in for Gmail, not something we ship.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, test, type CobroChromium } from '../support/chromium';
import { threadUrl } from '../support/gmail-knobs';
import { MAILBOX_THREADS, seedMailboxLedger } from '../support/mailbox-ledger';
import { look, SCREENS_DIR } from './look';

/** Gmail's Dark theme as far as colours go: a near-black page with light text, behind everything. */
const GMAIL_DARK_CSS = `
html, body { background: #1f1f1f !important; color: #e3e3e3 !important; }
body *:not([data-cobro]) { background-color: transparent !important; color: inherit !important; border-color: #444746 !important; }
a { color: #a8c7fa !important; }
`;

async function gmail(cobro: CobroChromium, token: string, options: { dark?: boolean } = {}): Promise<Page> {
  const page = await cobro.context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  if (options.dark) {
    await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      });
    }, GMAIL_DARK_CSS);
  }
  return cobro.openGmail(threadUrl(token), page);
}

const chip = (page: Page, debtorId: string) => page.locator(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`);
const go = (page: Page, token: string) => page.evaluate((value) => (location.hash = value), `#inbox/${token}`);
const OVERLAY = { chips: 'cobro-chip', panel: 'cobro-panel', compose: 'cobro-compose' } as const;

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';

  test(`gmail screens (${lang}): the card and the Track form close when the user goes to another thread`, async ({ cobro }) => {
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await gmail(cobro, MAILBOX_THREADS.ruiz);
    const card = page.locator('[data-cobro="debtor-card"]');

    await chip(page, ids.ruiz).last().click();
    await expect(card).toBeVisible();
    await look(page, `${prefix}30-gmail-card-open`, { axeInclude: [OVERLAY.chips, OVERLAY.panel] });

    await go(page, MAILBOX_THREADS.brightpixel);
    await expect(chip(page, ids.brightpixel)).toHaveCount(1);
    await expect(card).toHaveCount(0);
    await look(page, `${prefix}31-gmail-card-after-thread-change`, { axeInclude: [OVERLAY.chips] });

    await go(page, MAILBOX_THREADS.reformas);
    await page.locator('[data-cobro="track-sender"]').first().click();
    await expect(page.locator('[data-cobro="track-form"]')).toBeVisible();
    await go(page, MAILBOX_THREADS.ruiz);
    await expect(chip(page, ids.ruiz)).toHaveCount(2);
    await expect(page.locator('[data-cobro="track-form"]')).toHaveCount(0);
    await look(page, `${prefix}32-gmail-track-form-after-thread-change`, { axeInclude: [OVERLAY.chips] });
  });

  test(`gmail screens (${lang}): the chip in the sender's header line`, async ({ cobro }) => {
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await gmail(cobro, MAILBOX_THREADS.ruiz);
    await expect(chip(page, ids.ruiz)).toHaveCount(2);
    await look(page, `${prefix}33-gmail-chip-header-line`, { axeInclude: [OVERLAY.chips] });
    // A close-up of the last message's header line, to read the chip beside the address.
    const header = page.locator('div.adn', { has: chip(page, ids.ruiz) }).last().locator('h3.iw');
    await header.screenshot({ path: join(SCREENS_DIR, `${prefix}33-gmail-chip-header-line-close.png`) });
  });

  test(`gmail screens (${lang}): chip, card and picker on Gmail's Dark theme`, async ({ cobro }) => {
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await gmail(cobro, MAILBOX_THREADS.ruiz, { dark: true });
    await expect(chip(page, ids.ruiz)).toHaveCount(2);
    await expect(page.locator('cobro-chip').first()).toHaveAttribute('data-cobro-theme', 'dark');
    await look(page, `${prefix}34-gmail-dark-chips`, { axeInclude: [OVERLAY.chips] });

    await chip(page, ids.ruiz).last().click();
    await expect(page.locator('[data-cobro="debtor-card"]')).toBeVisible();
    await expect(page.locator('cobro-panel')).toHaveAttribute('data-cobro-theme', 'dark');
    await look(page, `${prefix}35-gmail-dark-card`, { axeInclude: [OVERLAY.chips, OVERLAY.panel] });
    await page.keyboard.press('Escape');

    await page.locator('.ams.bkH').first().click();
    await page.locator('[data-cobro="compose-button"]').click();
    const picker = page.locator('[data-cobro="template-picker"]');
    await expect(picker.locator('.cobro-preview-text')).not.toBeEmpty();
    await look(page, `${prefix}36-gmail-dark-picker`, { axeInclude: [OVERLAY.chips, OVERLAY.panel, OVERLAY.compose] });
  });
}
