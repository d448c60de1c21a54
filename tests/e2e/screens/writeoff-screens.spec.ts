// Screenshots of writing off a customer, in English and Spanish at 1366 px, from the workspace's
// debtor page: the form with its sentence, the timeline after it, the overview's month table, and
// the settings' table of the user's own interest rates. Then what a write-off leaves: the card
// (in the workspace and over Gmail) saying when, how much and why, the chip, and the debtor
// page's Reopen.
import type { Page } from '@playwright/test';
import { expect, test, type CobroChromium } from '../support/chromium';
import { threadUrl } from '../support/gmail-knobs';
import { MAILBOX_THREADS, seedMailboxLedger } from '../support/mailbox-ledger';
import { look } from './look';

test.describe.configure({ timeout: 240_000 });

async function workspace(cobro: CobroChromium, route: string): Promise<Page> {
  const page = await cobro.context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/${route}`);
  return page;
}

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const text = {
    en: {
      action: 'Write off…',
      reason: /Why give up on it/,
      submit: 'Write off',
      sentence: 'Cobro stops chasing Clínica Sonrisa for €710.00. The history stays.',
      event: /Written off · €710\.00/,
      panel: 'Written off, last 12 months',
    },
    es: {
      action: 'Dar por incobrable…',
      reason: /Por qué renuncia a cobrarlo/,
      submit: 'Dar por incobrable',
      sentence: 'Cobro deja de reclamar a Clínica Sonrisa 710,00 €. El historial se conserva.',
      event: /Dado por incobrable · 710,00\s€/,
      panel: 'Dado por incobrable, últimos 12 meses',
    },
  }[lang];

  test(`write-off screens (${lang}): the form, the timeline, the overview`, async ({ cobro }) => {
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    await cobro.value('invoice-create', { debtorId: ids.sonrisa, number: '2025-044', currency: 'EUR', amount: 23_000, dueDate: '2025-11-20' });

    const page = await workspace(cobro, `debtors/${ids.sonrisa}`);
    await page.getByRole('button', { name: text.action }).click();
    const form = page.locator('form.cobro-action-form');
    await expect(form.locator('[data-cobro="write-off-confirm"]')).toHaveText(text.sentence);
    await form.getByLabel(text.reason).fill(lang === 'es' ? 'La clínica ha cerrado y no hay a quién reclamar.' : 'The clinic has closed; there is no one left to ask.');
    await form.scrollIntoViewIfNeeded();
    await look(page, `${prefix}wo-form`);

    await form.getByRole('button', { name: text.submit, exact: true }).click();
    await expect(form).toHaveCount(0);
    const event = page.locator('.cobro-event-kind', { hasText: text.event });
    await expect(event).toBeVisible();
    await event.scrollIntoViewIfNeeded();
    await look(page, `${prefix}wo-timeline`);

    const overview = await workspace(cobro, 'overview');
    const panel = overview.getByRole('region', { name: text.panel });
    await expect(panel.getByRole('row')).toHaveCount(2);
    await panel.scrollIntoViewIfNeeded();
    await look(overview, `${prefix}wo-overview`, { fullPage: true });

    // The user's own rate for a half-year whose shipped rate is not verified, beside it.
    await cobro.value('settings-set', { patch: { interestRates: [{ half: '2026-H2', percent: '10.40' }, { half: '2027-H1', percent: '10.15' }] } });
    const settings = await workspace(cobro, 'settings');
    const rates = settings.locator('fieldset.cobro-rates');
    await expect(rates.getByRole('row')).toHaveCount(3);
    await rates.scrollIntoViewIfNeeded();
    await look(settings, `${prefix}wo-settings-rates`);
  });

  test(`write-off screens (${lang}): the card, the chip and the debtor page after it`, async ({ cobro }) => {
    const after = {
      en: { owed: /^€710\.00 written off, not chased$/, lead: 'Nothing to chase: you wrote this debt off.', line: /Written off on .*: €710\.00 \(.*\)\. Reason: The clinic has closed/, chip: 'Written off', reopen: /^Reopen invoice/, reopened: /Reopened: no longer written off/ },
      es: { owed: /^710,00\s€ dado por incobrable, no se reclama$/, lead: 'Nada que reclamar: usted dio esta deuda por incobrable.', line: /Dado por incobrable el .*: 710,00\s€ \(.*\)\. Motivo: La clínica ha cerrado/, chip: 'Dado por incobrable', reopen: /^Volver a reclamar la factura/, reopened: /Reabierta: ya no es incobrable/ },
    }[lang];
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    await cobro.value('invoice-create', { debtorId: ids.sonrisa, number: '2025-044', currency: 'EUR', amount: 23_000, dueDate: '2025-11-20' });
    await cobro.value('debtor-write-off', { debtorId: ids.sonrisa, reason: lang === 'es' ? 'La clínica ha cerrado y no hay a quién reclamar.' : 'The clinic has closed; there is no one left to ask.' });

    // The workspace's debtor page: the card says it, and each written-off invoice can be reopened.
    const page = await workspace(cobro, `debtors/${ids.sonrisa}`);
    const summary = page.locator('[data-cobro="written-off-summary"]');
    await expect(summary).toContainText(after.lead);
    await expect(summary.locator('li')).toHaveText(after.line);
    await expect(page.getByRole('button', { name: after.reopen })).toHaveCount(2);
    await expect(page.locator('.cobro-owed')).toHaveText(after.owed);
    await look(page, `${prefix}wo-after-debtor-page`, { fullPage: true });

    // Over Gmail: the chip beside Clínica Sonrisa's message and the card it opens.
    const gmail = await cobro.context.newPage();
    await gmail.setViewportSize({ width: 1366, height: 900 });
    await cobro.openGmail(threadUrl(MAILBOX_THREADS.sonrisa), gmail);
    const chip = gmail.locator(`[data-cobro="status-chip"][data-debtor-id="${ids.sonrisa}"]`).first();
    await expect(chip).toHaveText(after.chip);
    await look(gmail, `${prefix}wo-after-chip`, { axeOverlayOnly: true });
    await chip.click();
    const card = gmail.locator('[data-cobro="debtor-card"]');
    await expect(card.locator('[data-cobro="written-off-summary"]')).toContainText(after.lead);
    await look(gmail, `${prefix}wo-after-gmail-card`, { axeOverlayOnly: true });

    // Reopening one invoice: the timeline says so and the card chases it again.
    await page.getByRole('button', { name: after.reopen }).first().click();
    await expect(page.locator('.cobro-event-kind', { hasText: after.reopened })).toBeVisible();
    await expect(page.getByRole('button', { name: after.reopen })).toHaveCount(1);
    await expect(summary).toHaveCount(0);
    await look(page, `${prefix}wo-after-reopened`, { fullPage: true });
  });
}
