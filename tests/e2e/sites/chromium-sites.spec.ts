// Cobro on the invoicing tools' pages, in Chromium: Invoice Ninja's list and edit pages and a
// plain invoicing site, served at their own addresses from fixtures (tests/fixtures/sites), with
// the sites granted as support/sites.ts explains. Every picture is looked at in English and Spanish.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { launchCobroChromium, type CobroChromium } from '../support/chromium-launch';
import { MAILBOX_THREADS, seedMailboxLedger, type MailboxDebtorIds } from '../support/mailbox-ledger';
import { chromeBuildGrantingSites, NINJA, PLAIN } from '../support/sites';
import { look } from '../screens/look';

const build = chromeBuildGrantingSites();

interface Fixture {
  cobro: CobroChromium;
  ids: MailboxDebtorIds;
  lang: 'en' | 'es';
}

const test = base.extend<Fixture & { overrides: Record<string, string> }>({
  lang: ['en', { option: true }],
  overrides: [{}, { option: true }],
  cobro: async ({ lang, overrides }, use) => {
    const cobro = await launchCobroChromium({ extensionDir: build, sites: { overrides }, args: [`--lang=${lang === 'es' ? 'es-ES' : 'en-US'}`] });
    try {
      await use(cobro);
      expect(cobro.strayRequests, 'requests outside the fixture origins').toEqual([]);
    } finally {
      await cobro.context.close();
    }
  },
  ids: async ({ cobro, lang }, use) => {
    const ids = await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    await use(ids);
  },
});

const layer = (page: Page) => page.locator('[data-cobro="page-layer"]');
const chipFor = (page: Page, number: string) => layer(page).locator(`[data-cobro-number="${number}"]`);

/** E-mails logged for a customer with a template (a send of a compose Cobro opened). */
async function emailsWithTemplate(cobro: CobroChromium, debtorId: string): Promise<number> {
  const detail = await cobro.value<{ events: Array<{ kind: string; templateId?: string }> }>('debtor-get', { id: debtorId });
  return detail.events.filter((event) => event.kind === 'email' && event.templateId !== undefined).length;
}

async function openList(cobro: CobroChromium): Promise<Page> {
  const page = await cobro.context.newPage();
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto(`${NINJA}/invoices`);
  await expect(chipFor(page, 'F-2025-014').locator('[data-cobro="status-chip"]')).toBeVisible();
  return page;
}

