// Screenshots of reading a report in no known format: three title rows above the header, one
// row per line item, a footer, and no due date. The mapping step with the header-row choice,
// and the preview saying how many invoices are due after the default terms, in English and
// Spanish at 1366 px. Each picture also fails on overflow, clipped text and axe.
import { expect, test } from '../support/chromium';
import { seedMailboxLedger } from '../support/mailbox-ledger';
import { look } from './look';
import { openWorkspace } from './workspace-page';

const WORDS = {
  en: { file: 'File to import', read: 'Read the file', header: 'Header row', readMapped: 'Read with these columns', terms: /no due date or payment terms/, created: /Invoices to add/ },
  es: { file: 'Archivo para importar', read: 'Leer el archivo', header: 'Fila de encabezado', readMapped: 'Leer con estas columnas', terms: /fecha de vencimiento ni condiciones de pago/, created: /Facturas que se añaden/ },
} as const;

/** A FreshBooks-style invoice report: titles on top, line items, a total below, no due date. */
const REPORT = [
  'Invoice Details Report,,,,,,,',
  'Estudio Norte S.L.,,,,,,,',
  'From 2026-09-01 to 2026-11-30,,,,,,,',
  ',,,,,,,',
  'Client Name,Invoice #,Date Issued,Item Name,Quantity,Rate,Line Total,Invoice Total',
  'Bright Pixel Ltd,0000012,2026-10-01,Logo design,1,650.00,650.00,7890.00',
  'Bright Pixel Ltd,0000012,2026-10-01,Website,1,7000.00,7000.00,7890.00',
  'Bright Pixel Ltd,0000012,2026-10-01,Hosting (12 months),12,20.00,240.00,7890.00',
  'Northwind Traders,0000013,2026-10-15,Consulting,6,95.00,570.00,570.00',
  'Panadería La Espiga,0000014,2026-11-02,Menu cards,300,0.80,240.00,240.00',
  'Total,,,,,,8700.00,',
  'Generated on 2026-12-05,,,,,,,',
].join('\n');

for (const lang of ['en', 'es'] as const) {
  const prefix = lang === 'es' ? 'es-' : '';
  const words = WORDS[lang];

  test(`screens (${lang}): a report with title rows, its header choice, and the default terms in the preview`, async ({ cobro }) => {
    await seedMailboxLedger(cobro.call);
    await cobro.value('settings-set', { patch: { uiLanguage: lang } });
    const page = await openWorkspace(cobro, '#/import');
    await page.getByLabel(words.file).setInputFiles({ name: 'invoice-details.csv', mimeType: 'text/csv', buffer: Buffer.from(REPORT) });
    await page.getByRole('button', { name: words.read }).click();
    await expect(page.getByRole('group', { name: words.header })).toBeVisible();
    await look(page, `${prefix}60-import-layout-header-choice`, { fullPage: true });

    await page.getByRole('button', { name: words.readMapped }).click();
    await expect(page.getByText(words.terms)).toBeVisible();
    // The invoice list shows the line items summed: 7,890.00 for invoice 0000012, not its first line.
    await page.locator('summary', { hasText: words.created }).click();
    await look(page, `${prefix}61-import-layout-default-terms`, { fullPage: true });
  });
}
