// Screenshots of writing off a customer, in English and Spanish at 1366 px, from the workspace's
// debtor page: the form with its sentence, the timeline after it, and the overview's month table.
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
  });
}
