// Screenshots of writing off a customer, in English and Spanish at 1366 px, from the workspace's
// debtor page: the form with its sentence, the timeline after it, the overview's month table, and
// the settings' table of the user's own interest rates.
import type { Page } from '@playwright/test';
import { expect, test, type CobroChromium } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
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
}
