// Screenshots of the import preview for two exports of other tools, recognised without any
// column mapping: Zoho's invoice export (real; every invoice in it a draft, so all its lines are
// left out with their reason), Stripe's invoice export (built from its documented columns) and
// Invoice2go's document export (real; four unpaid invoices in two currencies).
// English and Spanish at 1366 px; each picture also fails on overflow, clipped text and axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { look } from './look';

const REAL = fileURLToPath(new URL('../../fixtures/import/real', import.meta.url));

const WORDS = {
  en: { file: 'File to import', read: 'Read the file', title: 'What this import will do' },
  es: { file: 'Archivo para importar', read: 'Leer el archivo', title: 'Qué hará esta importación' },
} as const;

const FILES = [
  { name: 'zoho', path: 'zoho/zoho_invoices.csv', format: { en: 'Zoho Invoice / Books – invoices', es: 'Zoho Invoice / Books – facturas' } },
  { name: 'stripe', path: 'stripe/invoices-built.csv', format: { en: 'Stripe – invoices', es: 'Stripe – facturas' } },
  { name: 'invoice2go', path: 'invoice2go/i2g_invoices.csv', format: { en: 'Invoice2go – invoices', es: 'Invoice2go – facturas' } },
] as const;

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const words = WORDS[lang];
  for (const file of FILES) {
    test(`screens (${lang}): the import preview of a ${file.name} export, recognised without mapping`, async ({ cobro }) => {
      await seedMailboxLedger(cobro.call);
      await cobro.value('settings-set', { patch: { uiLanguage: lang } });
      const page = await cobro.context.newPage();
      await page.setViewportSize({ width: 1366, height: 1100 });
      await page.goto(`chrome-extension://${cobro.extensionId}/options.html#/import`);
      await page.getByLabel(words.file).setInputFiles({ name: file.path.split('/')[1]!, mimeType: 'text/csv', buffer: readFileSync(join(REAL, file.path)) });
      await page.getByRole('button', { name: words.read }).click();
      await expect(page.getByRole('heading', { name: `${words.title} (${file.format[lang]})` })).toBeVisible();
      await look(page, `${prefix}40-import-${file.name}`, { fullPage: true });
    });
  }
}
