// Screenshots of the demo `npm start` opens, in English and Spanish at 1366 px: the mailbox's
// inbox, a thread with its status chips, and Talleres Ruiz's card over the thread, its timeline
// holding the reminder the thread shows we sent. Mailbox and Cobro in the same language, as
// `npm start --lang` sets them. The mailbox is ours, so axe checks the whole page.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/chromium';
import { MAILBOX_THREADS, seedMailboxLedger } from '../support/mailbox-ledger';
import { mailboxUrl } from '../../demo/options';
import { look } from './look';

const WORDS = {
  en: { inbox: 'Inbox', reply: 'Reply', email: 'Email' },
  es: { inbox: 'Recibidos', reply: 'Responder', email: 'Correo' },
} as const;

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';

  test(`demo screens (${lang}): inbox, a thread with its chips, Ruiz's card with the logged reminder`, async ({ cobro }) => {
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page: Page = await cobro.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await cobro.openGmail(mailboxUrl(lang), page);

    await expect(page.locator('tr.zA')).toHaveCount(6);
    await expect(page.locator('[data-folder="inbox"]')).toContainText(WORDS[lang].inbox);
    await look(page, `${prefix}demo-01-inbox`);

    await page.locator('tr.zA', { hasText: 'Sam Carter' }).click();
    // One chip: Sam Carter's message; our own reminder in the thread gets none.
    await expect(page.locator(`[data-cobro="status-chip"][data-debtor-id="${ids.brightpixel}"]`)).toHaveCount(1);
    await look(page, `${prefix}demo-02-thread-chip`);

    await page.evaluate((token) => (location.hash = `#inbox/${token}`), MAILBOX_THREADS.ruiz);
    // Our reminder opens the thread, folded: unfolded, it shows when it went and what it said.
    await page.locator('[role="listitem"].kv .y2').first().click();
    await expect(page.locator('.a3s', { hasText: 'F-2025-014 (1.250,00 €)' })).toBeVisible();
    await page.locator(`[data-cobro="status-chip"][data-debtor-id="${ids.ruiz}"]`).last().click();
    const card = page.locator('[data-cobro="debtor-card"]');
    await expect(card).toBeVisible();
    // The reminder that opens the thread is on the timeline, under the subject the thread shows.
    const logged = card.locator('.cobro-timeline li', { hasText: 'Factura F-2025-014 pendiente' });
    await expect(logged).toHaveCount(1);
    await logged.scrollIntoViewIfNeeded();
    await look(page, `${prefix}demo-03-ruiz-card-timeline`);

    await page.keyboard.press('Escape');
    await expect(page.locator('.ams.bkH')).toHaveText(WORDS[lang].reply);
  });
}