for (const lang of ['en', 'es'] as const) {
  test.describe(`Invoice Ninja (${lang})`, () => {
    test.use({ lang });
    const shot = (name: string) => (lang === 'es' ? `es-${name}` : name);

    test('the list: a chip on each known invoice, what the page shows paid, and an offer to add the unknown one', async ({ cobro, ids }) => {
      const page = await openList(cobro);
      await expect(chipFor(page, 'F-2025-014').locator('[data-cobro="status-chip"]')).toHaveAttribute('data-debtor-id', ids.ruiz);
      await expect(chipFor(page, 'BP-2025-007').locator('[data-cobro="page-update"]')).toBeVisible();
      await expect(chipFor(page, '2025-031').locator('[data-cobro="page-update"]')).toBeVisible();
      await expect(chipFor(page, 'INV-2026-0112').locator('[data-cobro="page-add"]')).toBeVisible();
      // A draft and a cancelled invoice are not owed: nothing is offered.
      await expect(chipFor(page, 'INV-2026-0113')).toHaveCount(0);
      await expect(chipFor(page, 'INV-2026-0098')).toHaveCount(0);
      await look(page, shot('80-ninja-list-chips'), { axeOverlayOnly: true });

      await chipFor(page, 'F-2025-014').locator('[data-cobro="status-chip"]').click();
      await expect(page.locator('[data-cobro="debtor-card"]')).toBeVisible();
      await look(page, shot('81-ninja-list-card'), { axeOverlayOnly: true });
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-cobro="debtor-card"]')).toHaveCount(0);
    });

    test('what the page shows paid is recorded only from the user’s click', async ({ cobro, ids }) => {
      const page = await openList(cobro);
      const before = await cobro.value<{ payments: unknown[] }>('debtor-get', { id: ids.sonrisa });
      expect(before.payments).toHaveLength(0);
      await chipFor(page, '2025-031').locator('[data-cobro="page-update"]').click();
      const form = page.locator('[data-cobro="page-record"]');
      await expect(form).toBeVisible();
      await look(page, shot('82-ninja-record-paid'), { axeOverlayOnly: true });
      await form.locator('button[type=submit]').click();
      await expect(form).toHaveCount(0);
      const after = await cobro.value<{ payments: Array<{ amount: number; currency: string }> }>('debtor-get', { id: ids.sonrisa });
      expect(after.payments).toEqual([expect.objectContaining({ amount: 48_000, currency: 'EUR' })]);
      await expect(chipFor(page, '2025-031').locator('[data-cobro="page-update"]')).toHaveCount(0);
    });

    test('Add to Cobro: the form is prefilled from the page, one click writes it, and Gmail’s chip shows the new customer', async ({ cobro, ids }) => {
      expect(ids.ruiz).toBeTruthy();
      const page = await openList(cobro);
      await chipFor(page, 'INV-2026-0112').locator('[data-cobro="page-add"]').click();
      const form = page.locator('[data-cobro="capture-form"]');
      await expect(form).toBeVisible();
      await look(page, shot('83-ninja-capture-form'), { axeOverlayOnly: true });
      // The page wrote "$": the user says which dollar.
      await form.getByLabel(/^(Currency|Moneda)/).selectOption('USD');
      await form.locator('button[type=submit]').click();
      await expect(page.locator('[data-cobro="debtor-card"]')).toBeVisible();
      await expect(chipFor(page, 'INV-2026-0112').locator('[data-cobro="status-chip"]')).toBeVisible();
      const [match] = await cobro.value<Array<{ debtor: { id: string; name: string } }>>('debtor-lookup', { emails: ['hola@reformasdelsur.example'] });
      expect(match?.debtor.name).toBe('Reformas del Sur');

      const gmail = await cobro.openGmail(`https://mail.google.com/mail/u/0/#inbox/${MAILBOX_THREADS.reformas}`);
      await expect(gmail.locator(`[data-cobro="status-chip"][data-debtor-id="${match!.debtor.id}"]`).first()).toBeVisible();
    });

    test('Chase on an invoice page opens a Gmail compose with the recommended template, and its send is logged with it', async ({ cobro, ids }) => {
      const page = await cobro.context.newPage();
      await page.setViewportSize({ width: 1366, height: 800 });
      await page.goto(`${NINJA}/invoices/VolejRejNm/edit`);
      const chase = layer(page).locator('[data-cobro="page-chase"]');
      await expect(chase).toBeVisible();
      await look(page, shot('84-ninja-invoice-chase'), { axeOverlayOnly: true });
      const composePromise = cobro.context.waitForEvent('page');
      await chase.click();
      const compose = await composePromise;
      await compose.waitForURL(/[?&]view=cm/);
      const url = new URL(compose.url());
      expect(url.searchParams.get('to')).toBe('accounts@brightpixel.example');
      expect(url.searchParams.get('body')).toContain('BP-2025-007');
      const form = compose.locator('.aSs .M9');
      await expect(form.locator('[g_editable="true"]')).toContainText('BP-2025-007');
      const sentBefore = await emailsWithTemplate(cobro, ids.brightpixel);
      await form.getByRole('button', { name: /^(Send|Enviar)$/ }).click();
      await expect.poll(() => emailsWithTemplate(cobro, ids.brightpixel), { timeout: 15_000 }).toBe(sentBefore + 1);
    });

    test('the workspace lists the sites Cobro runs on', async ({ cobro, ids }) => {
      expect(ids.ruiz).toBeTruthy();
      const page = await cobro.context.newPage();
      await page.setViewportSize({ width: 1366, height: 800 });
      await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/sites`);
      await expect(page.getByText('app.invoicing.co')).toBeVisible();
      await expect(page.getByText('facturas.example.com')).toBeVisible();
      await look(page, shot('87-sites-list'));
    });
  });
}

test.describe('a redesigned Invoice Ninja', () => {
  test.use({ overrides: { '/invoices': 'invoice-ninja/invoices-changed.html' } });

  test('its list is left alone, one diagnostic is recorded, and the scanner takes over', async ({ cobro, ids }) => {
  expect(ids.ruiz).toBeTruthy();
  const page = await cobro.context.newPage();
  await page.goto(`${NINJA}/invoices`);
  await expect.poll(async () => (await cobro.value<Array<{ code: string }>>('diagnostics-list', {})).filter((d) => d.code === 'site-layout').length, { timeout: 15_000 }).toBe(1);
  // The page's own elements are as they were: nothing of Cobro's inside its table.
  expect(await page.locator('table cobro-layer, table [data-cobro]').count()).toBe(0);
  await page.reload();
  await page.waitForTimeout(4000);
  expect((await cobro.value<Array<{ code: string }>>('diagnostics-list', {})).filter((d) => d.code === 'site-layout')).toHaveLength(1);
  // The scanner found the known numbers in the page's text: their customers' chips are there, outside the table.
  await expect(layer(page).locator(`[data-cobro="status-chip"][data-debtor-id="${ids.ruiz}"]`).first()).toBeVisible();
  });
});

test('a plain invoicing site: the scanner chips what the ledger knows, and the invoice form can be added', async ({ cobro, ids }) => {
  expect(ids.ruiz).toBeTruthy();
  const created = await cobro.value<{ debtor: { id: string } }>('debtor-create', {
    name: 'Construcciones Peñalba S.L.',
    emails: ['administracion@penalba.example'],
    locale: 'es-ES',
    firstInvoice: { number: 'F-2026-0101', currency: 'EUR', amount: 123_456, dueDate: '2026-10-15' },
  });
  const page = await cobro.context.newPage();
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto(`${PLAIN}/facturas`);
  await expect(layer(page).locator(`[data-cobro="status-chip"][data-debtor-id="${created.debtor.id}"]`).first()).toBeVisible();
  await look(page, '85-plain-list-scanner', { axeOverlayOnly: true });
  const results = await new AxeBuilder({ page }).include('cobro-layer').analyze();
  expect(results.violations).toEqual([]);

  await page.goto(`${PLAIN}/facturas/F-2026-0107`);
  const add = layer(page).locator('[data-cobro="page-add"]');
  await expect(add).toBeVisible();
  await add.click();
  const form = page.locator('[data-cobro="capture-form"]');
  await expect(form).toBeVisible();
  await look(page, '86-plain-invoice-capture', { axeOverlayOnly: true });
  await form.locator('button[type=submit]').click();
  await expect(page.locator('[data-cobro="debtor-card"]')).toBeVisible();
  const [match] = await cobro.value<Array<{ debtor: { name: string } }>>('debtor-lookup', { emails: ['pagos@estudiolumen.example'] });
  expect(match?.debtor.name).toBe('Estudio Lumen S.C.');
});
