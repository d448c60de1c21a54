// Screenshots of the surfaces a user reads, in English and Spanish at 1366 px, written to
// screens/ (not committed) to be looked at; look() also fails on overflow, clipped text and axe.
import type { Page } from '@playwright/test';
import { expect, test, type CobroChromium } from '../support/chromium';
import { threadUrl } from '../support/gmail-knobs';
import { MAILBOX_THREADS, seedMailboxLedger } from '../support/mailbox-ledger';
import { trackedLateDebtor } from '../support/true-reminders';
import { look } from './look';

/** The fake mailbox is a stand-in for Gmail's page; axe checks only what Cobro draws on it. */
const OVERLAY = { axeOverlayOnly: true };

async function shot(page: Page, name: string): Promise<void> {
  const onGmail = page.url().startsWith('http');
  await look(page, name, onGmail ? OVERLAY : {});
}

async function gmail(cobro: CobroChromium, token: string): Promise<Page> {
  const page = await cobro.context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  return cobro.openGmail(threadUrl(token), page);
}

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';

  test(`screens (${lang}): the picker for each customer, the card at the phone step, the call guide`, async ({ cobro }) => {
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('debtor-create', trackedLateDebtor());
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await gmail(cobro, MAILBOX_THREADS.ruiz);
    for (const [key, token] of [['ruiz', MAILBOX_THREADS.ruiz], ['sonrisa', MAILBOX_THREADS.sonrisa], ['reformas', MAILBOX_THREADS.reformas]] as const) {
      await page.evaluate((t) => (location.hash = `#inbox/${t}`), token);
      await page.locator('.ams.bkH').first().click();
      await page.locator('[data-cobro="compose-button"]').click();
      const picker = page.locator('[data-cobro="template-picker"]');
      await expect(picker.locator('.cobro-preview-text')).not.toBeEmpty();
      await shot(page, `${prefix}12-picker-${key}`);
      await picker.locator('button.cobro-primary').click();
      await expect(picker).toHaveCount(0);
      await shot(page, `${prefix}12-inserted-${key}`);
      await page.locator('.ip.adB [aria-label="Descartar borrador"]').click();
    }
    await page.evaluate((t) => (location.hash = `#inbox/${t}`), MAILBOX_THREADS.ruiz);
    await page.locator(`[data-cobro="status-chip"][data-debtor-id="${ids.ruiz}"]`).first().click();
    const card = page.locator('[data-cobro="debtor-card"]');
    await expect(card).toBeVisible();
    await shot(page, `${prefix}12-card-no-phone`);
    await cobro.value('debtor-update', { id: ids.ruiz, patch: { phone: '+34 944 000 123' } });
    await page.reload();
    await page.locator(`[data-cobro="status-chip"][data-debtor-id="${ids.ruiz}"]`).first().click();
    await expect(page.locator('[data-cobro="call-guide"]')).toBeVisible();
    await page.locator('[data-cobro="call-guide"]').scrollIntoViewIfNeeded();
    await shot(page, `${prefix}12-card-call-guide`);
  });

  test(`screens (${lang}): a fresh install asks for the setup in the popup, the workspace and the picker`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang, business: { name: '' }, senderName: '', signature: '', paymentMethods: [] } });
    const popup = await cobro.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${cobro.extensionId}/popup.html`);
    await expect(popup.locator('body')).not.toBeEmpty();
    await popup.waitForTimeout(500);
    await shot(popup, `${prefix}12-popup-setup`);
    const workspace = await cobro.context.newPage();
    await workspace.setViewportSize({ width: 1366, height: 900 });
    await workspace.goto(`chrome-extension://${cobro.extensionId}/options.html`);
    await expect(workspace.locator('form').first()).toBeVisible();
    await shot(workspace, `${prefix}12-workspace-setup`);
    await workspace.goto(`chrome-extension://${cobro.extensionId}/options.html#/settings`);
    await workspace.waitForTimeout(500);
    await workspace.setViewportSize({ width: 1366, height: 2400 });
    await shot(workspace, `${prefix}12-workspace-settings`);
    const page = await gmail(cobro, MAILBOX_THREADS.sonrisa);
    await page.locator('.ams.bkH').first().click();
    await page.locator('[data-cobro="compose-button"]').click();
    await expect(page.locator('[data-cobro="setup-needed"]')).toBeVisible();
    await shot(page, `${prefix}12-picker-setup-needed`);
  });
}
